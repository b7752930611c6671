import { describe, expect, it } from 'vitest';
import { bufferByteSource } from '../../../electron/backend/workbook/byte-source';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/backend/workbook/read-limits';
import { sniffContainer } from '../../../electron/backend/workbook/sniff-format';
import { readZipDirectory } from '../../../electron/backend/workbook/zip-directory';
import { readZipEntry } from '../../../electron/backend/workbook/zip-entry';
import {
  checkPartsForSheetJs,
  checkZipEntries,
} from '../../../electron/backend/workbook/zip-guard';
import { buildZip } from '../../fixtures/zip-builder';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('readZipDirectory', () => {
  const zip = buildZip([
    { name: 'mimetype', data: text('application/vnd.oasis.opendocument.spreadsheet'), method: 0 },
    { name: 'content.xml', data: text('<x/>'.repeat(1000)) },
  ]);

  it('lists entries with declared sizes', () => {
    const result = readZipDirectory(bufferByteSource(zip), 100);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['mimetype', 0, 46],
      ['content.xml', 8, 4000],
    ]);
    expect(result.value[1]?.compressedSize).toBeLessThan(4000);
  });

  it('reads a stored and a deflated entry', () => {
    const entries = readZipDirectory(bufferByteSource(zip), 100);
    if (!entries.ok) throw new Error('directory');
    const [mimetype, content] = entries.value;
    if (mimetype === undefined || content === undefined) throw new Error('entries');
    expect(
      new TextDecoder().decode(
        readZipEntry(bufferByteSource(zip), mimetype, 256) ?? new Uint8Array(),
      ),
    ).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(readZipEntry(bufferByteSource(zip), content, 10_000)?.length).toBe(4000);
    // Capped: an entry larger than asked for is not inflated at all.
    expect(readZipEntry(bufferByteSource(zip), content, 100)).toBeNull();
  });

  it('reads ZIP64 records the same way', () => {
    const zip64 = buildZip(
      [
        {
          name: 'mimetype',
          data: text('application/vnd.oasis.opendocument.spreadsheet'),
          method: 0,
        },
        { name: 'content.xml', data: text('<x/>'.repeat(1000)) },
      ],
      { zip64: true },
    );
    const result = readZipDirectory(bufferByteSource(zip64), 100);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((e) => [e.name, e.uncompressedSize])).toEqual([
      ['mimetype', 46],
      ['content.xml', 4000],
    ]);
    const content = result.value[1];
    if (content === undefined) throw new Error('entry');
    expect(readZipEntry(bufferByteSource(zip64), content, 10_000)?.length).toBe(4000);
  });

  it('calls a truncated archive corrupt', () => {
    const result = readZipDirectory(bufferByteSource(zip.subarray(0, zip.length - 30)), 100);
    expect(result.ok ? null : result.error.code).toBe('FILE_CORRUPT');
  });

  it('refuses too many entries before parsing them', () => {
    const result = readZipDirectory(bufferByteSource(zip), 1);
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'FILE_SUSPICIOUS',
      details: { entries: 2, limit: 1 },
    });
  });
});

describe('checkZipEntries', () => {
  const entry = (uncompressedSize: number, compressedSize: number) => ({
    name: 'xl/worksheets/sheet1.xml',
    method: 8,
    encrypted: false,
    compressedSize,
    uncompressedSize,
    localHeaderOffset: 0,
  });
  const MB = 1024 * 1024;

  it('accepts ordinary workbook ratios', () => {
    expect(checkZipEntries([entry(80 * MB, 8 * MB), entry(1000, 10)], DEFAULT_ZIP_LIMITS).ok).toBe(
      true,
    );
  });

  it('refuses a bomb-like ratio on a big part', () => {
    const result = checkZipEntries([entry(100 * MB, 100 * 1024)], DEFAULT_ZIP_LIMITS);
    expect(result.ok ? null : result.error.code).toBe('FILE_SUSPICIOUS');
  });

  it('ignores high ratios of small parts (a styles.xml of repeated tags)', () => {
    expect(checkZipEntries([entry(MB, 10)], DEFAULT_ZIP_LIMITS).ok).toBe(true);
  });

  it('refuses a total beyond the limit', () => {
    const parts = Array.from({ length: 6 }, () => entry(400 * MB, 40 * MB));
    const result = checkZipEntries(parts, DEFAULT_ZIP_LIMITS);
    expect(result.ok ? null : result.error).toMatchObject({ code: 'FILE_SUSPICIOUS' });
  });

  it('leaves a part longer than a V8 string to the streaming reader', () => {
    expect(checkZipEntries([entry(600 * MB, 60 * MB)], DEFAULT_ZIP_LIMITS).ok).toBe(true);
  });

  it('refuses, for SheetJS, a part it would silently drop (longer than a V8 string)', () => {
    const result = checkPartsForSheetJs([entry(600 * MB, 60 * MB)], DEFAULT_ZIP_LIMITS);
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: { size: 600 * MB, limit: 536_870_888 },
    });
  });
});

describe('sniffContainer', () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0], 'zip'],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'cfb'],
    [[...text('Ime;Prezime\r\n')], 'text'],
    [[0xef, 0xbb, 0xbf, ...text('a;b')], 'text'],
    [[0xff, 0xfe, 0x61, 0x00], 'text'],
    [[...text('  <html><body>')], 'markup'],
    [[0x00, 0x01, 0x02], 'binary'],
    [[], 'empty'],
  ])('%j is %s', (bytes, container) => {
    expect(sniffContainer(Uint8Array.from(bytes))).toBe(container);
  });

  it('calls text with many control characters binary', () => {
    const bytes = new Uint8Array(1000).fill(0x41);
    for (let i = 0; i < 20; i++) bytes[i * 50] = 0x02;
    expect(sniffContainer(bytes)).toBe('binary');
  });
});
