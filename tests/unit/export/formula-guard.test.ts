import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../../shared/export/formula-guard';
import { tableToCsvText } from '../../../shared/export/csv';
import type { CellValue, ColumnType, Table } from '../../../shared/table/types';

function table(
  columns: readonly (readonly [string, ColumnType])[],
  rows: readonly (readonly CellValue[])[],
): Table {
  return {
    columns: columns.map(([name, type], i) => ({ key: `c${i}`, name, type })),
    values: columns.map((_, c) => rows.map((row) => row[c] ?? null)),
    originals: columns.map(() => new Map<number, string>()),
    rowCount: rows.length,
  };
}

describe('neutralizeFormula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
    ["+1+cmd|' /C calc'!A0", `'+1+cmd|' /C calc'!A0`],
    ["-2+3+cmd|' /C calc'!A0", `'-2+3+cmd|' /C calc'!A0`],
    ['@SUM(1+1)', `'@SUM(1+1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['- potvrdu o prihodima', `'- potvrdu o prihodima`],
  ])('prefixes %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it.each([
    '-12',
    '-12,5',
    '-1.234,50',
    '+381 64 123 4567',
    '+381641234567',
    'Pančevo',
    '',
    '1=1',
    "'=već",
  ])('leaves %j alone (a signed number or phone cannot call anything)', (input) => {
    expect(neutralizeFormula(input)).toBe(input);
  });
});

describe('writeCsv default', () => {
  it('neutralizes text cells and headers, never numbers; real negatives stay numbers', () => {
    const t = table(
      [
        ['=Naziv', 'text'],
        ['Iznos', 'decimal'],
        ['Datum', 'date'],
      ],
      [
        ['=1+1', -12.5, '2023-02-01'],
        ['-12', -3, 'neispravno'],
        ['@x', 4, '=cmd'],
      ],
    );
    expect(tableToCsvText(t)).toBe(
      "'=Naziv,Iznos,Datum\r\n'=1+1,-12.5,2023-02-01\r\n-12,-3,neispravno\r\n'@x,4,'=cmd\r\n",
    );
    expect(tableToCsvText(t, { protectText: (x) => x })).toContain('=1+1,-12.5');
  });
});
