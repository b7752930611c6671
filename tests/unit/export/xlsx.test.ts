import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { tableToXlsx, MAX_CELL_TEXT } from '../../../electron/backend/export/xlsx';
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

describe('XLSX export', () => {
  const t = table(
    [
      ['JMBG', 'text'],
      ['Iznos', 'decimal'],
      ['Datum', 'date'],
      ['Vreme', 'datetime'],
      ['Aktivan', 'boolean'],
      ['Napomena', 'text'],
    ],
    [
      ['0102985860049', -12.5, '2023-02-01', '2023-02-01T08:30:00', true, '=HYPERLINK("http://x")'],
      ['1506985865129', 1234567.89, 'nije datum', null, false, 'x'.repeat(MAX_CELL_TEXT + 5)],
    ],
  );

  it('writes typed cells: identifiers and formulas as text, numbers, real dates with a format', () => {
    const { bytes, truncatedCells } = tableToXlsx(t, { sheetName: 'Korisnici [2023]' });
    expect(truncatedCells).toBe(1);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP
    const book = XLSX.read(bytes, { type: 'buffer', cellNF: true, cellFormula: true, dense: true });
    expect(book.SheetNames).toEqual(['Korisnici  2023']);
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const cell = (ref: string): XLSX.CellObject => {
      const { r, c } = XLSX.utils.decode_cell(ref);
      return sheet['!data']![r]![c]!;
    };
    expect(cell('A1')).toMatchObject({ t: 's', v: 'JMBG' });
    expect(cell('A2')).toMatchObject({ t: 's', v: '0102985860049' });
    expect(cell('B2')).toMatchObject({ t: 'n', v: -12.5 });
    expect(cell('C2')).toMatchObject({ t: 'n', v: 44958, z: 'yyyy-mm-dd' });
    expect(cell('D2').t).toBe('n');
    expect(cell('D2').v as number).toBeCloseTo(44958 + 8.5 / 24, 8);
    expect(cell('D2').z).toBe('yyyy-mm-dd hh:mm:ss');
    expect(cell('E2')).toMatchObject({ t: 'b', v: true });
    expect(cell('F2')).toMatchObject({ t: 's', v: '=HYPERLINK("http://x")' });
    expect(cell('F2').f).toBeUndefined();
    expect(cell('C3')).toMatchObject({ t: 's', v: 'nije datum' });
    expect((cell('F3').v as string).length).toBe(MAX_CELL_TEXT);
  });
});
