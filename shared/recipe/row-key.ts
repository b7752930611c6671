/**
 * Stable row keys for steps that point at one row (edit-cell) and for "rows added/removed since
 * last month" (summarizeChange). A key is a hash of the row as the source file had it (each
 * cell's original text where parsing changed it, else its value) plus the occurrence index among
 * rows with the same hash, so two identical rows still get two keys. Computed once on the table
 * the recipe starts from; the engine carries keys through row removals (apply-recipe.ts).
 *
 * The key is a 53-bit hash in hex, not the values: saved recipes hold no cell text for it. It is
 * still derived from personal data; the privacy feature decides whether such steps may be
 * exported. With `keyColumns` (a declared identifier such as `Redni broj`) only those cells count,
 * so a row keeps its key when other cells were corrected in the source.
 */
import type { Table } from '../table/types';
import { sourceText } from './table-edit';

/**
 * cyrb53 (public domain): fast, well-mixed, 53 bits, no dependencies. Fed cell by cell (each
 * followed by a U+001F separator, U+0000 for an empty cell) so no row string is ever built.
 */
class RowHash {
  private h1 = 0;
  private h2 = 0;

  reset(seed = 0): void {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  value(): number {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

export function hash53(text: string, seed = 0): number {
  const hash = new RowHash();
  hash.reset(seed);
  hash.add(text);
  return hash.value();
}

export function computeRowKeys(table: Table, keyColumns?: readonly number[]): string[] {
  const columns = keyColumns ?? table.columns.map((_, c) => c);
  const occurrences = new Map<number, number>();
  const keys = new Array<string>(table.rowCount);
  const hash = new RowHash();
  for (let r = 0; r < table.rowCount; r++) {
    hash.reset();
    for (const c of columns) {
      hash.add(sourceText(table, c, r) ?? '\u0000');
      hash.add('\u001f');
    }
    const value = hash.value();
    const n = occurrences.get(value) ?? 0;
    occurrences.set(value, n + 1);
    keys[r] = n === 0 ? value.toString(16) : `${value.toString(16)}.${n}`;
  }
  return keys;
}

/**
 * The key computeRowKeys gives row `row`, without building every key: the row's hash and how many
 * rows before it share that hash. For one cell edit on a large table (no key array kept).
 */
export function rowKeyAt(table: Table, row: number, keyColumns?: readonly number[]): string {
  const columns = keyColumns ?? table.columns.map((_, c) => c);
  const hash = new RowHash();
  const hashOf = (r: number): number => {
    hash.reset();
    for (const c of columns) {
      hash.add(sourceText(table, c, r) ?? '\u0000');
      hash.add('\u001f');
    }
    return hash.value();
  };
  const value = hashOf(row);
  let n = 0;
  for (let r = 0; r < row; r++) if (hashOf(r) === value) n++;
  return n === 0 ? value.toString(16) : `${value.toString(16)}.${n}`;
}
