/**
 * Tokenizes worksheet XML (ECMA-376 Part 1 §18.3.1) piece by piece into rows of raw cells, with
 * SheetJS's reading of every cell type (shared, inline and formula strings, numbers with their
 * style's number format, booleans, errors, ISO dates), merged ranges filled from their origin,
 * hidden rows and columns noted. Rows go to `onRow` in source order, exactly as the SheetJS
 * path hands its dense rows to the table builder: rows without stored cells in between are
 * empty rows, rows after the last stored cell do not exist.
 */
import { fail, ok, type Result } from '../../../../shared/contract';
import type { RawCell } from '../../../../shared/table/raw-cell';
import type { CellConverter } from '../sheet-cells';
import { columnIndex, MAX_MERGE_FILL, type MergedRange } from './merged-ranges';
import { stringItemText, unescapeXml, xmlTrue } from './xml-text';

/** Error texts to the BIFF codes SheetJS keeps in `v` (MS-XLS §2.5.97.2). */
const ERROR_CODES: Readonly<Record<string, number>> = {
  '#NULL!': 0x00,
  '#DIV/0!': 0x07,
  '#VALUE!': 0x0f,
  '#REF!': 0x17,
  '#NAME?': 0x1d,
  '#NUM!': 0x24,
  '#N/A': 0x2a,
  '#GETTING_DATA': 0x2b,
  '#WTF?': 0xff,
};

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An ISO date cell (`t="d"`) as the serial SheetJS turns it into without `cellDates`. */
function isoToSerial(text: string, date1904: boolean): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text);
  if (match === null) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const ms =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), 0) + Number(s) * 1000;
  return (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}

export interface SheetRowsContext {
  readonly strings: readonly (string | null)[];
  readonly formats: readonly (string | undefined)[];
  readonly converter: CellConverter;
  readonly date1904: boolean;
  readonly merges: readonly MergedRange[];
  /** Filled as row elements say `hidden="1"`, before those rows reach `onRow`. */
  readonly hiddenRows: Set<number>;
  /** Filled from `<cols>` before the first row. */
  readonly hiddenColumns: Set<number>;
  readonly onRow: (cells: readonly RawCell[]) => void;
}

interface ActiveMerge {
  readonly range: MergedRange;
  origin: RawCell;
}

function isSpaceOrEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

export class SheetRows {
  private readonly rowOpen: string;
  private readonly rowClose: string;
  private readonly cellOpen: string;
  private readonly cellClose: string;
  private readonly valueOpen: string;
  private readonly valueClose: string;
  private readonly inlineOpen: string;
  private readonly inlineClose: string;
  private readonly dataOpen: string;
  private readonly dataClose: string;
  private readonly colTag: RegExp;
  private state: 'prelude' | 'data' | 'after' = 'prelude';
  /** Source row of the previous row element (-1 before the first). */
  private lastRow = -1;
  /** Next source row the builder expects: rows between are empty. */
  private nextRow = 0;
  private readonly cells: RawCell[] = [];
  private readonly stored: boolean[] = [];
  /** Merges by first row, within the fill budget, in the order SheetJS applies them. */
  private readonly mergesByRow = new Map<number, MergedRange[]>();
  private active: ActiveMerge[] = [];
  /** Merged ranges whose origin cell existed (SheetJS's count). */
  filledRanges = 0;
  private failure: Result<never> | null = null;

  constructor(
    prefix: string,
    private readonly context: SheetRowsContext,
  ) {
    this.rowOpen = `<${prefix}row`;
    this.rowClose = `</${prefix}row>`;
    this.cellOpen = `<${prefix}c`;
    this.cellClose = `</${prefix}c>`;
    this.valueOpen = `<${prefix}v`;
    this.valueClose = `</${prefix}v>`;
    this.inlineOpen = `<${prefix}is`;
    this.inlineClose = `</${prefix}is>`;
    this.dataOpen = `<${prefix}sheetData`;
    this.dataClose = `</${prefix}sheetData>`;
    this.colTag = new RegExp(`<${prefix.replace('.', '\\.')}col\\b[^>]*>`, 'g');
    let budget = 0;
    for (const range of context.merges) {
      const size = (range.e.r - range.s.r + 1) * (range.e.c - range.s.c + 1);
      if (budget + size > MAX_MERGE_FILL) break;
      budget += size;
      const list = this.mergesByRow.get(range.s.r);
      if (list === undefined) this.mergesByRow.set(range.s.r, [range]);
      else list.push(range);
    }
  }

  /** The first error met (a string index past the table), or null. */
  error(): Result<never> | null {
    return this.failure;
  }

