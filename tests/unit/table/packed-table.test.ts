import { describe, expect, it } from 'vitest';
import { TEXT_BLOCK, TextPacker, packedTextAt } from '../../../shared/table/packed-text';
import {
  RawColumn,
  TAG_EMPTY,
  TAG_NUMBER,
  TAG_OTHER,
  TAG_TEXT,
} from '../../../shared/table/raw-column';
import { RowTexts } from '../../../shared/table/row-texts';
import {
  isPackedTable,
  packedTransferList,
  unpackTable,
  type PackedTable,
} from '../../../shared/table/packed-table';
import { typeColumn } from '../../../shared/table/infer';
import { typeColumn as referenceTypeColumn } from './infer-reference';

describe('TextPacker', () => {
  it('keeps every cell across block boundaries, before and after finish', () => {
    const packer = new TextPacker();
    const cells: string[] = [];
    for (let i = 0; i < TEXT_BLOCK * 2 + 7; i++) {
      const cell = i % 5 === 0 ? '' : `ćelija ${i} 😀`;
      cells.push(cell);
      packer.add(cell);
    }
    expect(packer.at(3)).toBe(cells[3]);
    expect(packer.at(TEXT_BLOCK * 2 + 3)).toBe(cells[TEXT_BLOCK * 2 + 3]);
    expect(packer.firstCode(1)).toBe('ć'.charCodeAt(0));
    expect(packer.firstCode(0)).toBe(-1);
    const text = packer.finish();
    expect(text.parts).toHaveLength(3);
    for (const i of [0, 1, TEXT_BLOCK - 1, TEXT_BLOCK, TEXT_BLOCK + 1, TEXT_BLOCK * 2 + 6]) {
      expect(packedTextAt(text, i)).toBe(cells[i]);
      expect(packer.at(i)).toBe(cells[i]);
    }
  });
});

describe('RawColumn', () => {
  it('stores each kind of cell and gives it back', () => {
    const column = new RawColumn();
    const cells = ['a', '', null, 12.5, true, { iso: '2023-02-01' }, { error: '#N/A' }, '  '];
    for (const cell of cells) column.push(cell);
    expect([...cells.keys()].map((r) => column.get(r))).toEqual([
      'a',
      null, // an empty text is an empty cell
      null,
      12.5,
      true,
      { iso: '2023-02-01' },
      { error: '#N/A' },
      '  ',
    ]);
    expect([0, 1, 3, 4].map((r) => column.tag(r))).toEqual([
      TAG_TEXT,
      TAG_EMPTY,
      TAG_NUMBER,
      TAG_OTHER,
    ]);
    expect(column).toMatchObject({ hasContent: true, hasBlankText: true, hasNonText: true });
  });

  it('recomputes what it holds when notes are cut off', () => {
    const column = new RawColumn();
    column.pushEmpty(3);
    column.push('Napomena: izvor RZS');
    expect(column.hasContent).toBe(true);
    column.truncate(3);
    expect(column.length).toBe(3);
    expect(column.hasContent).toBe(false);
  });
});

describe('RowTexts', () => {
  it('behaves as a read-only map in row order', () => {
    const packer = new TextPacker();
    const rows = [2, 5, TEXT_BLOCK + 9];
    for (const row of rows) packer.add(`izvor ${row}`);
    const map = new RowTexts(Int32Array.from(rows), packer.finish());
    expect(map.size).toBe(3);
    expect(map.get(5)).toBe('izvor 5');
    expect(map.get(TEXT_BLOCK + 9)).toBe(`izvor ${TEXT_BLOCK + 9}`);
    expect(map.get(3)).toBeUndefined();
    expect(map.get(10_000_000)).toBeUndefined();
    expect(map.get(-1)).toBeUndefined();
    expect(map.has(2) && !map.has(4)).toBe(true);
    expect([...map]).toEqual(rows.map((row) => [row, `izvor ${row}`]));
    expect([...map.keys()]).toEqual(rows);
    expect([...map.values()]).toHaveLength(3);
    const seen: number[] = [];
    map.forEach((_text, row) => seen.push(row));
    expect(seen).toEqual(rows);
    expect(new Map(map)).toEqual(new Map(rows.map((row) => [row, `izvor ${row}`])));
  });
});

describe('typing long columns (several text blocks)', () => {
  it('agrees with the two-pass reference', () => {
    const columns: (string | number | null)[][] = [
      Array.from(
        { length: 5000 },
        (_, i) => `${(i % 900) + 100}.${String(i % 1000).padStart(3, '0')},5`,
      ),
      Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? null : `${(i % 28) + 1}.3.2024.`)),
      Array.from({ length: 5000 }, (_, i) => (i === 4321 ? '1234.5' : `${i % 999},${i % 10}00`)),
      Array.from({ length: 5000 }, (_, i) => (i === 4999 ? 'tekst' : String(i))),
      Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? i : `Pančevo ${i % 4}`)),
    ];
    for (const raw of columns) {
      const got = typeColumn(raw);
      const want = referenceTypeColumn(raw);
      expect(got.type).toBe(want.type);
      expect(got.values).toEqual(want.values);
      expect([...got.originals]).toEqual([...want.originals]);
    }
  });
});

describe('unpackTable', () => {
  function packed(values: string[]): PackedTable {
    const packer = new TextPacker();
    for (const value of values) packer.add(value);
    return {
      columns: [{ key: 'c0', name: 'Naselje', type: 'text' }],
      values: [
        { kind: 'text', text: packer.finish(), present: new Uint8Array(values.length).fill(1) },
      ],
      originals: [{ rows: new Int32Array(0), text: new TextPacker().finish() }],
      rowCount: values.length,
    };
  }

  it('shares one string per value in a column that repeats itself', () => {
    const places = Array.from(
      { length: 5000 },
      (_, i) => ['Pančevo', 'Starčevo', 'Omoljica'][i % 3] as string,
    );
    const table = unpackTable(packed(places));
    expect(table.values[0]).toEqual(places);
    expect(isPackedTable(packed(places))).toBe(true);
    expect(packedTransferList(packed(places)).length).toBeGreaterThan(0);
  });

  it('rejects a packed table whose arrays are too short for its rows', () => {
    const broken = { ...packed(['a', 'b']), rowCount: 5 };
    expect(isPackedTable(broken)).toBe(false);
    expect(isPackedTable({ columns: [], values: [], originals: [], rowCount: -1 })).toBe(false);
  });
});
