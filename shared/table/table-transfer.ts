/**
 * Moves any Table between threads cheaply (architecture.md §4: the recipe runs in a worker, the
 * table goes in and comes back each run). The reader builds its table packed from the start
 * (packed-table.ts); this packs a table that exists as plain arrays and maps. A structured clone
 * of a plain Table copies every cell one by one: ~5 s each way for 1M rows × 15 columns. Packed,
 * a column is a few typed arrays (handed over in the transfer list, no copy) and a few long
 * strings (each copied as one block), and the receiver rebuilds plain arrays from them. The round
 * trip is exact: -0, NaN, empty strings versus null, any UTF-16 (lone surrogates, "\u0000"), the
 * order of every originals map (any ReadonlyMap; it comes back a Map).
 */
import { COLUMN_TYPES, type CellValue, type ColumnInfo, type Table } from './types';

/**
 * Strings of many cells joined into a few long parts. A part ends after PART_CELLS cells or once
 * it passes PART_CHARS characters, far below V8's string length limit (2^29 - 24).
 */
export interface JoinedStrings {
  readonly kind: 'joined';
  readonly parts: readonly string[];
  /** Cells up to the end of each part (cumulative). */
  readonly partEnds: Uint32Array;
  /** Each cell's end offset within its part. */
  readonly ends: Uint32Array;
}

/**
 * Strings of a column that repeats itself (places, statuses, dates): each distinct string once,
 * and an index per cell. The receiver then shares the strings instead of making one per cell,
 * which is both faster and smaller.
 */
export interface DictionaryStrings {
  readonly kind: 'dictionary';
  readonly dictionary: JoinedStrings;
  readonly indices: Uint16Array;
}

export type TransferStrings = JoinedStrings | DictionaryStrings;

/** Tags of a `tagged` column, one byte per cell. */
export const CELL_TAG = { null: 0, number: 1, string: 2, true: 3, false: 4 } as const;

export type TransferColumn =
  /** Every cell a number. */
  | { readonly kind: 'numbers'; readonly numbers: Float64Array }
  /** Every cell a string. */
  | { readonly kind: 'strings'; readonly strings: TransferStrings }
  /** Nulls, booleans or a mix: `numbers` and `strings` hold the cells of those tags, in order. */
  | {
      readonly kind: 'tagged';
      readonly tags: Uint8Array;
      readonly numbers: Float64Array;
      readonly strings: TransferStrings;
    }
  /** Something that is not a CellValue (a bug upstream): cloned as it is. */
  | { readonly kind: 'plain'; readonly cells: readonly unknown[] };

export type TransferOriginals =
  | {
      readonly kind: 'int32' | 'float64';
      readonly keys: Int32Array | Float64Array;
      readonly values: TransferStrings;
    }
  | { readonly kind: 'plain'; readonly entries: readonly (readonly [unknown, unknown])[] };

export interface TransferTable {
  readonly packedTable: 1;
  readonly columns: readonly ColumnInfo[];
  readonly rowCount: number;
  readonly values: readonly TransferColumn[];
  readonly originals: readonly TransferOriginals[];
}

/**
 * One column of a table sent on its own (packTransferColumn), so the receiver can unpack column c
 * while the sender packs column c + 1. Null past the end of a table's values or originals.
 */
export interface TransferColumnPart {
  readonly values: TransferColumn | null;
  readonly originals: TransferOriginals | null;
}

export interface PackResult<T = TransferTable> {
  readonly packed: T;
  /** Every buffer behind the typed arrays in `packed`: pass as postMessage's transfer list. */
  readonly transfer: ArrayBuffer[];
}

const PART_CELLS = 65_536;
const PART_CHARS = 1 << 24;
/** Most distinct strings of a dictionary (its indices are 16-bit). */
const DICTIONARY_MAX = 65_536;
/** Fewer strings than this are joined: a dictionary would save next to nothing. */
const DICTIONARY_MIN_CELLS = 64;
/**
 * A dictionary costs a hash lookup per cell, more than joining: when the first this many strings
 * are mostly distinct (names, JMBG, addresses), the column is joined without looking further.
 */
const DICTIONARY_SAMPLE = 4096;

/** A packed table that does not hold together (a bug or a tampered message). */
export class TransferTableError extends Error {
  override readonly name = 'TransferTableError';
}

// ---------------------------------------------------------------------------------------------
// Packing

