import { describe, expect, it } from 'vitest';
import { tableToCsvText, writeCsv } from '../../../shared/export/csv';
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

const REGISTER = table(
  [
    ['Redni broj', 'integer'],
    ['Ime, prezime', 'text'],
    ['JMBG', 'text'],
    ['Iznos', 'decimal'],
    ['Datum', 'date'],
    ['Aktivan', 'boolean'],
    ['Napomena', 'text'],
  ],
  [
    [1, 'Petar Petrović', '0102985860049', 1234.5, '2023-02-01', true, 'Prva'],
    [2, 'Marko "Mare" Nikolić', '1506985865129', -12.25, '1999-12-31', false, 'Druga\nlinija'],
    [3, 'Јелена', null, 1e21, null, null, 'a\r\nb,c'],
  ],
);

describe('tableToCsvText', () => {
  it('writes RFC 4180: comma, CRLF after every record, quotes only where needed', () => {
    const expected = [
      'Redni broj,"Ime, prezime",JMBG,Iznos,Datum,Aktivan,Napomena\r\n',
      '1,Petar Petrović,0102985860049,1234.5,2023-02-01,true,Prva\r\n',
      '2,"Marko ""Mare"" Nikolić",1506985865129,-12.25,1999-12-31,false,"Druga\nlinija"\r\n',
      '3,Јелена,,1000000000000000000000,,,"a\r\nb,c"\r\n',
    ];
    expect(tableToCsvText(REGISTER)).toBe(expected.join(''));
  });

  it('writes numbers plainly, never with grouping or exponent', () => {
    const text = tableToCsvText(table([['x', 'decimal']], [[1234567.891], [1e-7], [-0]]));
    expect(text).toBe('x\r\n1234567.891\r\n0.0000001\r\n0\r\n');
  });

  it('writes an empty cell of a one-column table as "" so the line is not blank', () => {
    expect(tableToCsvText(table([['x', 'text']], [['a'], [null], ['b']]))).toBe(
      'x\r\na\r\n""\r\nb\r\n',
    );
  });

  it('prefixes a BOM only when asked', () => {
    expect(tableToCsvText(table([['x', 'integer']], [[1]]), { bom: true })).toBe(
      '\uFEFFx\r\n1\r\n',
    );
    expect(tableToCsvText(table([['x', 'integer']], [[1]]))).toBe('x\r\n1\r\n');
  });

  it('passes text cells and names, and only those, through the protectText seam', () => {
    const seen: string[] = [];
    const text = tableToCsvText(
      table(
        [
          ['=n', 'text'],
          ['v', 'integer'],
        ],
        [['=1+1', -5]],
      ),
      {
        protectText: (value) => {
          seen.push(value);
          return `'${value}`;
        },
      },
    );
    expect(seen).toEqual(['=n', 'v', '=1+1']);
    expect(text).toBe("'=n,'v\r\n'=1+1,-5\r\n");
  });

  it('writes nothing for a table without columns', () => {
    expect(tableToCsvText(table([], []))).toBe('');
  });
});

describe('writeCsv', () => {
  it('returns exact UTF-8 bytes, with the BOM as EF BB BF', () => {
    const bytes = writeCsv(table([['Š', 'text']], [['ć']]), { bom: true });
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc5, 0xa0, 0x0d, 0x0a, 0xc4, 0x87, 0x0d, 0x0a]);
  });

  it('stays linear for a large table', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 100_000; i++) rows.push([i, `ime ${i}`, i / 4]);
    const big = table(
      [
        ['a', 'integer'],
        ['b', 'text'],
        ['c', 'decimal'],
      ],
      rows,
    );
    const started = performance.now();
    const bytes = writeCsv(big);
    expect(performance.now() - started).toBeLessThan(5000);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')).toHaveLength(100_002);
    expect(text.endsWith('99999,ime 99999,24999.75\r\n')).toBe(true);
  });
});
