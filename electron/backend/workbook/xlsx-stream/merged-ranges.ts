/**
 * Merged ranges of a sheet (`<mergeCells>`, ECMA-376 Part 1 §18.3.1.55). They come after the
 * rows in the sheet XML, but must be known before the rows are laid out (a merged header names
 * every column it spans), so they are found first with a byte search in the inflated part: no
 * decoding, a small fraction of the full parse.
 */

export interface MergedRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

/** Most merged cells filled from their origin: a whole-column merge must not cost a million copies. */
export const MAX_MERGE_FILL = 1_000_000;

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\sref=["']([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?["']/g;

export function columnIndex(letters: string): number {
  let index = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) - 64;
    if (code < 1 || code > 26) break;
    index = index * 26 + code;
  }
  return index - 1;
}

export function parseMergeCells(xml: string): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (const match of xml.matchAll(MERGE_CELL)) {
    const [, c1 = 'A', r1 = '1', c2, r2] = match;
    const s = { r: parseInt(r1, 10) - 1, c: columnIndex(c1) };
    const e =
      c2 === undefined || r2 === undefined ? s : { r: parseInt(r2, 10) - 1, c: columnIndex(c2) };
    ranges.push({
      s: { r: Math.min(s.r, e.r), c: Math.min(s.c, e.c) },
      e: { r: Math.max(s.r, e.r), c: Math.max(s.c, e.c) },
    });
  }
  return ranges;
}

/** The sheet's merged ranges, found with a byte search in the inflated sheet part. */
export function findMergedRanges(sheet: Uint8Array, prefix: string): MergedRange[] {
  const bytes = Buffer.from(sheet.buffer, sheet.byteOffset, sheet.byteLength);
  const at = bytes.indexOf(`<${prefix}mergeCells`);
  if (at < 0) return [];
  const close = bytes.indexOf(`</${prefix}mergeCells>`, at);
  return parseMergeCells(bytes.toString('utf8', at, close < 0 ? bytes.length : close));
}
