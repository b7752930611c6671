/**
 * A column's originals (row → source text) as a read-only map over packed texts: a million
 * entries cost two arrays and a few long strings instead of a million map entries and strings
 * (building a Map of that size alone takes about a second). Texts are sliced when asked for.
 * Rows are ascending, which is also the order a Map filled row by row would iterate in.
 */
import { packedTextAt, forEachPackedText, type PackedText } from './packed-text';

export class RowTexts implements ReadonlyMap<number, string> {
  /** row → position + 1 (0: no entry), built on the first lookup. */
  private index: Int32Array | null = null;

  constructor(
    private readonly rows: Int32Array,
    private readonly texts: PackedText,
  ) {}

  get size(): number {
    return this.rows.length;
  }

  private positionOf(row: number): number {
    if (!Number.isInteger(row) || row < 0 || this.rows.length === 0) return -1;
    if (this.index === null) {
      const index = new Int32Array((this.rows[this.rows.length - 1] as number) + 1);
      for (let i = 0; i < this.rows.length; i++) index[this.rows[i] as number] = i + 1;
      this.index = index;
    }
    return row < this.index.length ? (this.index[row] as number) - 1 : -1;
  }

  get(row: number): string | undefined {
    const position = this.positionOf(row);
    return position < 0 ? undefined : packedTextAt(this.texts, position);
  }

  has(row: number): boolean {
    return this.positionOf(row) >= 0;
  }

  forEach(
    visit: (text: string, row: number, map: ReadonlyMap<number, string>) => void,
    thisArg?: unknown,
  ): void {
    forEachPackedText(this.texts, (text, i) =>
      visit.call(thisArg, text, this.rows[i] as number, this),
    );
  }

  *entries(): MapIterator<[number, string]> {
    for (let i = 0; i < this.rows.length; i++) {
      yield [this.rows[i] as number, packedTextAt(this.texts, i)];
    }
  }

  *keys(): MapIterator<number> {
    for (let i = 0; i < this.rows.length; i++) yield this.rows[i] as number;
  }

  *values(): MapIterator<string> {
    for (let i = 0; i < this.rows.length; i++) yield packedTextAt(this.texts, i);
  }

  [Symbol.iterator](): MapIterator<[number, string]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'RowTexts';
  }
}
