/**
 * A typed table in the compact form the reader builds it in (build-table.ts, infer.ts): texts as
 * PackedText, numbers in a Float64Array, booleans in a Uint8Array. It crosses the reader
 * worker's boundary as a handful of long strings and transferred buffers, and becomes the
 * ordinary columnar Table (types.ts) with unpackTable, slicing each text once.
 */
import type { CellValue, ColumnInfo, Table } from './types';
import { forEachPackedText, packedTextAt, type PackedText } from './packed-text';
import { RowTexts } from './row-texts';

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

/** Cells looked at to tell whether a column repeats its values (places, statuses, dates). */
const SAMPLE_CELLS = 4096;
/** Most distinct values shared per column. */
const MAX_SHARED = 65_536;

/** At most a quarter of the sampled cells are distinct. */
function repeatsItself(text: PackedText): boolean {
  const sample = Math.min(text.length, SAMPLE_CELLS);
  if (sample < 64) return false;
  const distinct = new Set<string>();
  for (let i = 0; i < sample; i++) distinct.add(packedTextAt(text, i));
  return distinct.size * 4 <= sample;
}

function unpackValues(packed: PackedValues, rowCount: number): CellValue[] {
  const values: CellValue[] = [];
  switch (packed.kind) {
    case 'text': {
      const { present } = packed;
      const shared = repeatsItself(packed.text) ? new Map<string, string>() : null;
      forEachPackedText(packed.text, (cell, r) => {
        if (present[r] !== 1) {
          values.push(null);
        } else if (shared === null) {
          values.push(cell);
        } else {
          // One string per distinct value: a million `Pančevo`s are one string, not a million.
          let same = shared.get(cell);
          if (same === undefined) {
            same = cell;
            if (shared.size < MAX_SHARED) shared.set(cell, cell);
          }
          values.push(same);
        }
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

/** Receives each column as soon as it is typed (the reader worker sends it on right away). */
export type ColumnSink = (
  index: number,
  values: PackedValues,
  originals: PackedOriginals,
  rowCount: number,
) => void;

/** One column's values and originals, unpacked. */
export function unpackColumn(
  values: PackedValues,
  originals: PackedOriginals,
  rowCount: number,
): { values: CellValue[]; originals: ReadonlyMap<number, string> } {
  return {
    values: unpackValues(values, rowCount),
    originals: new RowTexts(originals.rows, originals.text),
  };
}

/** The ordinary Table: plain arrays and maps. */
export function unpackTable(packed: PackedTable): Table {
  const columns = packed.values.map((values, c) =>
    unpackColumn(values, packed.originals[c] as PackedOriginals, packed.rowCount),
  );
  return {
    columns: packed.columns,
    values: columns.map((column) => column.values),
    originals: columns.map((column) => column.originals),
    rowCount: packed.rowCount,
  };
}

/** The buffers a postMessage can move instead of copying (each once). */
export function packedTransferList(packed: PackedTable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  packed.values.forEach((values, c) => {
    const originals = packed.originals[c];
    for (const buffer of columnTransferList(values, originals)) buffers.add(buffer);
  });
  return [...buffers];
}

/** The buffers of one column. */
export function columnTransferList(
  values: PackedValues,
  originals: PackedOriginals | undefined,
): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (view: ArrayBufferView): void => {
    if (view.buffer instanceof ArrayBuffer) buffers.add(view.buffer);
  };
  if (values.kind !== 'empty') {
    add(values.present);
    if (values.kind === 'text') add(values.text.ends);
    else if (values.kind === 'number') add(values.numbers);
    else add(values.flags);
  }
  if (originals !== undefined) {
    add(originals.rows);
    add(originals.text.ends);
  }
  return [...buffers];
}

function isPackedText(value: unknown, length: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const text = value as Partial<PackedText>;
  return (
    Array.isArray(text.parts) &&
    text.parts.every((part) => typeof part === 'string') &&
    text.ends instanceof Uint32Array &&
    text.length === length &&
    text.ends.length >= length
  );
}

export function isPackedValues(value: unknown, rows: number): value is PackedValues {
  if (typeof value !== 'object' || value === null) return false;
  const column = value as Record<string, unknown>;
  if (column['kind'] === 'empty') return true;
  const present = column['present'];
  if (!(present instanceof Uint8Array) || present.length < rows) return false;
  switch (column['kind']) {
    case 'text':
      return isPackedText(column['text'], rows);
    case 'number':
      return column['numbers'] instanceof Float64Array && column['numbers'].length >= rows;
    case 'boolean':
      return column['flags'] instanceof Uint8Array && column['flags'].length >= rows;
    default:
      return false;
  }
}

/**
 * Shape check of a packed table that crossed a thread boundary, column by column (not cell by
 * cell): what unpackTable needs in order not to read past an array.
 */
export function isPackedTable(value: unknown): value is PackedTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<PackedTable>;
  const rows = table.rowCount;
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0) return false;
  const { columns, values, originals } = table;
  return (
    Array.isArray(columns) &&
    Array.isArray(values) &&
    Array.isArray(originals) &&
    values.length === columns.length &&
    originals.length === columns.length &&
    values.every((column) => isPackedValues(column, rows)) &&
    originals.every(isPackedOriginals)
  );
}

export function isPackedOriginals(entry: unknown): entry is PackedOriginals {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    (entry as PackedOriginals).rows instanceof Int32Array &&
    isPackedText((entry as PackedOriginals).text, (entry as PackedOriginals).rows.length)
  );
}
