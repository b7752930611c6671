/** The character-by-character parser the fast path must agree with (kept as a test oracle). */
/**
 * RFC 4180 parsing, tolerant the way Excel is: quoted fields may hold the delimiter, doubled
 * quotes and line breaks; a quote inside an unquoted field is literal; CRLF, LF and CR all end
 * a record; an unterminated quote runs to the end of the file. Every field stays a string:
 * `0101990710006` must never become a number here (typing happens later, per column).
 */

export type RowHandler = (fields: string[]) => void;

export interface CsvParseOptions {
  /** Stop after this many records (delimiter detection parses a sample). */
  readonly maxRecords?: number;
  /** Called with characters consumed and total, every `progressEvery` records and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
  /**
   * False when `text` is one chunk of a longer text: a record the chunk may cut (no line end
   * yet, an open quote, a CR that an LF may follow) is left for the next chunk, not emitted.
   */
  readonly final?: boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Parses `text`; `delimiter` null means one column per line. Returns where the unparsed rest
 * starts: `text.length`, or with `final: false` the start of a record the chunk may have cut.
 */
export function parseCsv(
  text: string,
  delimiter: string | null,
  onRow: RowHandler,
  options: CsvParseOptions = {},
): number {
  const { maxRecords = Infinity, onProgress, progressEvery = 20_000, final = true } = options;
  const delim = delimiter === null ? -1 : delimiter.charCodeAt(0);
  const length = text.length;
  let i = 0;
  let fields: string[] = [];
  let records = 0;
  let recordStart = 0;
  while (i < length) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted field: collect slices between doubled quotes.
      let value = '';
      let start = i + 1;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0 || (!final && q === length - 1)) {
          // An open quote, or a closing one a doubled quote may continue: wait for more text.
          if (!final) return recordStart;
          value += text.slice(start);
          i = length;
          break;
        }
        value += text.slice(start, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          start = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the next delimiter is kept, as Excel does.
      const tailStart = i;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c === delim || c === CR || c === LF) break;
        i++;
      }
      field = tailStart === i ? value : value + text.slice(tailStart, i);
    } else {
      const start = i;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c === delim || c === CR || c === LF) break;
        i++;
      }
      field = text.slice(start, i);
    }
    fields.push(field);
    if (i >= length) {
      if (!final) return recordStart;
      break;
    }
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i === length) {
        if (!final) return recordStart;
        fields.push(''); // `a;` at the very end: a last, empty field
      }
      continue;
    }
    // End of record.
    if (!final && c === CR && i + 1 === length) return recordStart;
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    onRow(fields);
    fields = [];
    records++;
    recordStart = i;
    if (records >= maxRecords) return i;
    if (onProgress !== undefined && records % progressEvery === 0) onProgress(i, length);
  }
  if (!final) return recordStart;
  if (fields.length > 0) onRow(fields);
  onProgress?.(length, length);
  return length;
}
