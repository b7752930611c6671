import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, JobPhase, Result } from '../../../shared/contract';
import { readWorkbookFile } from '../../../electron/backend/workbook/read-workbook-file';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/backend/workbook/read-limits';
import type { ReadWorkbook } from '../../../electron/backend/workbook/reader-api';
import { EXPECTED, makeFixtures, type Fixtures } from '../../fixtures/make-fixtures';

let fixtures: Fixtures;
let scratch: string;

beforeAll(() => {
  fixtures = makeFixtures();
  scratch = mkdtempSync(join(tmpdir(), 'otvori-read-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function read(path: string, name = path.split(/[\\/]/).pop() ?? path): Result<ReadWorkbook> {
  return readWorkbookFile(path, name);
}

function rowsOf({ table }: ReadWorkbook): unknown[][] {
  return Array.from({ length: table.rowCount }, (_, r) => table.values.map((column) => column[r]));
}

function errorOf(result: Result<unknown>): { code: ErrorCode; details?: unknown } | null {
  return result.ok ? null : result.error;
}

describe('readWorkbookFile: the same cells in every format', () => {
  it.each([
    ['xlsx', 'xlsx', 1],
    ['xlsm', 'xlsm', 1],
    ['xls', 'xls', 1],
    ['ods', 'ods', 0],
    ['csv', 'csv', 0],
    ['csvNamedXls', 'csv', 0],
  ] as const)('%s', (fixture, format, sheetIndex) => {
    const result = read(fixtures[fixture]);
    if (!result.ok) throw new Error(`${fixture}: ${result.error.code} ${result.error.message}`);
    expect(result.value.format).toBe(format);
    expect(result.value.sheetIndex).toBe(sheetIndex);
    const { table } = result.value;
    expect(table.columns.map((c) => c.name)).toEqual(EXPECTED.names);
    expect(table.columns.map((c) => c.type)).toEqual(EXPECTED.types);
    expect(table.columns.map((c) => c.key)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(rowsOf(result.value)).toEqual(EXPECTED.rows);
  });

  it('lists sheets with their hidden flag and skips the hidden first sheet', () => {
    const result = read(fixtures.xlsx);
    expect(result.ok && result.value.sheets).toEqual([
      { name: 'Pomoćno', hidden: true },
      { name: 'Podaci', hidden: false },
    ]);
    const xls = read(fixtures.xls);
    expect(xls.ok && xls.value.sheets.map((s) => s.hidden)).toEqual([true, false]);
  });

  it('names the single sheet of a CSV after the file', () => {
    const result = read(fixtures.csv);
    expect(result.ok && result.value.sheets).toEqual([{ name: 'registar', hidden: false }]);
  });

  it('keeps the original text of parsed CSV numbers and dates, not of workbook numbers', () => {
    const csv = read(fixtures.csv);
    if (!csv.ok) throw new Error(csv.error.code);
    expect([...(csv.value.table.originals[3] ?? []).entries()]).toEqual([
      [0, '1.234,50'],
      [1, '-12,25'],
      [2, '1.000.000,00'],
    ]);
    expect(csv.value.table.originals[4]?.get(2)).toBe('1.1.2024');
    expect(csv.value.table.originals[2]?.size).toBe(0);
    const xlsx = read(fixtures.xlsx);
    expect(xlsx.ok && xlsx.value.table.originals.every((m) => m.size === 0)).toBe(true);
  });
});

describe('readWorkbookFile: identifiers stay text', () => {
  it('a CSV of JMBGs, phones and postal-like codes keeps every digit', () => {
    const path = join(scratch, 'ids.csv');
    writeFileSync(
      path,
      'JMBG;Telefon;Sifra\n0101990710006;0641234567;007\n1506985865129;0631234567;120\n',
    );
    const result = read(path);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.table.columns.map((c) => c.type)).toEqual(['text', 'text', 'text']);
    expect(result.value.table.values).toEqual([
      ['0101990710006', '1506985865129'],
      ['0641234567', '0631234567'],
      ['007', '120'],
    ]);
  });
});

describe('readWorkbookFile: every bad file has its own code', () => {
  it.each([
    ['truncatedXlsx', 'FILE_CORRUPT'],
    ['randomXlsx', 'FILE_UNSUPPORTED'],
    ['textXlsx', 'FILE_UNSUPPORTED'],
    ['htmlXls', 'FILE_UNSUPPORTED'],
    ['docxNamedXlsx', 'FILE_UNSUPPORTED'],
    ['docNamedXls', 'FILE_UNSUPPORTED'],
    ['encryptedXlsx', 'FILE_ENCRYPTED'],
    ['emptyXlsx', 'FILE_EMPTY'],
    ['emptyCsv', 'FILE_EMPTY'],
    ['bombDeclaredXlsx', 'FILE_SUSPICIOUS'],
    ['bombRatioXlsx', 'FILE_SUSPICIOUS'],
  ] as const)('%s → %s', (fixture, code) => {
    expect(errorOf(read(fixtures[fixture]))?.code).toBe(code);
  });

  it('says what an unsupported file looked like', () => {
    expect(errorOf(read(fixtures.textXlsx))?.details).toEqual({
      detected: 'text',
      extension: 'xlsx',
    });
    expect(errorOf(read(fixtures.randomXlsx))?.details).toEqual({
      detected: 'binary',
      extension: 'xlsx',
    });
    expect(errorOf(read(fixtures.htmlXls))?.details).toEqual({
      detected: 'markup',
      extension: 'xls',
    });
    expect(errorOf(read(fixtures.docxNamedXlsx))?.details).toEqual({
      detected: 'office-document',
      extension: 'xlsx',
    });
    expect(errorOf(read(fixtures.docNamedXls))?.details).toEqual({
      detected: 'office-document',
      extension: 'xls',
    });
  });

  it('a CSV with only blank cells is empty', () => {
    const path = join(scratch, 'blank.csv');
    writeFileSync(path, ';;\r\n ; ;\r\n');
    expect(errorOf(read(path))?.code).toBe('FILE_EMPTY');
  });

  it('refuses a file over the size limit with size and limit', () => {
    const result = readWorkbookFile(fixtures.csv, 'registar.csv', undefined, { maxFileBytes: 100 });
    expect(errorOf(result)).toMatchObject({ code: 'FILE_TOO_LARGE', details: { limit: 100 } });
    expect((errorOf(result)?.details as { size: number }).size).toBeGreaterThan(100);
  });

  it('refuses an archive with more parts than the limit', () => {
    const result = readWorkbookFile(fixtures.xlsx, 'registar.xlsx', undefined, {
      zipLimits: { ...DEFAULT_ZIP_LIMITS, maxEntries: 3 },
    });
    expect(errorOf(result)?.code).toBe('FILE_SUSPICIOUS');
  });

  it('a missing file is NOT_FOUND, a folder is FILE_UNREADABLE', () => {
    expect(errorOf(read(join(scratch, 'nope.xlsx')))?.code).toBe('NOT_FOUND');
    expect(errorOf(read(scratch, 'folder.xlsx'))?.code).toBe('FILE_UNREADABLE');
  });

  it('error messages carry no cell values', () => {
    const secrets = ['0102985860049', 'Petrović', 'tajna'];
    for (const path of Object.values(fixtures)) {
      const result = read(path);
      if (result.ok) continue;
      const text = JSON.stringify(result.error);
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });
});

describe('readWorkbookFile: progress', () => {
  it('reports checking, reading, parsing, building in that order', () => {
    for (const path of [fixtures.xlsx, fixtures.csv]) {
      const phases: JobPhase[] = [];
      const result = readWorkbookFile(path, 'f', (phase, done, total) => {
        expect(done).toBeLessThanOrEqual(total);
        if (phases.at(-1) !== phase) phases.push(phase);
      });
      expect(result.ok).toBe(true);
      expect(phases).toEqual(['checking', 'reading', 'parsing', 'building']);
    }
  });
});
