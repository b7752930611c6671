/**
 * Issue 3: encodings, delimiters, layout detection (title rows, multi-row merged headers,
 * totals, notes, hidden rows and columns), the clerk's corrections and corruption warnings,
 * read end to end through readWorkbookFile.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReadOptions, Result } from '../../../shared/contract';
import { readWorkbookFile } from '../../../electron/backend/workbook/read-workbook-file';
import type { ReadWorkbook } from '../../../electron/backend/workbook/reader-api';
import {
  LAYOUT_EXPECTED,
  makeImportFixtures,
  type ImportFixtures,
} from '../../fixtures/make-import-fixtures';

let fx: ImportFixtures;
beforeAll(() => {
  fx = makeImportFixtures();
});

function read(path: string, options: ReadOptions = {}): ReadWorkbook {
  const result: Result<ReadWorkbook> = readWorkbookFile(
    path,
    path.split('/').pop() ?? path,
    undefined,
    {
      read: options,
    },
  );
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function rows(read: ReadWorkbook): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0; r < read.table.rowCount; r++) out.push(read.table.values.map((col) => col[r]));
  return out;
}

describe('encodings and delimiters', () => {
  it.each([
    'enc-utf8.csv',
    'enc-utf8-bom.csv',
    'enc-utf16le.txt',
    'enc-utf16be.txt',
    'enc-1250.csv',
    'enc-1251.csv',
    'enc-8859-2.csv',
    'enc-cp852.csv',
    'enc-comma.csv',
  ])('%s: detects encoding and delimiter and reads every character', (name) => {
    const spec = fx.encodings.find((e) => e.path.endsWith(name));
    if (spec === undefined) throw new Error(name);
    const got = read(spec.path);
    expect(got.report?.text).toMatchObject({ encoding: spec.encoding, delimiter: spec.delimiter });
    // Byte-exact: the header and every text cell equal the source text.
    const lines = spec.text.split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter((l) => l !== '');
    const header = (lines[0] ?? '').split(spec.delimiter);
    expect(got.table.columns.map((c) => c.name)).toEqual(header);
    expect(got.table.rowCount).toBe(lines.length - 1);
  });

  it('reads Serbian numbers and text dates, Latin and Cyrillic month names', () => {
    for (const name of ['enc-1250.csv', 'enc-1251.csv', 'enc-cp852.csv']) {
      const spec = fx.encodings.find((e) => e.path.endsWith(name));
      const got = read(spec?.path ?? '');
      expect(got.table.columns.map((c) => c.type)).toEqual(['text', 'text', 'decimal', 'date']);
      expect(got.table.values[2]).toEqual([1234.5, -12.25, 1000000, 7]);
      expect(got.table.values[3]).toEqual(['2023-02-01', '2023-02-01', '1999-12-31', '2024-03-15']);
      expect(got.table.originals[3]?.get(1)).toMatch(/^1\. (februar|фебруар) 2023\.$/);
    }
  });

  it('the Cyrillic names come through Windows-1251 intact', () => {
    const spec = fx.encodings.find((e) => e.path.endsWith('enc-1251.csv'));
    const got = read(spec?.path ?? '');
    expect(got.table.values[0]).toEqual([
      'Ђорђе Шћепановић',
      'Жарко Чолић',
      'Шабан Ћирић',
      'Љиљана Ђукић',
    ]);
    expect(got.table.values[1]?.[3]).toBe('Глогоњ, улица "Џ"');
  });

  it('the clerk can force an encoding and a delimiter', () => {
    const spec = fx.encodings.find((e) => e.path.endsWith('enc-1250.csv'));
    const wrong = read(spec?.path ?? '', { encoding: 'windows-1251', delimiter: ',' });
    expect(wrong.report?.text).toEqual({ encoding: 'windows-1251', delimiter: ',', confidence: 1 });
    expect(wrong.report?.options).toEqual({ encoding: 'windows-1251', delimiter: ',' });
    expect(wrong.table.columns[0]?.name).toBe('Ime i prezime;Mesto;Iznos;Datum');
  });

  it('keeps line breaks inside quoted fields', () => {
    const spec = fx.encodings.find((e) => e.path.endsWith('enc-comma.csv'));
    const got = read(spec?.path ?? '');
    expect(got.table.values[2]).toEqual(['Red 1\nRed 2', 'a, b']);
    expect(got.table.values[1]).toEqual([1234.5, -12.25]);
  });
});

describe('layout of a Cyrillic report with title rows', () => {
  it('finds the header below the title rows and joins the two header rows', () => {
    const got = read(fx.layoutXlsx);
    const report = got.report;
    expect(got.sheets).toEqual([
      { name: 'Шифарник', hidden: true },
      { name: 'Извештај', hidden: false },
      { name: 'Lista 2', hidden: false },
    ]);
    expect(got.sheetIndex).toBe(1);
    expect(report?.headerRow).toBe(LAYOUT_EXPECTED.headerRow);
    expect(report?.headerRowCount).toBe(LAYOUT_EXPECTED.headerRowCount);
    expect(report?.titleRows.map((r) => r.row)).toEqual(LAYOUT_EXPECTED.titleRows);
    expect(report?.titleRows[0]?.preview).toBe('ГРАД ПАНЧЕВО — Извештај за јануар 2026.');
    expect(got.table.columns.map((c) => c.name)).toEqual(LAYOUT_EXPECTED.names);
    expect(got.table.columns.map((c) => c.type)).toEqual(LAYOUT_EXPECTED.types);
    expect(rows(got)).toEqual(LAYOUT_EXPECTED.rows);
  });

  it('leaves out the totals row and the notes below, and says so', () => {
    const report = read(fx.layoutXlsx).report;
    expect(report?.excludedRows.map((r) => [r.row, r.reason])).toEqual([
      [LAYOUT_EXPECTED.totalsRow, 'total'],
      [LAYOUT_EXPECTED.noteRows[0], 'note'],
      [LAYOUT_EXPECTED.noteRows[1], 'note'],
    ]);
    expect(report?.excludedRows[0]?.preview).toBe('УКУПНО · 26734.75');
    expect(report?.excludedRowCount).toBe(3);
    expect(report?.mergedRanges).toBe(7);
  });

  it('reports hidden rows and columns with data', () => {
    const report = read(fx.layoutXlsx).report;
    expect(report?.hiddenRows).toEqual(LAYOUT_EXPECTED.hiddenRows);
    expect(report?.hiddenRowCount).toBe(1);
    expect(report?.hiddenColumns).toEqual(LAYOUT_EXPECTED.hiddenColumns);
    expect(report?.warnings).toContainEqual({ columnKey: 'c2', code: 'hidden', count: 4 });
  });

  it('the clerk corrects every decision: sheet, header row, excluded and included rows', () => {
    const other = read(fx.layoutXlsx, { sheetName: 'Lista 2' });
    expect(other.sheetIndex).toBe(2);
    expect(other.table.columns.map((c) => c.name)).toEqual(['Mesna zajednica', 'Broj korisnika']);

    const hidden = read(fx.layoutXlsx, { sheetName: 'Шифарник' });
    expect(hidden.sheetIndex).toBe(0);

    const corrected = read(fx.layoutXlsx, {
      headerRow: 4,
      headerRowCount: 1,
      excludedRows: [7],
      includedRows: [9],
    });
    expect(corrected.table.columns[3]?.name).toBe('Улица');
    expect(corrected.report?.titleRows.map((r) => r.row)).toEqual([0, 1, 3]);
    // Row 7 (hidden) is out by hand; the totals row 9 is kept.
    expect(corrected.table.values[1]).toEqual([
      'Петар Петровић',
      'Јелена Јовановић',
      'Ана Ђорђевић',
      null,
    ]);
    expect(corrected.report?.excludedRows.map((r) => [r.row, r.reason])).toEqual([
      [7, 'manual'],
      [11, 'note'],
      [12, 'note'],
    ]);
  });
});

describe('identifier corruption warnings', () => {
  it('warns about lost leading zeros and digits past 15', () => {
    const got = read(fx.corruptXlsx);
    expect(got.report?.warnings).toEqual([
      { columnKey: 'c1', code: 'leading-zeros-lost', count: 2 },
      { columnKey: 'c2', code: 'digits-lost', count: 3 },
    ]);
  });
});
