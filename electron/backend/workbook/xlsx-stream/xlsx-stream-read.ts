/**
 * The streaming xlsx/xlsm reader for large workbooks (issue 3 §5): the sheet part is inflated in
 * chunks and tokenized row by row straight into the table builder, so neither the whole sheet
 * XML nor a cell object per cell is ever held, and the first rows are known (for the preview)
 * after the first chunk. Its results equal the SheetJS path's (tests/unit/workbook/
 * stream-equivalence.test.ts); anything it does not read the way SheetJS does (rows out of
 * order) comes back as FILE_UNSUPPORTED with `detected: 'xlsx-rows-out-of-order'`, and the
 * caller falls back to SheetJS.
 */
import {
  fail,
  ok,
  type ReadOptions,
  type Result,
  type SheetInfo,
} from '../../../../shared/contract';
import { TableBuilder } from '../../../../shared/table/build-table';
import type { ColumnSink } from '../../../../shared/table/packed-table';
import type { ByteSource } from '../byte-source';
import {
  PreviewCollector,
  ROWS_PER_PROGRESS,
  type PreviewSink,
  type ReadProgress,
} from '../read-progress';
import { CellConverter } from '../sheet-cells';
import type { SheetRead } from '../sheetjs-read';
import type { ZipEntry } from '../zip-directory';
import { CHUNK_BYTES, inflateEntry, inflateEntryStart } from './entry-chunks';
import { findMergedRanges } from './merged-ranges';
import { SheetRows } from './sheet-rows';
import {
  PackageParts,
  readSharedStrings,
  readSharedStringsStart,
  readWorkbookParts,
  type WorkbookParts,
} from './workbook-parts';
import { rootPrefix, XmlChunks } from './xml-chunks';

const utf8 = new TextDecoder('utf-8');