function joinStrings(strings: readonly string[], buffers: ArrayBuffer[]): JoinedStrings {
  const ends = new Uint32Array(strings.length);
  const parts: string[] = [];
  const partEnds: number[] = [];
  let start = 0;
  let chars = 0;
  for (let i = 0; i < strings.length; i++) {
    const length = (strings[i] as string).length;
    if (i > start && (i - start >= PART_CELLS || chars + length > PART_CHARS)) {
      parts.push(strings.slice(start, i).join(''));
      partEnds.push(i);
      start = i;
      chars = 0;
    }
    chars += length;
    ends[i] = chars;
  }
  if (strings.length > start) {
    parts.push(strings.slice(start).join(''));
    partEnds.push(strings.length);
  }
  const partEndsArray = Uint32Array.from(partEnds);
  buffers.push(ends.buffer, partEndsArray.buffer);
  return { kind: 'joined', parts, partEnds: partEndsArray, ends };
}

/** A dictionary when the strings repeat enough (at most half distinct), else null. */
function dictionaryOf(
  strings: readonly string[],
  buffers: ArrayBuffer[],
): DictionaryStrings | null {
  if (strings.length < DICTIONARY_MIN_CELLS) return null;
  const ids = new Map<string, number>();
  const indices = new Uint16Array(strings.length);
  for (let i = 0; i < strings.length; i++) {
    const text = strings[i] as string;
    let id = ids.get(text);
    if (id === undefined) {
      if (ids.size === DICTIONARY_MAX) return null;
      id = ids.size;
      ids.set(text, id);
    }
    indices[i] = id;
    if (i === DICTIONARY_SAMPLE && ids.size * 2 > DICTIONARY_SAMPLE) return null;
  }
  if (ids.size * 2 > strings.length) return null;
  buffers.push(indices.buffer);
  return { kind: 'dictionary', dictionary: joinStrings([...ids.keys()], buffers), indices };
}

function packStrings(strings: readonly string[], buffers: ArrayBuffer[]): TransferStrings {
  return dictionaryOf(strings, buffers) ?? joinStrings(strings, buffers);
}

function tagOf(cell: unknown): number {
  switch (typeof cell) {
    case 'number':
      return CELL_TAG.number;
    case 'string':
      return CELL_TAG.string;
    case 'boolean':
      return cell ? CELL_TAG.true : CELL_TAG.false;
    default:
      return cell === null ? CELL_TAG.null : -1;
  }
}

function packColumn(cells: readonly CellValue[], buffers: ArrayBuffer[]): TransferColumn {
  const length = cells.length;
  let numberCount = 0;
  let stringCount = 0;
  for (let r = 0; r < length; r++) {
    // A hole reads as undefined: plain too, and the clone keeps it a hole.
    const tag = tagOf(cells[r]);
    if (tag < 0) return { kind: 'plain', cells };
    if (tag === CELL_TAG.number) numberCount++;
    else if (tag === CELL_TAG.string) stringCount++;
  }
  if (numberCount === length && length > 0) {
    const numbers = Float64Array.from(cells as readonly number[]);
    buffers.push(numbers.buffer);
    return { kind: 'numbers', numbers };
  }
  if (stringCount === length && length > 0) {
    return { kind: 'strings', strings: packStrings(cells as readonly string[], buffers) };
  }
  const tags = new Uint8Array(length);
  const numbers = new Float64Array(numberCount);
  const strings: string[] = [];
  let n = 0;
  for (let r = 0; r < length; r++) {
    const cell = cells[r];
    const tag = tagOf(cell);
    tags[r] = tag;
    if (tag === CELL_TAG.number) numbers[n++] = cell as number;
    else if (tag === CELL_TAG.string) strings.push(cell as string);
  }
  buffers.push(tags.buffer, numbers.buffer);
  return { kind: 'tagged', tags, numbers, strings: packStrings(strings, buffers) };
}

function packOriginals(
  map: ReadonlyMap<number, string>,
  buffers: ArrayBuffer[],
): TransferOriginals {
  const keys = new Float64Array(map.size);
  const values: string[] = [];
  let int32 = true;
  let plain = false;
  // forEach, not for-of: no entry array per original.
  map.forEach((value, key) => {
    if (typeof key !== 'number' || typeof value !== 'string') plain = true;
    else if ((key | 0) !== key || Object.is(key, -0)) int32 = false;
    keys[values.length] = key;
    values.push(value);
  });
  if (plain) return { kind: 'plain', entries: [...map] };
  const keyArray = int32 ? Int32Array.from(keys) : keys;
  buffers.push(keyArray.buffer);
  return {
    kind: int32 ? 'int32' : 'float64',
    keys: keyArray,
    values: packStrings(values, buffers),
  };
}

