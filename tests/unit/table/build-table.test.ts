import { describe, expect, it } from 'vitest';
import { TableBuilder } from '../../../shared/table/build-table';
import type { RawCell } from '../../../shared/table/raw-cell';

function build(rows: readonly (readonly RawCell[])[]) {
  const builder = new TableBuilder();
  for (const row of rows) builder.addRow(row);
  return builder.finish();
}

describe('TableBuilder', () => {
  it('takes the first non-empty row as the header and keys columns c0, c1, …', () => {
    const table = build([[], [null, '  '], ['Ime', 'Iznos'], ['Petar', '1.234,5']]);
    expect(table?.columns).toEqual([
      { key: 'c0', name: 'Ime', type: 'text' },
      { key: 'c1', name: 'Iznos', type: 'decimal' },
    ]);
    expect(table?.values).toEqual([['Petar'], [1234.5]]);
    expect(table?.rowCount).toBe(1);
    expect(table?.originals[1]?.get(0)).toBe('1.234,5');
  });

  it('drops empty rows and columns, inside too', () => {
    const table = build([
      ['A', 'B', null, ''],
      ['1', null, null, null],
      [null, null],
      ['3', 'x', '', ' '],
      [null, null, null],
      [],
    ]);
    expect(table?.columns.map((c) => c.name)).toEqual(['A', 'B']);
    expect(table?.rowCount).toBe(2);
    expect(table?.values).toEqual([
      [1, 3],
      [null, 'x'],
    ]);
  });

  it('adds generated columns for data wider than the header', () => {
    const table = build([['A'], ['1', 'extra'], ['2']]);
    expect(table?.columns.map((c) => c.name)).toEqual(['A', 'Kolona 2']);
    expect(table?.values).toEqual([
      [1, 2],
      ['extra', null],
    ]);
  });

  it('sanitizes header cells of any kind', () => {
    const table = build([
      [2023, { iso: '2024-01-01' }, true, null, 'Ime', 'ime'],
      ['1', '2', '3', '4', '5', '6'],
    ]);
    expect(table?.columns.map((c) => c.name)).toEqual([
      '2023',
      '2024-01-01',
      'true',
      'Kolona 4',
      'Ime',
      'ime (2)',
    ]);
  });

  it('a __proto__ header pollutes nothing', () => {
    const table = build([
      ['__proto__', 'constructor', 'polluted'],
      ['{"x":1}', 'a', 'yes'],
    ]);
    expect(table?.columns.map((c) => [c.key, c.name])).toEqual([
      ['c0', 'Kolona 1'],
      ['c1', 'Kolona 2'],
      ['c2', 'polluted'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });

  it('a header with no data rows gives an empty table with columns', () => {
    const table = build([['A', 'B']]);
    expect(table?.rowCount).toBe(0);
    expect(table?.columns.map((c) => c.type)).toEqual(['empty', 'empty']);
  });

  it('no content at all gives null', () => {
    expect(build([])).toBeNull();
    expect(build([[null, ''], ['  ']])).toBeNull();
  });
});

describe('TableBuilder: scale', () => {
  it('a sheet formatted down to row 1,048,576 costs nothing for its empty rows', () => {
    const builder = new TableBuilder();
    builder.addRow(['A', 'B']);
    builder.addRow(['1', '2']);
    for (let r = 0; r < 1_048_574; r++) builder.addRow([]);
    const table = builder.finish();
    expect(table?.rowCount).toBe(1);
    expect(table?.values).toEqual([[1], [2]]);
  });

  it('drops empty rows between rows with content and counts them (issue 3)', () => {
    const builder = new TableBuilder();
    builder.addRow(['A', 'B', 'C']);
    builder.addRow(['1']);
    builder.addRow([]);
    builder.addRow([null, null]);
    builder.addRow(['4', null, 'z']);
    const table = builder.finish();
    expect(table?.rowCount).toBe(2);
    expect(table?.values).toEqual([
      [1, 4],
      [null, null],
      [null, 'z'],
    ]);
    expect(builder.report().emptyRowsDropped).toBe(2);
  });
});
