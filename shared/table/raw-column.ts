/**
 * One column of raw cells while a sheet is read (build-table.ts), stored compactly: texts in a
 * TextPacker (a few long strings, not one string per cell), numbers in a Float64Array, and the
 * rare booleans, dates and errors in a side map. An empty text is stored as an empty cell: both
 * are blank to every layout rule and null to typing.
 */
import type { RawCell } from './raw-cell';
import { TextPacker, type PackedText } from './packed-text';

export const TAG_EMPTY = 0;
export const TAG_TEXT = 1;
export const TAG_NUMBER = 2;
export const TAG_OTHER = 3;

/** Whether trim() would leave nothing of a non-empty text. */
export function isBlankText(text: string): boolean {
  const first = text.charCodeAt(0);
  // A visible ASCII first character: certainly not blank, without a trimmed copy.
  if (first > 32 && first < 0x7f) return false;
  return text.trim() === '';
}

export class RawColumn {
  private tags = new Uint8Array(256);
  private numbers: Float64Array | null = null;
  private others: Map<number, RawCell> | null = null;
  private readonly text = new TextPacker();
  private rows = 0;
  /** Some cell is not blank. */
  hasContent = false;
  /** Some text is whitespace only. */
  hasBlankText = false;
  /** Some cell is a number, boolean, date or error. */
  hasNonText = false;

  get length(): number {
    return this.rows;
  }

  private grow(): void {
    const tags = new Uint8Array(this.tags.length * 2);
    tags.set(this.tags);
    this.tags = tags;
    if (this.numbers !== null) {
      const numbers = new Float64Array(tags.length);
      numbers.set(this.numbers);
      this.numbers = numbers;
    }
  }

  push(cell: RawCell): void {
    const row = this.rows;
    if (row === this.tags.length) this.grow();
    this.rows = row + 1;
    if (typeof cell === 'string') {
      this.text.add(cell);
      if (cell === '') return; // TAG_EMPTY
      this.tags[row] = TAG_TEXT;
      if (isBlankText(cell)) this.hasBlankText = true;
      else this.hasContent = true;
      return;
    }
    this.text.add('');
    if (cell === null) return;
    this.hasContent = true;
    this.hasNonText = true;
    if (typeof cell === 'number') {
      this.numbers ??= new Float64Array(this.tags.length);
      this.numbers[row] = cell;
      this.tags[row] = TAG_NUMBER;
      return;
    }
    (this.others ??= new Map()).set(row, cell);
    this.tags[row] = TAG_OTHER;
  }

  pushEmpty(count: number): void {
    for (let i = 0; i < count; i++) this.push(null);
  }

  tag(row: number): number {
    return this.tags[row] as number;
  }

  /** The text of a TAG_TEXT cell ('' for any other). */
  textAt(row: number): string {
    return this.text.at(row);
  }

  /** First code unit of a TAG_TEXT cell, -1 for any other; no string is made. */
  firstCode(row: number): number {
    return this.text.firstCode(row);
  }

  get(row: number): RawCell {
    switch (this.tags[row]) {
      case TAG_TEXT:
        return this.text.at(row);
      case TAG_NUMBER:
        return (this.numbers as Float64Array)[row] as number;
      case TAG_OTHER:
        return this.others?.get(row) ?? null;
      default:
        return null;
    }
  }

  /** Keeps the first `rows` rows (notes below a table are cut off); the flags are recomputed. */
  truncate(rows: number): void {
    if (rows >= this.rows) return;
    this.rows = rows;
    this.hasContent = false;
    this.hasBlankText = false;
    this.hasNonText = false;
    for (let r = 0; r < rows; r++) {
      const tag = this.tags[r];
      if (tag === TAG_TEXT) {
        if (isBlankText(this.text.at(r))) this.hasBlankText = true;
        else this.hasContent = true;
      } else if (tag !== TAG_EMPTY) {
        this.hasContent = true;
        this.hasNonText = true;
      }
    }
  }

  /**
   * The texts and tags as they are (for a column of plain texts, this is already its typed
   * form); the column must not be pushed to afterwards.
   */
  packed(): { text: PackedText; tags: Uint8Array } {
    const text = this.text.finish();
    return {
      text: { parts: text.parts, ends: text.ends.subarray(0, this.rows), length: this.rows },
      tags: this.tags.subarray(0, this.rows),
    };
  }
}
