/**
 * The streaming readers give what the baseline readers give (issue 3 §5): every generated
 * fixture read through both paths yields deep-equal results — tables, reports, sheet lists and
 * error codes — also with the clerk's options, and with chunks cut at every possible place.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadOptions } from '../../../shared/contract';
import { bufferByteSource } from '../../../electron/backend/workbook/byte-source';
import { readCsv, readCsvChunked } from '../../../electron/backend/workbook/csv-read';
import { detectFormat } from '../../../electron/backend/workbook/detect-format';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/backend/workbook/read-limits';
import { noProgress } from '../../../electron/backend/workbook/read-progress';
import { readWorkbookFile } from '../../../electron/backend/workbook/read-workbook-file';
import { readSpreadsheet } from '../../../electron/backend/workbook/sheetjs-read';
import { readXlsxStreaming } from '../../../electron/backend/workbook/xlsx-stream/xlsx-stream-read';
import { makeFixtures, type Fixtures } from '../../fixtures/make-fixtures';
import { makeImportFixtures, type ImportFixtures } from '../../fixtures/make-import-fixtures';
import { makeOdsFixtures } from '../../fixtures/make-ods-fixtures';
import { makeStreamFixtures, type StreamFixtures } from '../../fixtures/make-stream-fixtures';

let fixtures: Fixtures;
let imports: ImportFixtures;
let quirks: StreamFixtures;

beforeAll(() => {
  fixtures = makeFixtures();
  imports = makeImportFixtures();
  quirks = makeStreamFixtures();
});

function bothPaths(path: string, read: ReadOptions = {}) {
  const name = path.split(/[\\/]/).pop() ?? path;
  const baseline = readWorkbookFile(path, name, undefined, { strategy: 'baseline', read });
  const streamed = readWorkbookFile(path, name, undefined, { strategy: 'stream', read });
  return { baseline, streamed };
}

function allFiles(): string[] {
  return [
    ...Object.values(fixtures),
    imports.layoutXlsx,
    imports.corruptXlsx,
    ...imports.encodings.map((e) => e.path),
    ...Object.values(quirks),
    makeOdsFixtures().hiddenOds,
  ];
}

describe('streaming and baseline readers agree', () => {
  it('on every generated fixture, good or bad', () => {
    const files = allFiles();
    expect(files.length).toBeGreaterThan(25);
    for (const file of files) {
      const { baseline, streamed } = bothPaths(file);
      expect(streamed, file).toEqual(baseline);
    }
  });

  it('reads the quirks the way they are meant (not only alike)', () => {
    const { streamed } = bothPaths(quirks.excelXlsx);
    if (!streamed.ok) throw new Error(streamed.error.code);
    const { sheets, sheetIndex, table, report } = streamed.value;
    expect(sheets).toEqual([
      { name: 'Skriveno & staro', hidden: true },
      { name: 'Prazan', hidden: false },
      { name: 'Исплате', hidden: false },
    ]);
    expect(sheetIndex).toBe(2);
    expect(table.columns.map((c) => c.name)).toEqual([
      'Име и презиме',
      'ЈМБГ',
      'Адреса / Улица',
      'Адреса / Број',
      'Износ',
      'Датум',
      'Напомена',
    ]);
    expect(table.values[0]).toEqual(['Петар Петровић', '  Đorđe & "Šilja"  ', 'Ана <Ђорђевић>']);
    expect(table.values[1]).toEqual(['0102985860049', '1506985865129', '0312999860005']);
    expect(table.values[5]).toEqual([
      '2023-02-01T00:00:00',
      '1999-12-31T12:00:00',
      '2024-01-01T00:00:00',
    ]);
    expect(report?.hiddenRows).toEqual([5]);
    expect(report?.hiddenColumns).toEqual([2]);
    expect(report?.excludedRows.map((r) => r.reason)).toEqual(['total']);
  });

  it('hands rows out of order to SheetJS, which places them by number', () => {
    const bytes = readFileSync(quirks.outOfOrderXlsx);
    const detected = detectFormat(bufferByteSource(bytes), 'f.xlsx', DEFAULT_ZIP_LIMITS);
    if (!detected.ok || detected.value.kind !== 'zip') throw new Error('not a zip');
    const streamed = readXlsxStreaming(bufferByteSource(bytes), detected.value.entries, noProgress);
    expect(streamed.ok ? null : streamed.error).toMatchObject({
      code: 'FILE_UNSUPPORTED',
      details: { detected: 'xlsx-rows-out-of-order' },
    });
    const { baseline, streamed: viaFile } = bothPaths(quirks.outOfOrderXlsx);
    expect(viaFile.ok).toBe(true);
    expect(viaFile).toEqual(baseline);
    // The same cells as the file written in order.
    const ordered = bothPaths(quirks.excelXlsx).baseline;
    expect(viaFile.ok && ordered.ok && viaFile.value.table).toEqual(
      ordered.ok ? ordered.value.table : null,
    );
  });

  it('with the clerk’s options', () => {
    const cases: [string, ReadOptions][] = [
      [fixtures.xlsx, { sheetName: 'Pomoćno' }],
      [fixtures.xlsx, { headerRow: 3, headerRowCount: 1 }],
      [imports.layoutXlsx, { excludedRows: [6], includedRows: [9] }],
      [imports.layoutXlsx, { sheetName: 'nema' }],
      [quirks.excelXlsx, { sheetName: 'Prazan' }],
      [quirks.prefixedXlsx, { headerRow: 0 }],
      [fixtures.csv, { encoding: 'windows-1250', delimiter: ',' }],
      [imports.encodings[4]?.path ?? '', { encoding: 'utf-8' }],
    ];
    for (const [file, options] of cases) {
      const { baseline, streamed } = bothPaths(file, options);
      expect(streamed, `${file} ${JSON.stringify(options)}`).toEqual(baseline);
    }
  });

  it('xlsx: with compressed chunks of every small size, rows and characters cut anywhere', () => {
    for (const file of [imports.layoutXlsx, quirks.excelXlsx, quirks.prefixedXlsx]) {
      const bytes = readFileSync(file);
      const detected = detectFormat(bufferByteSource(bytes), 'f.xlsx', DEFAULT_ZIP_LIMITS);
      if (!detected.ok || detected.value.kind !== 'zip') throw new Error('not a zip');
      const baseline = readSpreadsheet(bytes, noProgress);
      for (const chunk of [1, 2, 3, 5, 8, 13, 64, 333]) {
        const streamed = readXlsxStreaming(
          bufferByteSource(bytes),
          detected.value.entries,
          noProgress,
          {},
          undefined,
          chunk,
        );
        expect(streamed, `${file} @${chunk}`).toEqual(baseline);
      }
    }
  });

  it('csv: with decoded chunks of every small size, records and characters cut anywhere', () => {
    const files = [fixtures.csv, ...imports.encodings.map((e) => e.path)];
    for (const file of files) {
      const bytes = readFileSync(file);
      const baseline = readCsv(bytes, 'f.csv', noProgress);
      for (const chunk of [1, 2, 3, 4, 7, 16, 61]) {
        expect(
          readCsvChunked(bytes, 'f.csv', noProgress, {}, undefined, chunk),
          `${file} @${chunk}`,
        ).toEqual(baseline);
      }
    }
  });

  it('hands the first rows to the preview before the table is built', () => {
    for (const strategy of ['baseline', 'stream'] as const) {
      for (const file of [imports.layoutXlsx, fixtures.csv]) {
        const events: string[] = [];
        let preview: readonly (readonly unknown[])[] = [];
        const result = readWorkbookFile(
          file,
          file.split('/').pop() ?? file,
          (phase) => events.push(phase),
          {
            strategy,
            onPreview: (rows) => {
              events.push('preview');
              preview = rows;
            },
          },
        );
        expect(result.ok).toBe(true);
        expect(events.indexOf('preview')).toBeGreaterThan(-1);
        expect(events.indexOf('preview')).toBeLessThan(events.lastIndexOf('building'));
        expect(preview.length).toBeGreaterThan(3);
      }
    }
  });
});
