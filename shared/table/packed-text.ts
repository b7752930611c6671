/**
 * A column of texts held as a few long strings instead of one string per cell: every
 * TEXT_BLOCK cells are joined into one part, and `ends` says where each cell ends within its
 * part. A million short strings kept alive cost the garbage collector seconds (each is copied
 * and scanned again and again while a file is read); a few hundred parts cost nothing, and a
 * part crosses a thread boundary as one copy. Cells are materialized (sliced) only when needed.
 */

/** Cells per part: a power of two, so a cell's part is `index >> TEXT_BLOCK_SHIFT`. */
export const TEXT_BLOCK_SHIFT = 10;
export const TEXT_BLOCK = 1 << TEXT_BLOCK_SHIFT;
const BLOCK_MASK = TEXT_BLOCK - 1;

export interface PackedText {
  /** parts[p] holds cells p·TEXT_BLOCK … p·TEXT_BLOCK + TEXT_BLOCK − 1, joined. */
  readonly parts: readonly string[];
  /** ends[i]: where cell i ends within its part (a cell without text has length 0). */
  readonly ends: Uint32Array;
  readonly length: number;
}

/** Cell `index` of a packed text ('' for a cell without text). */
export function packedTextAt(text: PackedText, index: number): string {
  const part = text.parts[index >> TEXT_BLOCK_SHIFT] ?? '';
  const start = (index & BLOCK_MASK) === 0 ? 0 : (text.ends[index - 1] as number);
  return part.slice(start, text.ends[index]);
}

/** Every cell in order, sliced once each (for unpacking into plain arrays). */
export function forEachPackedText(
  text: PackedText,
  visit: (cell: string, index: number) => void,
): void {
  const { parts, ends, length } = text;
  for (let p = 0; p * TEXT_BLOCK < length; p++) {
    const part = parts[p] ?? '';
    const last = Math.min(length, (p + 1) * TEXT_BLOCK);
    let start = 0;
    for (let i = p * TEXT_BLOCK; i < last; i++) {
      const end = ends[i] as number;
      visit(part.slice(start, end), i);
      start = end;
    }
  }
}

function grown(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Uint32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Builds a PackedText one cell at a time. */
export class TextPacker {
  private parts: string[] = [];
  private block: string[] = [];
  private blockChars = 0;
  private ends: Uint32Array<ArrayBuffer> = new Uint32Array(256);
  length = 0;

  add(cell: string): void {
    const index = this.length;
    if (index === this.ends.length) this.ends = grown(this.ends, index + 1);
    this.block.push(cell);
    this.blockChars += cell.length;
    this.ends[index] = this.blockChars;
    this.length = index + 1;
    if ((this.length & BLOCK_MASK) === 0) this.seal();
  }

  /** Cell `index` (also before finish). */
  at(index: number): string {
    const part = this.parts[index >> TEXT_BLOCK_SHIFT];
    if (part === undefined) return this.block[index & BLOCK_MASK] ?? '';
    const start = (index & BLOCK_MASK) === 0 ? 0 : (this.ends[index - 1] as number);
    return part.slice(start, this.ends[index]);
  }

  /** First code unit of cell `index`, or -1 when it is empty; no string is made. */
  firstCode(index: number): number {
    const part = this.parts[index >> TEXT_BLOCK_SHIFT];
    if (part === undefined) {
      const cell = this.block[index & BLOCK_MASK] ?? '';
      return cell === '' ? -1 : cell.charCodeAt(0);
    }
    const start = (index & BLOCK_MASK) === 0 ? 0 : (this.ends[index - 1] as number);
    return start === this.ends[index] ? -1 : part.charCodeAt(start);
  }

  private seal(): void {
    this.parts.push(this.block.join(''));
    this.block = [];
    this.blockChars = 0;
  }

  /** The packed cells; the packer must not be used afterwards. */
  finish(): PackedText {
    if (this.block.length > 0) this.seal();
    return { parts: this.parts, ends: this.ends.subarray(0, this.length), length: this.length };
  }
}
