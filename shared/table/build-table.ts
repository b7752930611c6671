/**
 * Turns rows of raw cells (as a reader meets them, row by row) into a columnar, typed Table and
 * a layout report (issue 3): title rows above the header are skipped, the header row is detected
 * (or given) and multi-row headers are joined into one name per column; totals rows (УКУПНО,
 * Ukupno, Total, Svega …) and notes below the table are left out; fully empty rows and columns
 * are dropped; hidden rows with data are reported. Every decision can be overridden through
 * LayoutOptions. Only the first HEAD_ROWS rows are buffered for the header decision; the rest
 * stream straight into the columns. Each column is typed by infer.ts.
 */
import type { ColumnInfo, Table } from './types';
import { isBlankCell, isRawDate, isRawError, type RawCell } from './raw-cell';
import { sanitizeHeaderNames } from './header-names';
import { formatGeneralNumber } from './format-number';
import { typeRawColumn } from './infer';
import { scanNumber } from './parse-number';
import { parseTextDate } from './parse-date';
import { RawColumn } from './raw-column';
import {
  unpackTable,
  type ColumnSink,
  type PackedOriginals,
  type PackedTable,
  type PackedValues,
} from './packed-table';

/** Rows looked at (with content) before the header is decided. */
export const HEAD_ROWS = 40;
/** Most header rows joined (matches the contract's MAX_HEADER_ROWS). */
const MAX_HEADER_ROWS = 5;
/** Most rows listed per report list; counts stay exact. */
const MAX_LISTED = 200;
const PREVIEW_CHARS = 80;
/** Joins the parts of a multi-row header: `Adresa / Ulica`. */
export const HEADER_JOINER = ' / ';

export type RowExclusionReason = 'total' | 'note' | 'manual';

export interface LayoutRow {
  readonly row: number;
  readonly reason: RowExclusionReason;
  readonly preview: string;
}

export interface LayoutOptions {
  /** Source row (0-based) of the first header row; detected when absent. */
  readonly headerRow?: number | undefined;
  /** Rows the header spans; detected when absent. */
  readonly headerRowCount?: number | undefined;
  readonly excludedRows?: readonly number[] | undefined;
  /** Detected totals/notes rows to keep anyway. */
  readonly includedRows?: readonly number[] | undefined;
  /** Source rows the sheet hides. */
  readonly hiddenRows?: ReadonlySet<number>;
  /** Source columns the sheet hides. */
  readonly hiddenColumns?: ReadonlySet<number>;
}

export type ColumnWarningKind = 'digits-lost' | 'leading-zeros-lost' | 'hidden';

export interface LayoutReport {
  readonly headerRow: number;
  readonly headerRowCount: number;
  readonly titleRows: readonly LayoutRow[];
  readonly excludedRows: readonly LayoutRow[];
  readonly excludedRowCount: number;
  /** Hidden source rows with content (first MAX_LISTED) and their count. */
  readonly hiddenRows: readonly number[];
  readonly hiddenRowCount: number;
  /** Hidden source columns that are in the table. */
  readonly hiddenColumns: readonly number[];
  readonly emptyRowsDropped: number;
  readonly emptyColumnsDropped: number;
  readonly warnings: readonly { columnKey: string; code: ColumnWarningKind; count: number }[];
  /** Source column of each table column (`columns[i]` came from source column sourceColumns[i]). */
  readonly sourceColumns: readonly number[];
}