/** Packs a table for postMessage(packed, transfer). The table itself is left as it was. */
export function packForTransfer(table: Table): PackResult {
  const transfer: ArrayBuffer[] = [];
  const packed: TransferTable = {
    packedTable: 1,
    columns: table.columns,
    rowCount: table.rowCount,
    values: table.values.map((cells) => packColumn(cells, transfer)),
    originals: table.originals.map((map) => packOriginals(map, transfer)),
  };
  return { packed, transfer };
}

/** How many packTransferColumn messages carry the whole of `table`'s values and originals. */
export function transferColumnCount(table: Table): number {
  return Math.max(table.values.length, table.originals.length);
}

/** Column `index` of `table`, for sending columns one by one (see TableUnpacker). */
export function packTransferColumn(table: Table, index: number): PackResult<TransferColumnPart> {
  const transfer: ArrayBuffer[] = [];
  const cells = table.values[index];
  const originals = table.originals[index];
  const packed: TransferColumnPart = {
    values: cells === undefined ? null : packColumn(cells, transfer),
    originals: originals === undefined ? null : packOriginals(originals, transfer),
  };
  return { packed, transfer };
}

/** The rest of a table whose columns went one by one: a TransferTable without values or originals. */
export function packTransferHead(table: Table): TransferTable {
  return {
    packedTable: 1,
    columns: table.columns,
    rowCount: table.rowCount,
    values: [],
    originals: [],
  };
}

// ---------------------------------------------------------------------------------------------
// Shape check (cheap: no per-cell work)

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isJoinedStrings(value: unknown): value is JoinedStrings {
  return (
    isRecord(value) &&
    value['kind'] === 'joined' &&
    Array.isArray(value['parts']) &&
    value['partEnds'] instanceof Uint32Array &&
    value['ends'] instanceof Uint32Array
  );
}

function isPackedStrings(value: unknown): value is TransferStrings {
  if (isJoinedStrings(value)) return true;
  return (
    isRecord(value) &&
    value['kind'] === 'dictionary' &&
    isJoinedStrings(value['dictionary']) &&
    value['indices'] instanceof Uint16Array
  );
}

function isPackedColumn(value: unknown): value is TransferColumn {
  if (!isRecord(value)) return false;
  switch (value['kind']) {
    case 'numbers':
      return value['numbers'] instanceof Float64Array;
    case 'strings':
      return isPackedStrings(value['strings']);
    case 'tagged':
      return (
        value['tags'] instanceof Uint8Array &&
        value['numbers'] instanceof Float64Array &&
        isPackedStrings(value['strings'])
      );
    case 'plain':
      return Array.isArray(value['cells']);
    default:
      return false;
  }
}

function isPackedOriginals(value: unknown): value is TransferOriginals {
  if (!isRecord(value)) return false;
  switch (value['kind']) {
    case 'int32':
      return value['keys'] instanceof Int32Array && isPackedStrings(value['values']);
    case 'float64':
      return value['keys'] instanceof Float64Array && isPackedStrings(value['values']);
    case 'plain':
      return (
        Array.isArray(value['entries']) &&
        value['entries'].every((entry) => Array.isArray(entry) && entry.length === 2)
      );
    default:
      return false;
  }
}

function isColumnInfo(value: unknown): value is ColumnInfo {
  return (
    isRecord(value) &&
    typeof value['key'] === 'string' &&
    typeof value['name'] === 'string' &&
    (COLUMN_TYPES as readonly unknown[]).includes(value['type'])
  );
}

/**
 * Whether `value` has the shape of a TransferTable (typed arrays where they belong). Whether the
 * parts hold together is checked by unpackTransferTable, which walks the cells anyway.
 */
export function isTransferTable(value: unknown): value is TransferTable {
  return (
    isRecord(value) &&
    value['packedTable'] === 1 &&
    Array.isArray(value['columns']) &&
    value['columns'].every(isColumnInfo) &&
    typeof value['rowCount'] === 'number' &&
    Array.isArray(value['values']) &&
    value['values'].every(isPackedColumn) &&
    Array.isArray(value['originals']) &&
    value['originals'].every(isPackedOriginals)
  );
}

export function isTransferColumnPart(value: unknown): value is TransferColumnPart {
  return (
    isRecord(value) &&
    (value['values'] === null || isPackedColumn(value['values'])) &&
    (value['originals'] === null || isPackedOriginals(value['originals']))
  );
}

// ---------------------------------------------------------------------------------------------
// Unpacking

function malformed(what: string): never {
  throw new TransferTableError(`malformed packed table: ${what}`);
}