/** Rows the sheet's `<dimension ref="A1:O500001">` declares, or null. */
function dimensionRows(head: string): number | null {
  const match = /<(?:[\w.-]+:)?dimension\s+ref=["'][A-Z]+(\d+)(?::[A-Z]+(\d+))?["']/.exec(head);
  if (match === null) return null;
  const rows = parseInt(match[2] ?? match[1] ?? '', 10);
  return Number.isFinite(rows) && rows > 0 ? rows : null;
}

interface SheetAttempt {
  readonly builder: TableBuilder;
  readonly mergedRanges: number;
}

interface SheetSetup {
  readonly strings: readonly (string | null)[];
  readonly parts: WorkbookParts;
}

/** Rows of the sheet's first compressed bytes for the preview, before the part is inflated. */
function previewFromStart(
  source: ByteSource,
  entry: ZipEntry,
  setup: SheetSetup,
  onPreview: PreviewSink | undefined,
): void {
  if (onPreview === undefined) return;
  const start = inflateEntryStart(source, entry);
  if (start === null) return;
  const prefix = rootPrefix(utf8.decode(start.subarray(0, 4096)));
  const preview = new PreviewCollector(onPreview);
  const rows = new SheetRows(prefix, {
    strings: setup.strings,
    formats: setup.parts.styleFormats,
    converter: new CellConverter(setup.parts.date1904),
    date1904: setup.parts.date1904,
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    onRow: (cells) => preview.add(cells),
  });
  // Only complete rows are parsed: the cut tail of the piece waits for a push that never comes.
  new XmlChunks(`</${prefix}row>`, (text) => rows.push(text)).push(start);
  if (rows.error() === null) preview.flush();
}

function readSheet(
  source: ByteSource,
  setup: SheetSetup,
  entry: ZipEntry,
  options: ReadOptions,
  onProgress: ReadProgress,
  onPreview: PreviewSink | undefined,
  chunkBytes: number | undefined,
): Result<SheetAttempt> {
  onProgress('reading', 0, entry.compressedSize);
  const inflated = inflateEntry(source, entry);
  if (!inflated.ok) return inflated;
  const sheet = inflated.value;
  onProgress('reading', entry.compressedSize, entry.compressedSize);
  const prefix = rootPrefix(utf8.decode(sheet.subarray(0, 4096)));
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  const builder = new TableBuilder({
    headerRow: options.headerRow,
    headerRowCount: options.headerRowCount,
    excludedRows: options.excludedRows,
    includedRows: options.includedRows,
    hiddenRows,
    hiddenColumns,
  });
  let rows = 0;
  const sheetRows = new SheetRows(prefix, {
    strings: setup.strings,
    formats: setup.parts.styleFormats,
    converter: new CellConverter(setup.parts.date1904),
    date1904: setup.parts.date1904,
    merges: findMergedRanges(sheet, prefix),
    hiddenRows,
    hiddenColumns,
    onRow: (cells) => {
      builder.addRow(cells);
      rows++;
    },
  });
  const chunks = new XmlChunks(`</${prefix}row>`, (text) => sheetRows.push(text));
  const step = chunkBytes ?? CHUNK_BYTES;
  let lastReported = 0;
  // Parsing counts rows (as the UI expects): the sheet's dimension says how many, else the
  // share of the part read so far gives an estimate.
  const declared = dimensionRows(utf8.decode(sheet.subarray(0, 4096)));
  onProgress('parsing', 0, declared ?? 0);
  for (let at = 0; at < sheet.length; at += step) {
    const end = Math.min(sheet.length, at + step);
    chunks.push(sheet.subarray(at, end));
    // A string index past the table ends the read: the file is damaged.
    if (sheetRows.error() !== null) break;
    if (rows - lastReported >= ROWS_PER_PROGRESS) {
      lastReported = rows;
      const total = declared ?? Math.round((rows * sheet.length) / end);
      onProgress('parsing', rows, Math.max(rows, total));
    }
  }
  chunks.end();
  const finished = sheetRows.finish();
  if (!finished.ok) return finished;
  onProgress('parsing', rows, rows);
  return ok({ builder, mergedRanges: sheetRows.filledRanges });
}

/** Reads the chosen (or first visible non-empty) sheet of an xlsx/xlsm package. */
export function readXlsxStreaming(
  source: ByteSource,
  entries: readonly ZipEntry[],
  onProgress: ReadProgress,
  options: ReadOptions = {},
  onPreview?: PreviewSink,
  /** Compressed bytes per step; tests make it tiny to cut rows and characters anywhere. */
  chunkBytes?: number,
  onColumn?: ColumnSink,
): Result<SheetRead> {
  // Reading covers the package parts, the shared strings and inflating the sheet.
  onProgress('reading', 0, source.size);
  const parts = new PackageParts(source, entries);
  const workbook = readWorkbookParts(parts);
  if (!workbook.ok) return workbook;
  const sheets: SheetInfo[] = workbook.value.sheets.map(({ name, hidden }) => ({ name, hidden }));
  const chosen =
    options.sheetName === undefined ? -1 : sheets.findIndex((s) => s.name === options.sheetName);
  const candidates = chosen >= 0 ? [chosen] : sheets.flatMap((info, i) => (info.hidden ? [] : [i]));
  const entryOf = (index: number): ZipEntry | undefined => {
    const part = workbook.value.sheets[index]?.part ?? null;
    return part === null ? undefined : parts.entry(part);
  };
  // The preview comes before the shared strings are read: Excel lists strings in order of first
  // use, so the first rows need only the start of the table.
  const first = candidates.map(entryOf).find((entry) => entry !== undefined);
  if (first !== undefined && onPreview !== undefined) {
    const head = readSharedStringsStart(source, workbook.value.sharedStrings);
    previewFromStart(source, first, { strings: head, parts: workbook.value }, onPreview);
  }
  const strings = readSharedStrings(source, workbook.value.sharedStrings);
  if (!strings.ok) return strings;
  for (const index of candidates) {
    const entry = entryOf(index);
    // A sheet without a part (a chart sheet, a broken link) has no cells.
    if (entry === undefined) continue;
    const attempt = readSheet(
      source,
      { strings: strings.value, parts: workbook.value },
      entry,
      options,
      onProgress,
      onPreview,
      chunkBytes,
    );
    if (!attempt.ok) return attempt;
    const { builder, mergedRanges } = attempt.value;
    onProgress('building', 0, 1);
    const table = builder.finishPacked(onColumn);
    const built = table?.rowCount ?? 0;
    if (table === null) {
      // The clerk's chosen sheet is read even when empty; otherwise try the next visible one.
      if (chosen >= 0) return fail('FILE_EMPTY', 'the sheet has no data');
      continue;
    }
    onProgress('building', built, built);
    return ok({ sheets, sheetIndex: index, table, layout: builder.report(), mergedRanges });
  }
  return fail('FILE_EMPTY', 'no visible sheet has data');
}