const TOTAL =
  /^(ukupno|sveukupno|svega|zbir|suma|total|totals|grand total|sum|укупно|свеукупно|свега|збир|сума)(?=$|[\s:.,;(–—-])/;
const NOTE =
  /^(napomena|napomene|напомена|напомене|izvor|извор|sastavio|саставио|obradio|обрадио|potpis|потпис|odgovorno lice|одговорно лице|datum izrade|датум израде|м\.\s?п\.|m\.\s?p\.|\*)/;

function lastNonBlank(cells: readonly RawCell[]): number {
  for (let c = cells.length - 1; c >= 0; c--) {
    if (!isBlankCell(cells[c] ?? null)) return c;
  }
  return -1;
}

function cellText(cell: RawCell): string | null {
  if (cell === null || typeof cell === 'string') return cell;
  if (typeof cell === 'number') return formatGeneralNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (isRawDate(cell)) return cell.iso;
  return isRawError(cell) ? cell.error : null;
}

function normalized(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Text that is a word, not a number or a date. */
function isWordCell(cell: RawCell): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  return text !== '' && scanNumber(text) === null && parseTextDate(text) === null;
}

function preview(cells: readonly RawCell[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const cell of cells) {
    if (isBlankCell(cell ?? null)) continue;
    const text = (cellText(cell ?? null) ?? '').replace(/\s+/g, ' ').trim();
    if (parts[parts.length - 1] === text) continue; // a merged cell, copied across
    parts.push(text);
    length += text.length + 3;
    if (length > PREVIEW_CHARS) break;
  }
  const joined = parts.join(' · ');
  return joined.length > PREVIEW_CHARS ? `${joined.slice(0, PREVIEW_CHARS - 1)}…` : joined;
}

/** First letters of the TOTAL words, lower case (u s z t g, у с з): a cheap test before the regex. */
const TOTAL_INITIALS = new Set([0x75, 0x73, 0x7a, 0x74, 0x67, 0x443, 0x441, 0x437]);

/** Whether the first non-space character of `text` can start a TOTAL word (any case). */
function mayStartTotal(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code > 0x7f && /\s/.test(text[i] as string)) continue; // what trim() also strips
    // ASCII A–Z and Cyrillic А–Я lower-case by adding 0x20.
    const lower =
      (code >= 0x41 && code <= 0x5a) || (code >= 0x410 && code <= 0x42f) ? code + 0x20 : code;
    return TOTAL_INITIALS.has(lower);
  }
  return false;
}

/** A totals row: one of its first three non-empty cells says so. */
export function isTotalsRow(cells: readonly RawCell[]): boolean {
  let seen = 0;
  for (let c = 0; c < cells.length && seen < 3; c++) {
    const cell = cells[c] ?? null;
    if (isBlankCell(cell)) continue;
    seen++;
    if (typeof cell === 'string' && mayStartTotal(cell) && TOTAL.test(normalized(cell))) {
      return true;
    }
  }
  return false;
}

/** Distinct non-empty values: a title merged across the table (copied into every cell) counts once. */
function nonBlankCount(cells: readonly RawCell[]): number {
  const seen = new Set<string>();
  for (const cell of cells) {
    if (!isBlankCell(cell ?? null)) seen.add(cellText(cell ?? null) ?? '');
  }
  return seen.size;
}

interface HeadRow {
  readonly row: number;
  readonly cells: readonly RawCell[];
}

/** Index into `head` of the header row: the first row as wide as a table row and mostly words. */
export function detectHeaderIndex(head: readonly HeadRow[]): number {
  if (head.length === 0) return -1;
  let maxWidth = 0;
  for (const { cells } of head) maxWidth = Math.max(maxWidth, nonBlankCount(cells));
  // Title rows (one merged cell, or a label and a value) only exist above a wider table.
  const minCells = maxWidth >= 3 ? Math.max(2, Math.ceil(maxWidth * 0.6)) : 1;
  for (let i = 0; i < head.length; i++) {
    const cells = (head[i] as HeadRow).cells;
    const n = nonBlankCount(cells);
    if (n < minCells) continue;
    let words = 0;
    for (const cell of cells) if (isWordCell(cell ?? null)) words++;
    if (words * 2 >= n) return i;
  }
  return 0;
}