function unpackJoined(packed: JoinedStrings): string[] {
  const { parts, partEnds, ends } = packed;
  if (partEnds.length !== parts.length) malformed('string part count');
  const out: string[] = [];
  let cell = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    const partEnd = partEnds[p] as number;
    if (typeof part !== 'string') malformed('string part');
    if (partEnd < cell || partEnd > ends.length) malformed('string part end');
    let start = 0;
    for (; cell < partEnd; cell++) {
      const end = ends[cell] as number;
      if (end < start || end > part.length) malformed('string end');
      out.push(part.slice(start, end));
      start = end;
    }
    if (start !== part.length) malformed('string part length');
  }
  if (cell !== ends.length) malformed('string count');
  return out;
}

function unpackStrings(packed: TransferStrings): string[] {
  if (packed.kind === 'joined') return unpackJoined(packed);
  const dictionary = unpackJoined(packed.dictionary);
  const { indices } = packed;
  const out: string[] = [];
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i] as number;
    if (index >= dictionary.length) malformed('dictionary index');
    out.push(dictionary[index] as string);
  }
  return out;
}

function unpackColumn(packed: TransferColumn): CellValue[] {
  switch (packed.kind) {
    case 'numbers': {
      const { numbers } = packed;
      const out: CellValue[] = [];
      for (let r = 0; r < numbers.length; r++) out.push(numbers[r] as number);
      return out;
    }
    case 'strings':
      return unpackStrings(packed.strings);
    case 'plain':
      return packed.cells as CellValue[];
    case 'tagged': {
      const { tags, numbers } = packed;
      const strings = unpackStrings(packed.strings);
      const out: CellValue[] = [];
      let n = 0;
      let s = 0;
      for (let r = 0; r < tags.length; r++) {
        switch (tags[r]) {
          case CELL_TAG.null:
            out.push(null);
            break;
          case CELL_TAG.number:
            if (n >= numbers.length) malformed('too few numbers');
            out.push(numbers[n++] as number);
            break;
          case CELL_TAG.string:
            if (s >= strings.length) malformed('too few strings');
            out.push(strings[s++] as string);
            break;
          case CELL_TAG.true:
            out.push(true);
            break;
          case CELL_TAG.false:
            out.push(false);
            break;
          default:
            malformed('cell tag');
        }
      }
      if (n !== numbers.length || s !== strings.length) malformed('unused cells');
      return out;
    }
  }
}

function unpackOriginals(packed: TransferOriginals): Map<number, string> {
  if (packed.kind === 'plain') return new Map(packed.entries as [number, string][]);
  const { keys } = packed;
  const values = unpackStrings(packed.values);
  if (values.length !== keys.length) malformed('originals count');
  const map = new Map<number, string>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i] as number, values[i] as string);
  return map;
}

/**
 * Receives a table column by column (packTransferColumn), unpacking each as it comes, then the head
 * (packTransferHead, or a whole TransferTable: its columns come after the streamed ones). Throws
 * TransferTableError on anything that does not hold together.
 */
export class TableUnpacker {
  private readonly values: CellValue[][] = [];
  private readonly originals: Map<number, string>[] = [];
  // Once a column came without values (or originals), no later one may have them.
  private valuesEnded = false;
  private originalsEnded = false;

  addColumn(packed: unknown): void {
    if (!isTransferColumnPart(packed)) malformed('column shape');
    if (packed.values === null) this.valuesEnded = true;
    else if (this.valuesEnded) malformed('values after their end');
    else this.values.push(unpackColumn(packed.values));
    if (packed.originals === null) this.originalsEnded = true;
    else if (this.originalsEnded) malformed('originals after their end');
    else this.originals.push(unpackOriginals(packed.originals));
  }

  finish(head: unknown): Table {
    if (!isTransferTable(head)) malformed('shape');
    if (this.valuesEnded && head.values.length > 0) malformed('values after their end');
    if (this.originalsEnded && head.originals.length > 0) malformed('originals after their end');
    for (const column of head.values) this.values.push(unpackColumn(column));
    for (const map of head.originals) this.originals.push(unpackOriginals(map));
    return {
      columns: head.columns,
      values: this.values,
      originals: this.originals,
      rowCount: head.rowCount,
    };
  }
}

/**
 * Rebuilds the plain Table (normal arrays, real Maps). Throws TransferTableError when `packed` is
 * not a consistent TransferTable, so a caller at a thread boundary can turn it into an error.
 */
export function unpackTransferTable(packed: unknown): Table {
  return new TableUnpacker().finish(packed);
}
