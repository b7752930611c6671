import { describe, expect, it } from 'vitest';
import { isTotalsRow, TableBuilder } from '../../../shared/table/build-table';
import { parseTextDate } from '../../../shared/table/parse-date';
import { countCorruption, isValidJmbg } from '../../../shared/table/identifiers';
import type { RawCell } from '../../../shared/table/raw-cell';
import type { LayoutOptions } from '../../../shared/table/build-table';

function build(rows: readonly (readonly RawCell[])[], options: LayoutOptions = {}) {
  const builder = new TableBuilder(options);
  for (const row of rows) builder.addRow(row);
  const table = builder.finish();
  return { table, report: table === null ? null : builder.report() };
}

describe('totals rows', () => {
  it.each([
    'УКУПНО',
    'Укупно:',
    'ukupno',
    'UKUPNO za MZ Kotež',
    'Svega',
    'СВЕГА',
    'Total',
    'Sveukupno',
  ])('%s is a totals row', (label) => {
    expect(isTotalsRow([label, null, 1234])).toBe(true);
    expect(isTotalsRow([null, 7, label, 10])).toBe(true);
  });

  it('a name or word that only starts alike is not', () => {
    expect(isTotalsRow(['Ukupnost', 1])).toBe(false);
    expect(isTotalsRow(['Petar Totalović', 1])).toBe(false);
    expect(isTotalsRow([1, 2, 3, 'ukupno'])).toBe(false);
  });
});

describe('header detection', () => {
  it('skips title rows above a table and reports them', () => {
    const { table, report } = build([
      ['Grad Pančevo — Izveštaj za februar 2026.'],
      ['Period:', 'februar 2026'],
      [],
      ['Ime', 'Mesto', 'Iznos', 'Datum'],
      ['Petar', 'Pančevo', '1.234,50', '01.02.2026.'],
    ]);
    expect(report?.headerRow).toBe(3);
    expect(report?.titleRows.map((r) => r.preview)).toEqual([
      'Grad Pančevo — Izveštaj za februar 2026.',
      'Period: · februar 2026',
    ]);
    expect(table?.columns.map((c) => c.type)).toEqual(['text', 'text', 'decimal', 'date']);
  });

  it('joins a group header over sub-headers in a CSV (no merges)', () => {
    const { table, report } = build([
      ['Rb', 'Ime', 'Adresa', '', 'Iznos'],
      ['', '', 'Ulica', 'Broj', ''],
      ['1', 'Petar', 'Cara Dušana', '3', '100'],
    ]);
    expect(report?.headerRowCount).toBe(2);
    expect(table?.columns.map((c) => c.name)).toEqual([
      'Rb',
      'Ime',
      'Adresa / Ulica',
      'Adresa / Broj',
      'Iznos',
    ]);
    expect(table?.rowCount).toBe(1);
  });

  it('does not take an all-text first data row for a second header row', () => {
    const { table, report } = build([
      ['Ime', 'Prezime', 'Mesto'],
      ['Petar', 'Petrović', 'Pančevo'],
      ['Ana', 'Anić', 'Starčevo'],
    ]);
    expect(report?.headerRowCount).toBe(1);
    expect(table?.rowCount).toBe(2);
  });

  it('a header row given by the clerk wins, rows above become title rows', () => {
    const { table, report } = build(
      [
        ['A', 'B', 'C'],
        ['x', 'y', 'z'],
        ['1', '2', '3'],
      ],
      { headerRow: 1 },
    );
    expect(table?.columns.map((c) => c.name)).toEqual(['x', 'y', 'z']);
    expect(report?.titleRows.map((r) => r.row)).toEqual([0]);
  });
});

describe('rows left out', () => {
  it('notes below the table: after a gap, or starting with Napomena', () => {
    const gap = build([
      ['Ime', 'Mesto', 'Iznos'],
      ['Petar', 'Pančevo', '1'],
      [],
      ['Podaci su preuzeti iz evidencije.'],
    ]);
    expect(gap.report?.excludedRows.map((r) => r.reason)).toEqual(['note']);
    expect(gap.table?.rowCount).toBe(1);
    const prefix = build([
      ['Ime', 'Mesto', 'Iznos'],
      ['Petar', 'Pančevo', '1'],
      ['Напомена: привремени подаци'],
    ]);
    expect(prefix.report?.excludedRows.map((r) => [r.row, r.reason])).toEqual([[2, 'note']]);
    const sparse = build([
      ['Ime', 'Mesto', 'Iznos'],
      ['Petar', 'Pančevo', '1'],
      ['Ana', null, null],
    ]);
    expect(sparse.table?.rowCount).toBe(2);
  });

  it('subtotals inside the table are left out too; the clerk can keep one', () => {
    const rows = [
      ['MZ', 'Ime', 'Iznos'],
      ['Kotež', 'Petar', '10'],
      ['Ukupno Kotež', null, '10'],
      ['Tesla', 'Ana', '20'],
      ['UKUPNO', null, '30'],
    ];
    expect(build(rows).table?.values[2]).toEqual([10, 20]);
    const kept = build(rows, { includedRows: [4] });
    expect(kept.table?.values[2]).toEqual([10, 20, 30]);
    expect(kept.report?.excludedRows.map((r) => r.row)).toEqual([2]);
  });

  it('reports hidden rows that hold data', () => {
    const { report } = build([['A', 'B'], ['1', '2'], [], ['3', '4']], {
      hiddenRows: new Set([1, 2, 9]),
    });
    expect(report?.hiddenRows).toEqual([1]);
    expect(report?.hiddenRowCount).toBe(1);
  });
});

describe('dates with month names', () => {
  it.each([
    ['1. februar 2023.', '2023-02-01'],
    ['1. februara 2023', '2023-02-01'],
    ['15. фебруар 2023.', '2023-02-15'],
    ['3. септембра 2024.', '2024-09-03'],
    ['31. decembar 1999.', '1999-12-31'],
    ['1. мај 2023. 08:30', '2023-05-01T08:30:00'],
    ['1. Jul 2023.', '2023-07-01'],
  ])('%s → %s', (text, iso) => {
    expect(parseTextDate(text)?.iso).toBe(iso);
  });

  it('rejects non-months and impossible days', () => {
    expect(parseTextDate('1. fubruar 2023.')).toBeNull();
    expect(parseTextDate('31. februar 2023.')).toBeNull();
  });
});

describe('identifier corruption', () => {
  it('JMBG control digit', () => {
    expect(isValidJmbg('0102985860049')).toBe(true);
    expect(isValidJmbg('0102985860048')).toBe(false);
  });

  it('counts lost leading zeros, digits past 15 and scientific notation', () => {
    expect(countCorruption([102985860049, 1506985865129, 1.6e17, '1,23457E+17', 'x'])).toEqual({
      digitsLost: 2,
      leadingZerosLost: 1,
    });
  });
});
