/**
 * Reads xlsx/xlsm/xls/ods bytes with SheetJS into a typed Table. Options per architecture.md §4:
 * dense mode (sparse is ~1.9× slower and does not finish 1M rows), no formulas, HTML, styles or
 * VBA; number formats kept (`cellNF`) because they tell dates and zero-padded identifiers apart;
 * no formatted text (`cellText: false`): SheetJS would format every number US-style for nothing.
 */
import * as XLSX from 'xlsx';
import type { CellObject, WorkBook, WorkSheet } from 'xlsx';
import { fail, ok, type ReadOptions, type Result, type SheetInfo } from '../../../shared/contract';
import { isBlankCell, type RawCell } from '../../../shared/table/raw-cell';
import { TableBuilder, type LayoutReport } from '../../../shared/table/build-table';
import type { ColumnSink, PackedTable } from '../../../shared/table/packed-table';
import { readOdsVisibility } from './ods-visibility';
import { CellConverter } from './sheet-cells';
import {
  PreviewCollector,
  ROWS_PER_PROGRESS,
  type PreviewSink,
  type ReadProgress,
} from './read-progress';

export interface SheetRead {
  readonly sheets: readonly SheetInfo[];
  readonly sheetIndex: number;
  readonly table: PackedTable;
  readonly layout: LayoutReport;
  /** Merged ranges whose value was copied into all their cells. */
  readonly mergedRanges: number;
}

/** Most cells filled from merged ranges (a whole-column merge must not cost a million copies). */
const MAX_MERGE_FILL = 1_000_000;

const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellFormula: false,
  cellHTML: false,
  // Needed for the hidden flags of rows and columns (`!rows`, `!cols`): hidden data leaks.
  cellStyles: true,
  bookVBA: false,
  cellDates: false,
  cellNF: true,
  cellText: false,
};

function parseFailure(error: unknown): Result<never> {
  const message = error instanceof Error ? error.message : '';
  // SheetJS says "File is password-protected" for encrypted xls (FILEPASS) and wrapped xlsx.
  if (/password|encrypt/i.test(message)) {
    return fail('FILE_ENCRYPTED', 'workbook is password-protected');
  }
  if (error instanceof RangeError) return fail('FILE_TOO_LARGE', 'workbook part exceeds V8 limits');
  // SheetJS messages may quote file content, so only the error's class goes into ours.
  const name = error instanceof Error ? error.name : typeof error;
  return fail('FILE_CORRUPT', `SheetJS could not parse the workbook (${name})`);
}

function rowsOf(sheet: WorkSheet): readonly (CellObject[] | undefined)[] {
  return (sheet['!data'] as (CellObject[] | undefined)[] | undefined) ?? [];
}

function hasContent(sheet: WorkSheet, converter: CellConverter): boolean {
  for (const row of rowsOf(sheet)) {
    if (row === undefined) continue;
    for (let c = 0; c < row.length; c++) {
      if (!isBlankCell(converter.convert(row[c]))) return true;
    }
  }
  return false;
}

function sheetList(workbook: WorkBook): SheetInfo[] {
  const meta = workbook.Workbook?.Sheets ?? [];
  return workbook.SheetNames.map((name, i) => ({ name, hidden: (meta[i]?.Hidden ?? 0) !== 0 }));
}

type DenseRows = (CellObject[] | undefined)[];

/** Copies each merged range's top-left cell into the range: merged headers name every column. */
function fillMerges(sheet: WorkSheet): number {
  const merges = sheet['!merges'] ?? [];
  const rows = (sheet['!data'] as DenseRows | undefined) ?? [];
  let filled = 0;
  let ranges = 0;
  for (const merge of merges) {
    const origin = rows[merge.s.r]?.[merge.s.c];
    if (origin === undefined || origin.t === 'z') continue;
    const size = (merge.e.r - merge.s.r + 1) * (merge.e.c - merge.s.c + 1);
    if (filled + size > MAX_MERGE_FILL) break;
    filled += size;
    ranges++;
    for (let r = merge.s.r; r <= merge.e.r; r++) {
      const row = rows[r] ?? (rows[r] = []);
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        if (r !== merge.s.r || c !== merge.s.c) row[c] = origin;
      }
    }
  }
  return ranges;
}

