/**
 * Raw cells of the first rows → the display text the preview event carries (job-preview.ts):
 * numbers as Excel's General format writes them, dates as ISO, cut to the event's bounds.
 */
import {
  PREVIEW_MAX_CELL_CHARS,
  PREVIEW_MAX_COLUMNS,
  PREVIEW_MAX_ROWS,
} from '../../../shared/contract/job-preview';
import { formatGeneralNumber } from '../../../shared/table/format-number';
import { isRawDate, isRawError, type RawCell } from '../../../shared/table/raw-cell';

function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return formatGeneralNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isRawDate(cell)) return cell.iso;
  return isRawError(cell) ? cell.error : '';
}

function bounded(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > PREVIEW_MAX_CELL_CHARS
    ? `${flat.slice(0, PREVIEW_MAX_CELL_CHARS - 1)}…`
    : flat;
}

/** Drops empty rows (a preview shows content) and trailing empty cells. */
export function previewRows(rows: readonly (readonly RawCell[])[]): string[][] {
  const out: string[][] = [];
  for (const row of rows) {
    if (out.length >= PREVIEW_MAX_ROWS) break;
    const cells: string[] = [];
    for (let c = 0; c < Math.min(row.length, PREVIEW_MAX_COLUMNS); c++) {
      cells.push(bounded(cellText(row[c])));
    }
    while (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
    if (cells.length > 0) out.push(cells);
  }
  return out;
}