/** How many rows from `head[start]` form the header (group headers over sub-headers). */
export function detectHeaderRowCount(head: readonly HeadRow[], start: number): number {
  let count = 1;
  while (count < MAX_HEADER_ROWS && start + count < head.length) {
    const above = (head[start + count - 1] as HeadRow).cells;
    const next = head[start + count] as HeadRow;
    if (next.row !== (head[start + count - 1] as HeadRow).row + 1) break;
    const cells = next.cells;
    let anyWordUnderGap = false;
    let allWords = true;
    let blankUnderName = false;
    const width = Math.max(above.length, cells.length);
    for (let c = 0; c < width; c++) {
      const cell = cells[c] ?? null;
      const over = above[c] ?? null;
      if (isBlankCell(cell)) {
        if (!isBlankCell(over)) blankUnderName = true;
        continue;
      }
      if (!isWordCell(cell)) allWords = false;
      const overLeft = c > 0 ? (above[c - 1] ?? null) : null;
      // Under an empty cell, or under a horizontally merged (propagated) group name.
      const gap =
        isBlankCell(over) ||
        (!isBlankCell(overLeft) && cellText(overLeft) === cellText(over) && cell !== over);
      if (gap) anyWordUnderGap = true;
      else if (cellText(cell) === cellText(over)) blankUnderName = true; // vertical merge
    }
    if (!allWords || !anyWordUnderGap || !blankUnderName) break;
    count++;
  }
  return count;
}

/** One name per column from the header rows; group names fill right over their sub-headers. */
export function joinHeaderRows(rows: readonly (readonly RawCell[])[], width: number): string[] {
  const texts = rows.map((cells) => {
    const out: (string | null)[] = [];
    for (let c = 0; c < width; c++) {
      const text = cellText(cells[c] ?? null);
      out.push(text === null || text.trim() === '' ? null : text.replace(/\s+/g, ' ').trim());
    }
    return out;
  });
  for (let r = 0; r < texts.length - 1; r++) {
    const line = texts[r] as (string | null)[];
    for (let c = 1; c < width; c++) {
      const below = texts.slice(r + 1).some((lower) => lower[c] !== null);
      if (line[c] === null && line[c - 1] !== null && below) line[c] = line[c - 1] as string;
    }
  }
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const line of texts) {
      const part = line[c];
      if (part !== null && part !== undefined && parts[parts.length - 1] !== part) parts.push(part);
    }
    names.push(parts.join(HEADER_JOINER));
  }
  return names;
}

export class TableBuilder {
  private readonly options: LayoutOptions;
  private readonly excludedSet: ReadonlySet<number>;
  private readonly includedSet: ReadonlySet<number>;
  private sourceRow = 0;
  /** Rows with content before the header decision. */
  private head: HeadRow[] | null = [];
  private headerRows: (readonly RawCell[])[] | null = null;
  private headerRow = 0;
  private headerRowCount = 0;
  private readonly titleRows: LayoutRow[] = [];
  private readonly columns: RawColumn[] = [];
  /** Source row of each stored data row. */
  private readonly rowSources: number[] = [];
  /** Stored positions that came right after an empty, excluded or totals row. */
  private readonly gapBefore = new Set<number>();
  private gapPending = false;
  private rows = 0;
  private width = 0;
  private readonly excluded: LayoutRow[] = [];
  private excludedCount = 0;
  private readonly hiddenWithContent: number[] = [];
  private hiddenCount = 0;
  private emptyRows = 0;
  private layout: LayoutReport | null = null;

  constructor(options: LayoutOptions = {}) {
    this.options = options;
    this.excludedSet = new Set(options.excludedRows ?? []);
    this.includedSet = new Set(options.includedRows ?? []);
  }

  /** Adds the next source row; `cells[c]` is column c, missing trailing cells are empty. */
  addRow(cells: readonly RawCell[]): void {
    const row = this.sourceRow++;
    const last = lastNonBlank(cells);
    if (last >= 0 && this.options.hiddenRows?.has(row) === true) {
      this.hiddenCount++;
      if (this.hiddenWithContent.length < MAX_LISTED) this.hiddenWithContent.push(row);
    }
    if (this.head !== null) {
      const given = this.options.headerRow;
      if (given !== undefined) {
        if (row < given) {
          if (last >= 0) this.noteTitle(row, cells);
          return;
        }
        if (row === given || this.head.length > 0) {
          this.head.push({ row, cells: cells.slice() });
          if (this.head.length >= MAX_HEADER_ROWS + 1) this.decideHeader();
        }
        return;
      }
      if (last < 0) return;
      this.head.push({ row, cells: cells.slice() });
      if (this.head.length >= HEAD_ROWS) this.decideHeader();
      return;
    }
    this.addDataRow(row, cells, last);
  }

