/**
 * Turns rows of raw cells (as a reader meets them, row by row) into a columnar, typed Table:
 * the first non-empty row is the header (title-row detection comes later), rows before it are
 * skipped, fully empty trailing rows and columns are dropped, and each column is typed by
 * infer.ts. Linear in the number of cells; rows are never held twice.
 */
import type { CellValue, ColumnInfo, Table } from './types';
import { isBlankCell, isRawDate, isRawError, type RawCell } from './raw-cell';
import { sanitizeHeaderNames } from './header-names';
import { formatGeneralNumber } from './format-number';
import { typeColumn } from './infer';

function lastNonBlank(cells: readonly RawCell[]): number {
  for (let c = cells.length - 1; c >= 0; c--) {
    if (!isBlankCell(cells[c] ?? null)) return c;
  }
  return -1;
}

function headerText(cell: RawCell): string | null {
  if (cell === null || typeof cell === 'string') return cell;
  if (typeof cell === 'number') return formatGeneralNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (isRawDate(cell)) return cell.iso;
  return isRawError(cell) ? cell.error : null;
}

export class TableBuilder {
  private header: readonly RawCell[] | null = null;
  private readonly columns: RawCell[][] = [];
  /** Data rows stored in `columns`. */
  private rows = 0;
  /**
   * Empty rows seen since the last row with content, stored only when content follows: a sheet
   * "formatted" down to row 1,048,576 must not cost a million rows of nulls.
   */
  private pendingEmptyRows = 0;
  private width = 0;

  /** Adds the next source row; `cells[c]` is column c, missing trailing cells are empty. */
  addRow(cells: readonly RawCell[]): void {
    const last = lastNonBlank(cells);
    if (this.header === null) {
      if (last < 0) return; // blank rows above the header
      this.header = cells.slice(0, last + 1);
      this.width = last + 1;
      return;
    }
    if (last < 0) {
      this.pendingEmptyRows++;
      return;
    }
    while (this.columns.length < last + 1) {
      this.columns.push(new Array<RawCell>(this.rows).fill(null));
    }
    const emptyRows = this.pendingEmptyRows;
    this.pendingEmptyRows = 0;
    for (let c = 0; c < this.columns.length; c++) {
      // `columns[c]` exists: the loop above grew the list to at least `last + 1` columns.
      const column = this.columns[c] as RawCell[];
      for (let e = 0; e < emptyRows; e++) column.push(null);
      column.push(c <= last ? (cells[c] ?? null) : null);
    }
    this.rows += emptyRows + 1;
    if (last + 1 > this.width) this.width = last + 1;
  }

  /** The typed table, or null when no row had any content. */
  finish(): Table | null {
    if (this.header === null) return null;
    // Trailing empty rows were never stored (see pendingEmptyRows).
    const rowCount = this.rows;
    const headerCells: (string | null)[] = [];
    for (let c = 0; c < this.width; c++) headerCells.push(headerText(this.header[c] ?? null));
    const names = sanitizeHeaderNames(headerCells);
    const columns: ColumnInfo[] = [];
    const values: CellValue[][] = [];
    const originals: Map<number, string>[] = [];
    for (let c = 0; c < this.width; c++) {
      // A header column that no data row reached is all empty.
      const raw = this.columns[c] ?? new Array<RawCell>(rowCount).fill(null);
      const typed = typeColumn(raw);
      // Free the raw cells as soon as the column is typed: peak memory stays near one table.
      this.columns[c] = [];
      columns.push({ key: `c${c}`, name: names[c] ?? '', type: typed.type });
      values.push(typed.values);
      originals.push(typed.originals);
    }
    return { columns, values, originals, rowCount };
  }
}