function hiddenIndexes(list: readonly ({ hidden?: boolean } | undefined | null)[] | undefined) {
  const hidden = new Set<number>();
  list?.forEach((info, i) => {
    if (info?.hidden === true) hidden.add(i);
  });
  return hidden;
}

export function readSpreadsheet(
  bytes: Uint8Array,
  onProgress: ReadProgress,
  options: ReadOptions = {},
  onPreview?: PreviewSink,
  onColumn?: ColumnSink,
): Result<SheetRead> {
  onProgress('parsing', 0, 1);
  let workbook: WorkBook;
  try {
    workbook = XLSX.read(bytes, PARSE_OPTIONS);
  } catch (error) {
    return parseFailure(error);
  }
  onProgress('parsing', 1, 1);

  // SheetJS reads no visibility from ODS: hidden sheets, rows and columns come from content.xml.
  const ods = workbook.bookType === 'ods' ? readOdsVisibility(bytes) : null;
  const sheets = sheetList(workbook).map((info, i) =>
    ods?.[i]?.hidden === true ? { ...info, hidden: true } : info,
  );
  // SheetJS silently drops a sheet whose XML is longer than V8's maximum string (architecture.md
  // §4): a listed sheet without data must never be read as "fewer rows".
  const dropped = workbook.SheetNames.findIndex((name) => workbook.Sheets[name] === undefined);
  if (dropped >= 0) {
    return fail('FILE_TOO_LARGE', 'a sheet was too large for SheetJS and was dropped', {
      sheet: dropped + 1,
    });
  }
  const converter = new CellConverter(workbook.Workbook?.WBProps?.date1904 === true);
  const chosen =
    options.sheetName === undefined ? -1 : workbook.SheetNames.indexOf(options.sheetName);
  const sheetIndex =
    chosen >= 0
      ? chosen
      : sheets.findIndex((info, i) => {
          const sheet = workbook.Sheets[workbook.SheetNames[i] ?? ''];
          return !info.hidden && sheet !== undefined && hasContent(sheet, converter);
        });
  const sheet = sheetIndex < 0 ? undefined : workbook.Sheets[workbook.SheetNames[sheetIndex] ?? ''];
  if (sheet === undefined) return fail('FILE_EMPTY', 'no visible sheet has data');

  const mergedRanges = fillMerges(sheet);
  const rows = rowsOf(sheet);
  const builder = new TableBuilder({
    headerRow: options.headerRow,
    headerRowCount: options.headerRowCount,
    excludedRows: options.excludedRows,
    includedRows: options.includedRows,
    hiddenRows: ods?.[sheetIndex]?.hiddenRows ?? hiddenIndexes(sheet['!rows']),
    hiddenColumns: ods?.[sheetIndex]?.hiddenColumns ?? hiddenIndexes(sheet['!cols']),
  });
  onProgress('building', 0, rows.length);
  const preview = new PreviewCollector(onPreview);
  const cells: RawCell[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    cells.length = 0;
    if (row !== undefined) {
      // A dense row may have holes; index access turns them into empty cells.
      for (let c = 0; c < row.length; c++) cells.push(converter.convert(row[c]));
    }
    builder.addRow(cells);
    preview.add(cells);
    if ((r + 1) % ROWS_PER_PROGRESS === 0) onProgress('building', r + 1, rows.length);
  }
  preview.flush();
  const table = builder.finishPacked(onColumn);
  if (table === null) return fail('FILE_EMPTY', 'the sheet has no data');
  onProgress('building', rows.length, rows.length);
  return ok({ sheets, sheetIndex, table, layout: builder.report(), mergedRanges });
}