  private noteTitle(row: number, cells: readonly RawCell[]): void {
    if (this.titleRows.length < MAX_LISTED) {
      this.titleRows.push({ row, reason: 'note', preview: preview(cells) });
    }
  }

  private decideHeader(): void {
    const head = this.head ?? [];
    this.head = null;
    if (head.length === 0) return;
    const given = this.options.headerRow;
    const index = given !== undefined ? 0 : detectHeaderIndex(head);
    const count = Math.max(
      1,
      Math.min(
        this.options.headerRowCount ?? detectHeaderRowCount(head, index),
        head.length - index,
        MAX_HEADER_ROWS,
      ),
    );
    for (let i = 0; i < index; i++)
      this.noteTitle((head[i] as HeadRow).row, (head[i] as HeadRow).cells);
    const first = head[index] as HeadRow;
    this.headerRow = first.row;
    this.headerRowCount = count;
    this.headerRows = head.slice(index, index + count).map((h) => h.cells);
    for (const cells of this.headerRows) this.width = Math.max(this.width, lastNonBlank(cells) + 1);
    // Rows buffered after the header replay as data (a given header may have buffered blanks).
    let previous = (head[index + count - 1] as HeadRow).row;
    for (let i = index + count; i < head.length; i++) {
      const { row, cells } = head[i] as HeadRow;
      if (row !== previous + 1) {
        this.gapPending = true;
        this.emptyRows += row - previous - 1;
      }
      previous = row;
      this.addDataRow(row, cells, lastNonBlank(cells));
    }
  }

  private exclude(row: number, reason: RowExclusionReason, cells: readonly RawCell[]): void {
    this.excludedCount++;
    if (this.excluded.length < MAX_LISTED)
      this.excluded.push({ row, reason, preview: preview(cells) });
  }

  private addDataRow(row: number, cells: readonly RawCell[], last: number): void {
    if (last < 0) {
      this.emptyRows++;
      this.gapPending = true;
      return;
    }
    if (this.excludedSet.has(row)) {
      this.exclude(row, 'manual', cells);
      this.gapPending = true;
      return;
    }
    if (!this.includedSet.has(row) && isTotalsRow(cells)) {
      this.exclude(row, 'total', cells);
      this.gapPending = true;
      return;
    }
    while (this.columns.length < last + 1) {
      const column = new RawColumn();
      column.pushEmpty(this.rows);
      this.columns.push(column);
    }
    if (this.gapPending) {
      this.gapBefore.add(this.rows);
      this.gapPending = false;
    }
    for (let c = 0; c < this.columns.length; c++) {
      // `columns[c]` exists: the loop above grew the list to at least `last + 1` columns.
      (this.columns[c] as RawColumn).push(c <= last ? (cells[c] ?? null) : null);
    }
    this.rowSources.push(row);
    this.rows++;
    if (last + 1 > this.width) this.width = last + 1;
  }

  /** The stored row at `r` has exactly one non-empty cell, and it is text. */
  private isSingleTextRow(r: number): boolean {
    let found: string | null = null;
    for (const column of this.columns) {
      const cell = column.get(r);
      if (isBlankCell(cell)) continue;
      // A note merged across the table was copied into every cell: still one note.
      if (typeof cell !== 'string' || (found !== null && cell !== found)) return false;
      found = cell;
    }
    return found !== null;
  }

  private rowCells(r: number): RawCell[] {
    return this.columns.map((column) => column.get(r));
  }