  /** A piece of sheet XML that ends after a complete row (or is the part's tail). */
  push(text: string): void {
    if (this.failure !== null || this.state === 'after') return;
    let from = 0;
    if (this.state === 'prelude') {
      const data = text.indexOf(this.dataOpen);
      if (data < 0) return; // no sheetData at all: an empty sheet
      this.readColumns(text.slice(0, data));
      this.state = 'data';
      from = data;
    }
    let end = text.indexOf(this.dataClose, from);
    if (end < 0) end = text.length;
    else this.state = 'after';
    this.readRows(text, from, end);
  }

  /** After the last piece: merged ranges reaching below the last row still make rows. */
  finish(): Result<void> {
    if (this.failure !== null) return this.failure;
    let last = -1;
    for (const { range } of this.active) last = Math.max(last, range.e.r);
    for (let r = this.lastRow + 1; r <= last; r++) this.emit(r, false, true);
    return ok(undefined);
  }

  private readColumns(prelude: string): void {
    for (const match of prelude.matchAll(this.colTag)) {
      const tag = match[0];
      if (!xmlTrue(/\shidden=["']([^"']*)["']/.exec(tag)?.[1])) continue;
      const min = parseInt(/\smin=["'](\d+)["']/.exec(tag)?.[1] ?? '', 10);
      const max = parseInt(/\smax=["'](\d+)["']/.exec(tag)?.[1] ?? '', 10);
      if (Number.isNaN(min) || Number.isNaN(max)) continue;
      // Excel's last column is 16384; a `max` beyond it hides nothing more.
      for (let c = min - 1; c <= Math.min(max, 16_384) - 1; c++) this.context.hiddenColumns.add(c);
    }
  }

  private readRows(text: string, from: number, end: number): void {
    const { rowOpen, rowClose } = this;
    let at = from;
    for (;;) {
      const start = text.indexOf(rowOpen, at);
      if (start < 0 || start >= end) return;
      if (!isSpaceOrEnd(text.charCodeAt(start + rowOpen.length))) {
        at = start + rowOpen.length;
        continue;
      }
      const tagEnd = text.indexOf('>', start);
      if (tagEnd < 0) return;
      const r = this.attr(text, start, tagEnd, 'r');
      const row = r === undefined ? this.lastRow + 1 : parseInt(r, 10) - 1;
      if (!(row > this.lastRow)) {
        // Rows out of order (or a row number that is not one): SheetJS reads these files.
        this.failure = fail('FILE_UNSUPPORTED', 'xlsx: rows out of order', {
          detected: 'xlsx-rows-out-of-order',
          extension: 'xlsx',
        });
        return;
      }
      if (xmlTrue(this.attr(text, start, tagEnd, 'hidden'))) this.context.hiddenRows.add(row);
      // Rows a merge covers exist even without cells of their own.
      if (this.active.length > 0) {
        for (let gap = this.lastRow + 1; gap < row; gap++) this.emit(gap, false, true);
      }
      this.lastRow = row;
      let stored = false;
      this.cells.length = 0;
      this.stored.length = 0;
      if (text.charCodeAt(tagEnd - 1) === 47 /* / */) {
        at = tagEnd + 1;
      } else {
        const close = text.indexOf(rowClose, tagEnd);
        const rowEnd = close < 0 ? end : close;
        stored = this.readCells(text, tagEnd + 1, rowEnd);
        at = rowEnd + rowClose.length;
      }
      if (this.failure !== null) return;
      this.emit(row, stored);
    }
  }

  /** Hands a row to the builder after filling merges; `fresh` clears the cell buffer first. */
  private emit(row: number, stored: boolean, fresh = false): void {
    if (fresh) {
      this.cells.length = 0;
      this.stored.length = 0;
    }
    const starting = this.mergesByRow.get(row);
    if (starting !== undefined) {
      for (const range of starting) {
        if (this.stored[range.s.c] !== true) continue; // SheetJS skips a range without origin
        this.active.push({ range, origin: this.cells[range.s.c] ?? null });
        this.filledRanges++;
      }
    }
    if (this.active.length > 0) {
      for (const { range, origin } of this.active) {
        if (row < range.s.r || row > range.e.r) continue;
        for (let c = range.s.c; c <= range.e.c; c++) {
          if (row === range.s.r && c === range.s.c) continue;
          this.cells[c] = origin;
          this.stored[c] = true;
          stored = true;
        }
      }
      this.active = this.active.filter(({ range }) => range.e.r > row);
    }
    if (!stored) return;
    for (let c = 0; c < this.cells.length; c++) {
      if (this.stored[c] !== true) this.cells[c] = null;
    }
    while (this.nextRow < row) {
      this.context.onRow([]);
      this.nextRow++;
    }
    this.context.onRow(this.cells);
    this.nextRow = row + 1;
  }

  /** Attribute `name` of the start tag `text[from, to)`; searched in the tag only. */
  private attr(text: string, from: number, to: number, name: string): string | undefined {
    const tag = text.slice(from, to);
    let at = tag.indexOf(name);
    while (at > 0) {
      const before = tag.charCodeAt(at - 1);
      const eq = at + name.length;
      if (
        (before === 32 || before === 9 || before === 10 || before === 13) &&
        tag.charCodeAt(eq) === 61
      ) {
        const quote = tag.charCodeAt(eq + 1);
        const close = tag.indexOf(quote === 39 ? "'" : '"', eq + 2);
        return close < 0 ? undefined : tag.slice(eq + 2, close);
      }
      at = tag.indexOf(name, at + 1);
    }
    return undefined;
  }

  /** Reads the cells of one row into `cells`; true when any cell is stored (SheetJS keeps it). */
  private readCells(text: string, from: number, end: number): boolean {
    const { cellOpen, cellClose } = this;
    let stored = false;
    let column = -1;
    let at = from;
    for (;;) {
      const start = text.indexOf(cellOpen, at);
      if (start < 0 || start >= end) return stored;
      if (!isSpaceOrEnd(text.charCodeAt(start + cellOpen.length))) {
        at = start + cellOpen.length;
        continue;
      }
      const tagEnd = text.indexOf('>', start);
      if (tagEnd < 0 || tagEnd > end) return stored;
      const ref = this.attr(text, start, tagEnd, 'r');
      column = ref === undefined ? column + 1 : columnIndex(ref);
      const type = this.attr(text, start, tagEnd, 't');
      let bodyEnd = tagEnd;
      if (text.charCodeAt(tagEnd - 1) === 47 /* / */) {
        at = tagEnd + 1;
      } else {
        const close = text.indexOf(cellClose, tagEnd);
        bodyEnd = close < 0 || close > end ? end : close;
        at = bodyEnd + cellClose.length;
      }
      const value = this.cellValue(text, start, tagEnd, bodyEnd, type);
      if (value === undefined) continue;
      this.cells[column] = value;
      this.stored[column] = true;
      stored = true;
    }
  }

  /** The raw value of one cell, or undefined when SheetJS would not store the cell at all. */
  private cellValue(
    text: string,
    start: number,
    tagEnd: number,
    bodyEnd: number,
    type: string | undefined,
  ): RawCell | undefined {
    let raw: string | undefined;
    const v = bodyEnd > tagEnd ? text.indexOf(this.valueOpen, tagEnd) : -1;
    if (v >= 0 && v < bodyEnd && isSpaceOrEnd(text.charCodeAt(v + this.valueOpen.length))) {
      const vEnd = text.indexOf('>', v);
      if (text.charCodeAt(vEnd - 1) !== 47) {
        const close = text.indexOf(this.valueClose, vEnd);
        const body = text.slice(vEnd + 1, close < 0 || close > bodyEnd ? bodyEnd : close);
        if (body !== '') raw = unescapeXml(body);
      }
    }
    if (type === undefined && raw === undefined) return undefined;
    const { converter } = this.context;
    switch (type ?? 'n') {
      case 'n': {
        if (raw === undefined) return undefined;
        return converter.numberCell(parseFloat(raw), this.format(text, start, tagEnd));
      }
      case 's': {
        if (raw === undefined) return undefined;
        const index = parseInt(raw, 10);
        const { strings } = this.context;
        if (!(index >= 0 && index < strings.length)) {
          this.failure = fail('FILE_CORRUPT', 'xlsx: a cell refers to a missing shared string');
          return undefined;
        }
        return strings[index] ?? null;
      }
      case 'str':
        // SheetJS unescapes a formula's string result twice; so do we, to read the same text.
        return raw === undefined ? '' : unescapeXml(raw, true);
      case 'inlineStr': {
        const open = text.indexOf(this.inlineOpen, tagEnd);
        if (open < 0 || open >= bodyEnd) return '';
        const openEnd = text.indexOf('>', open);
        const close = text.indexOf(this.inlineClose, openEnd);
        if (text.charCodeAt(openEnd - 1) === 47 || close < 0 || close > bodyEnd) return null;
        return stringItemText(text.slice(openEnd + 1, close));
      }
      case 'b':
        return xmlTrue(raw);
      case 'e':
        return converter.convert({ t: 'e', v: ERROR_CODES[raw ?? ''] as number });
      case 'd': {
        const serial = isoToSerial(raw ?? '', this.context.date1904);
        if (serial === null) return null;
        return converter.numberCell(serial, this.format(text, start, tagEnd));
      }
      default:
        return raw ?? null;
    }
  }

  private format(text: string, start: number, tagEnd: number): string | undefined {
    const style = this.attr(text, start, tagEnd, 's');
    return style === undefined ? undefined : this.context.formats[parseInt(style, 10)];
  }
}
