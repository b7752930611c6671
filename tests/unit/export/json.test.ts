import { describe, expect, it } from 'vitest';
import { tableToJsonText, writeJson } from '../../../shared/export/json';
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

const T = table(
  [
    ['Redni broj', 'integer'],
    ['Prezime i ime', 'text'],
    ['JMBG', 'text'],
    ['Iznos pomoći', 'decimal'],
    ['Datum rešenja', 'date'],
    ['Aktivan', 'boolean'],
    ['__proto__', 'text'],
  ],
  [
    [1, 'Petrović "Pera" Petar', '0102985860049', 1234.5, '2023-02-01', true, 'x'],
    [2, 'Јелена\nНиколић', null, Number.NaN, null, false, null],
  ],
);

describe('JSON export', () => {
  it('writes typed values under machine names, one row per line', () => {
    expect(tableToJsonText(T)).toBe(
      '[\n' +
        '{"redni_broj":1,"prezime_i_ime":"Petrović \\"Pera\\" Petar","jmbg":"0102985860049","iznos_pomoci":1234.5,"datum_resenja":"2023-02-01","aktivan":true,"proto":"x"},\n' +
        '{"redni_broj":2,"prezime_i_ime":"Јелена\\nНиколић","jmbg":null,"iznos_pomoci":null,"datum_resenja":null,"aktivan":false,"proto":null}\n' +
        ']\n',
    );
  });

  it('parses back to the same shape; identifiers stay strings; no prototype keys', () => {
    const rows = JSON.parse(new TextDecoder().decode(writeJson(T))) as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]!['jmbg']).toBe('0102985860049');
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
    expect(Object.keys(rows[0]!)).toEqual([
      'redni_broj',
      'prezime_i_ime',
      'jmbg',
      'iznos_pomoci',
      'datum_resenja',
      'aktivan',
      'proto',
    ]);
  });

  it('takes given names, and writes [] for no rows', () => {
    expect(tableToJsonText(table([['a', 'integer']], [[1]]), { names: ['broj'] })).toBe(
      '[\n{"broj":1}\n]\n',
    );
    expect(tableToJsonText(table([['a', 'integer']], []))).toBe('[]\n');
  });
});
