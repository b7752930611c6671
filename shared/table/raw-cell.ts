/**
 * A cell as a reader hands it over, before column typing (infer.ts). Readers keep text as text
 * (`'0101990710006'` stays a string) and pass numbers, booleans and dates only where the source
 * format typed them (an Excel number or date cell).
 */
export type RawCell = string | number | boolean | null | RawDate | RawError;

/** A cell the source typed as a date; `iso` is `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss` with a time. */
export interface RawDate {
  readonly iso: string;
}

/** A formula error cell (`#N/A`, `#DIV/0!`): no value, but the text is kept as the original. */
export interface RawError {
  readonly error: string;
}

export function isRawDate(cell: RawCell): cell is RawDate {
  return typeof cell === 'object' && cell !== null && 'iso' in cell;
}

export function isRawError(cell: RawCell): cell is RawError {
  return typeof cell === 'object' && cell !== null && 'error' in cell;
}

/** Empty for typing and for empty-row detection: null, or a string of whitespace only. */
export function isBlankCell(cell: RawCell): boolean {
  if (cell === null) return true;
  return typeof cell === 'string' && cell.trim() === '';
}
