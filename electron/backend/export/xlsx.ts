/**
 * XLSX export with typed cells, written by SheetJS: numbers as numbers, dates as real Excel
 * dates (serial + an ISO number format, so they sort and filter as dates), booleans as booleans,
 * and every text — identifiers (JMBG, accounts, postal codes with leading zeros) included — as a
 * string cell. A string cell is never evaluated, so formula injection needs no apostrophe here:
 * `=HYPERLINK(...)` in a text cell stays text (OWASP's concern is CSV, which has no types).
 * No formula cells are ever written.
 */
import * as XLSX from 'xlsx';
import type { CellObject, WorkSheet } from 'xlsx';
import type { CellValue, ColumnType, Table } from '../../../shared/table/types';
import { isoDateToExcelSerial } from '../../../shared/table/excel-date';

/** Excel's limit per cell; a longer text makes Excel "repair" (drop) the file's contents. */
export const MAX_CELL_TEXT = 32767;
const DATE_FORMAT = 'yyyy-mm-dd';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?$/;

export interface XlsxOptions {
  /** Sheet name (Excel: at most 31 characters, none of `[]:*?/\`). */
  readonly sheetName?: string;
  /** Header texts per column; the column names when absent. */
  readonly headers?: readonly string[];
}

export interface XlsxExport {
  readonly bytes: Uint8Array;
  /** Texts cut to MAX_CELL_TEXT characters (reported to the clerk, never silent). */
  readonly truncatedCells: number;
}

function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31);
  return cleaned === '' ? 'Podaci' : cleaned;
}

function dateCell(iso: string): CellObject | null {
  const m = ISO_DATE.exec(iso);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s] = m;
  const serial = isoDateToExcelSerial(Number(y), Number(mo), Number(d));
  if (h === undefined) return { t: 'n', v: serial, z: DATE_FORMAT };
  const time = (Number(h) * 3600 + Number(mi) * 60 + Number(s)) / 86400;
  return { t: 'n', v: serial + time, z: DATETIME_FORMAT };
}

export function cellFor(
  value: CellValue,
  type: ColumnType,
  counter: { truncated: number },
): CellObject | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : null;
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (type === 'date' || type === 'datetime') {
    const date = dateCell(value);
    if (date !== null) return date;
  }
  if (value.length > MAX_CELL_TEXT) {
    counter.truncated++;
    return { t: 's', v: value.slice(0, MAX_CELL_TEXT) };
  }
  return { t: 's', v: value };
}

export function tableToXlsx(table: Table, options: XlsxOptions = {}): XlsxExport {
  const counter = { truncated: 0 };
  const header: (CellObject | null)[] = table.columns.map((column, c) => ({
    t: 's',
    v: options.headers?.[c] ?? column.name,
  }));
  const rows: (CellObject | null)[][] = [header];
  for (let r = 0; r < table.rowCount; r++) {
    const row: (CellObject | null)[] = new Array<CellObject | null>(table.columns.length);
    for (let c = 0; c < table.columns.length; c++) {
      const type = table.columns[c]?.type ?? 'text';
      row[c] = cellFor(table.values[c]?.[r] ?? null, type, counter);
    }
    rows.push(row);
  }
  const sheet: WorkSheet = XLSX.utils.aoa_to_sheet(rows, { dense: true });
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, safeSheetName(options.sheetName ?? 'Podaci'));
  const bytes = XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    compression: true,
  }) as Uint8Array;
  return { bytes, truncatedCells: counter.truncated };
}
