/**
 * A typed table in the compact form the reader builds it in (build-table.ts, infer.ts): texts as
 * PackedText, numbers in a Float64Array, booleans in a Uint8Array. It crosses the reader
 * worker's boundary as a handful of long strings and transferred buffers, and becomes the
 * ordinary columnar Table (types.ts) with unpackTable, slicing each text once.
 */
import type { CellValue, ColumnInfo, Table } from './types';
import { forEachPackedText, type PackedText } from './packed-text';

/** present[r] is 1 where row r has a value, 0 where it is empty (null). */
export type PackedValues =
  | { readonly kind: 'text'; readonly text: PackedText; readonly present: Uint8Array }
  | { readonly kind: 'number'; readonly numbers: Float64Array; readonly present: Uint8Array }
  | { readonly kind: 'boolean'; readonly flags: Uint8Array; readonly present: Uint8Array }
  | { readonly kind: 'empty' };

/** Row → source text where parsing changed the value, rows ascending; text[i] belongs to rows[i]. */
export interface PackedOriginals {
  readonly rows: Int32Array;
  readonly text: PackedText;
}

export interface PackedTable {
  readonly columns: readonly ColumnInfo[];
  readonly values: readonly PackedValues[];
  readonly originals: readonly PackedOriginals[];
  readonly rowCount: number;
}

function unpackValues(packed: PackedValues, rowCount: number): CellValue[] {
  const values: CellValue[] = [];
  switch (packed.kind) {
    case 'text': {
      const { present } = packed;
      forEachPackedText(packed.text, (cell, r) => {
        values.push(present[r] === 1 ? cell : null);
      });
      break;
    }
    case 'number': {
      const { numbers, present } = packed;
      for (let r = 0; r < rowCount; r++)
        values.push(present[r] === 1 ? (numbers[r] as number) : null);
      break;
    }
    case 'boolean': {
      const { flags, present } = packed;
      for (let r = 0; r < rowCount; r++) values.push(present[r] === 1 ? flags[r] === 1 : null);
      break;
    }
    case 'empty':
      for (let r = 0; r < rowCount; r++) values.push(null);
      break;
  }
  return values;
}

export function unpackOriginals(packed: PackedOriginals): Map<number, string> {
  const originals = new Map<number, string>();
  const { rows } = packed;
  forEachPackedText(packed.text, (cell, i) => originals.set(rows[i] as number, cell));
  return originals;
}

/** The ordinary Table: plain arrays and maps. */
export function unpackTable(packed: PackedTable): Table {
  return {
    columns: packed.columns,
    values: packed.values.map((column) => unpackValues(column, packed.rowCount)),
    originals: packed.originals.map(unpackOriginals),
    rowCount: packed.rowCount,
  };
}

/** The buffers a postMessage can move instead of copying (each once). */
export function packedTransferList(packed: PackedTable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (view: ArrayBufferView): void => {
    if (view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  };
  for (const column of packed.values) {
    if (column.kind === 'empty') continue;
    add(column.present);
    if (column.kind === 'text') add(column.text.ends);
    else if (column.kind === 'number') add(column.numbers);
    else add(column.flags);
  }
  for (const originals of packed.originals) {
    add(originals.rows);
    add(originals.text.ends);
  }
  return [...buffers];
}