  /** Notes below the table: a tail of one-text-cell rows after a gap, or starting "Napomena:". */
  private dropNotes(): void {
    if (this.width < 3) return;
    let start = this.rows;
    while (start > 0 && this.isSingleTextRow(start - 1)) {
      if (this.includedSet.has(this.rowSources[start - 1] as number)) break;
      start--;
    }
    if (start === this.rows || start === 0) return;
    const firstText = cellText(this.rowCells(start).find((c) => !isBlankCell(c)) ?? null) ?? '';
    if (!this.gapBefore.has(start) && !NOTE.test(normalized(firstText))) return;
    const notes: LayoutRow[] = [];
    for (let r = start; r < this.rows; r++) {
      notes.push({
        row: this.rowSources[r] as number,
        reason: 'note',
        preview: preview(this.rowCells(r)),
      });
    }
    for (const column of this.columns) column.truncate(start);
    this.rowSources.length = start;
    this.rows = start;
    this.excludedCount += notes.length;
    for (const note of notes) if (this.excluded.length < MAX_LISTED) this.excluded.push(note);
  }

  /** The typed table, or null when no row had any content. */
  finish(): Table | null {
    const packed = this.finishPacked();
    return packed === null ? null : unpackTable(packed);
  }

  /**
   * The typed table in packed form (packed-table.ts), or null when no row had any content.
   * `onColumn` gets each column as soon as it is typed.
   */
  finishPacked(onColumn?: ColumnSink): PackedTable | null {
    if (this.head !== null) this.decideHeader();
    if (this.headerRows === null) return null;
    this.dropNotes();
    const rowCount = this.rows;
    const joined = joinHeaderRows(this.headerRows, this.width);
    // Columns with neither a header nor a value are dropped (a stray formatted column).
    const kept: number[] = [];
    for (let c = 0; c < this.width; c++) {
      const hasValue = this.columns[c]?.hasContent === true;
      if (joined[c] !== '' || hasValue) kept.push(c);
    }
    const names = sanitizeHeaderNames(kept.map((c) => joined[c] ?? null));
    const columns: ColumnInfo[] = [];
    const values: PackedValues[] = [];
    const originals: PackedOriginals[] = [];
    const warnings: { columnKey: string; code: ColumnWarningKind; count: number }[] = [];
    const hiddenColumns: number[] = [];
    kept.forEach((source, i) => {
      // A header column that no data row reached is all empty.
      let raw = this.columns[source];
      if (raw === undefined) {
        raw = new RawColumn();
        raw.pushEmpty(rowCount);
      }
      const key = `c${i}`;
      const typed = typeRawColumn(raw);
      const corruption = typed.corruption;
      if (corruption.digitsLost > 0) {
        warnings.push({ columnKey: key, code: 'digits-lost', count: corruption.digitsLost });
      }
      if (corruption.leadingZerosLost > 0) {
        warnings.push({
          columnKey: key,
          code: 'leading-zeros-lost',
          count: corruption.leadingZerosLost,
        });
      }
      if (this.options.hiddenColumns?.has(source) === true) {
        hiddenColumns.push(source);
        warnings.push({ columnKey: key, code: 'hidden', count: rowCount });
      }
      // Free the raw cells as soon as the column is typed: peak memory stays near one table.
      this.columns[source] = new RawColumn();
      columns.push({ key, name: names[i] ?? '', type: typed.type });
      values.push(typed.values);
      originals.push(typed.originals);
      onColumn?.(i, typed.values, typed.originals, rowCount);
    });
    this.layout = {
      headerRow: this.headerRow,
      headerRowCount: this.headerRowCount,
      titleRows: this.titleRows,
      excludedRows: this.excluded,
      excludedRowCount: this.excludedCount,
      hiddenRows: this.hiddenWithContent,
      hiddenRowCount: this.hiddenCount,
      hiddenColumns,
      emptyRowsDropped: this.emptyRows,
      emptyColumnsDropped: this.width - kept.length,
      warnings,
      sourceColumns: kept,
    };
    return { columns, values, originals, rowCount };
  }

  /** The layout decisions; available after finish() returned a table. */
  report(): LayoutReport {
    if (this.layout === null) throw new Error('TableBuilder.report() before finish()');
    return this.layout;
  }
}
