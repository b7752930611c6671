/**
 * The synchronous reading pipeline that runs inside the reader worker: open → pre-flight checks
 * (size, magic bytes, ZIP bomb guard) → read the bytes → parse → typed Table. Every failure is a
 * closed error code with details for the clerk's message; no message carries a cell value.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import {
  fail,
  ok,
  type ImportReport,
  type ReadOptions,
  type Result,
  type WorkbookFormat,
} from '../../../shared/contract';
import { fileByteSource, type ByteSource } from './byte-source';
import { inspectCfb } from './cfb-inspect';
import { readCsv, readCsvChunked, type CsvRead } from './csv-read';
import { detectFormat, fileExtension, type DetectedFormat } from './detect-format';
import { DEFAULT_READ_LIMITS, DEFAULT_ZIP_LIMITS, type ZipLimits } from './read-limits';
import { noProgress, type PreviewSink, type ReadProgress } from './read-progress';
import type { PackedReadWorkbook, ReadWorkbook } from './reader-api';
import { unpackTable, type ColumnSink } from '../../../shared/table/packed-table';
import { chooseReadPath, type ReadPath, type ReadStrategy } from './read-strategy';
import { readSpreadsheet, type SheetRead } from './sheetjs-read';
import { readXlsxStreaming } from './xlsx-stream/xlsx-stream-read';
import { checkPartsForSheetJs } from './zip-guard';

export interface ReadFileOptions {
  /** Checked again here although the parent checked it: the file may have grown since. */
  readonly maxFileBytes?: number;
  readonly zipLimits?: ZipLimits;
  /** The clerk's choices (encoding, delimiter, sheet, header row, excluded rows). */
  readonly read?: ReadOptions;
  /** Reader choice; `auto` (default) decides by format and size (read-strategy.ts). */
  readonly strategy?: ReadStrategy;
  /** Receives the first rows as soon as they are read, before the whole file is. */
  readonly onPreview?: PreviewSink;
  /** Receives each column of the table as soon as it is typed (the worker sends it on). */
  readonly onColumn?: ColumnSink;
}

/** The contract's report from what the reader decided. */
export function importReport(read: SheetRead | CsvRead, options: ReadOptions): ImportReport {
  const { layout } = read;
  return {
    ...('text' in read ? { text: read.text } : {}),
    headerRow: layout.headerRow,
    headerRowCount: layout.headerRowCount,
    titleRows: layout.titleRows,
    excludedRows: layout.excludedRows,
    excludedRowCount: layout.excludedRowCount,
    hiddenRows: layout.hiddenRows,
    hiddenRowCount: layout.hiddenRowCount,
    hiddenColumns: layout.hiddenColumns,
    emptyRowsDropped: layout.emptyRowsDropped,
    emptyColumnsDropped: layout.emptyColumnsDropped,
    mergedRanges: read.mergedRanges,
    warnings: layout.warnings,
    options,
  };
}

const CHUNK_BYTES = 8 * 1024 * 1024;

function internalFailure(error: unknown): Result<never> {
  // A bug in our code, not a property of the file; the class name is enough to find it.
  const name = error instanceof Error ? error.name : typeof error;
  return fail('INTERNAL', `reader failed unexpectedly (${name})`);
}

/** File-system errors carry an errno code (ENOENT, EACCES, EBUSY …); anything else is a bug. */
function ioFailure(error: unknown): Result<never> {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return internalFailure(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return fail('NOT_FOUND', 'the file does not exist');
  return fail('FILE_UNREADABLE', 'the file could not be read', { reason: code });
}

function readAll(fd: number, size: number, onProgress: ReadProgress): Uint8Array {
  const source = fileByteSource(fd, size);
  const bytes = Buffer.allocUnsafe(size);
  let done = 0;
  onProgress('reading', 0, size);
  while (done < size) {
    const chunk = source.read(done, Math.min(CHUNK_BYTES, size - done));
    if (chunk.length === 0) break; // the file shrank: parse what is there
    bytes.set(chunk, done);
    done += chunk.length;
    onProgress('reading', done, size);
  }
  return done === size ? bytes : bytes.subarray(0, done);
}

interface ParseContext {
  readonly fileName: string;
  readonly onProgress: ReadProgress;
  readonly options: ReadOptions;
  readonly zipLimits: ZipLimits;
  readonly path: ReadPath;
  readonly onPreview: PreviewSink | undefined;
  readonly onColumn: ColumnSink | undefined;
}

function finishRead(
  format: WorkbookFormat,
  read: Result<SheetRead | CsvRead>,
  options: ReadOptions,
): Result<PackedReadWorkbook> {
  if (!read.ok) return read;
  const { sheets, sheetIndex, table } = read.value;
  return ok({ format, sheets, sheetIndex, table, report: importReport(read.value, options) });
}

/** The streaming xlsx reader turned the file down in a way SheetJS can still read. */
function wantsSheetJs(read: Result<unknown>): boolean {
  return (
    !read.ok &&
    read.error.code === 'FILE_UNSUPPORTED' &&
    (read.error.details as { detected?: unknown } | undefined)?.detected ===
      'xlsx-rows-out-of-order'
  );
}

function parse(
  detected: DetectedFormat,
  bytes: Uint8Array,
  context: ParseContext,
): Result<PackedReadWorkbook> {
  const { fileName, onProgress, options, onPreview, onColumn } = context;
  switch (detected.kind) {
    case 'zip': {
      const sized = checkPartsForSheetJs(detected.entries, context.zipLimits);
      if (!sized.ok) return sized;
      return finishRead(
        detected.format,
        readSpreadsheet(bytes, onProgress, options, onPreview, onColumn),
        options,
      );
    }
    case 'cfb': {
      const content = inspectCfb(bytes);
      if (content === 'encrypted') {
        return fail('FILE_ENCRYPTED', 'encrypted workbook (EncryptionInfo stream)');
      }
      if (content === 'corrupt') return fail('FILE_CORRUPT', 'damaged compound file');
      if (content === 'other') {
        return fail('FILE_UNSUPPORTED', 'compound file without a workbook', {
          detected: 'office-document',
          extension: fileExtension(fileName),
        });
      }
      return finishRead(
        'xls',
        readSpreadsheet(bytes, onProgress, options, onPreview, onColumn),
        options,
      );
    }
    case 'text': {
      const read =
        context.path === 'csv-stream'
          ? readCsvChunked(bytes, fileName, onProgress, options, onPreview, undefined, onColumn)
          : readCsv(bytes, fileName, onProgress, options, onPreview, onColumn);
      return finishRead('csv', read, options);
    }
  }
}

/** The streaming xlsx path, reading from the open file; null when SheetJS should read it. */
function streamXlsx(
  detected: DetectedFormat & { kind: 'zip' },
  source: ByteSource,
  context: ParseContext,
): Result<PackedReadWorkbook> | null {
  const read = readXlsxStreaming(
    source,
    detected.entries,
    context.onProgress,
    context.options,
    context.onPreview,
    undefined,
    context.onColumn,
  );
  if (wantsSheetJs(read)) return null;
  return finishRead(detected.format, read, context.options);
}

/**
 * Reads the first visible sheet with data of a workbook or CSV file. Synchronous and CPU-heavy:
 * call it in the reader worker (reader-worker.ts), never on a thread that serves the UI.
 */
export function readWorkbookFile(
  filePath: string,
  fileName: string,
  onProgress: ReadProgress = noProgress,
  options: ReadFileOptions = {},
): Result<ReadWorkbook> {
  const read = readWorkbookFilePacked(filePath, fileName, onProgress, options);
  return read.ok ? ok({ ...read.value, table: unpackTable(read.value.table) }) : read;
}

/** readWorkbookFile with the table still packed (packed-table.ts), as the reader worker sends it. */
export function readWorkbookFilePacked(
  filePath: string,
  fileName: string,
  onProgress: ReadProgress = noProgress,
  options: ReadFileOptions = {},
): Result<PackedReadWorkbook> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  onProgress('checking', 0, 1);
  let fd: number;
  try {
    fd = openSync(filePath, 'r');
  } catch (error) {
    return ioFailure(error);
  }
  let bytes: Uint8Array;
  let detected: DetectedFormat;
  let context: ParseContext;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return fail('FILE_UNREADABLE', 'not a regular file', { reason: 'not-a-file' });
    }
    if (stat.size > maxFileBytes) {
      return fail('FILE_TOO_LARGE', 'the file is larger than the limit', {
        size: stat.size,
        limit: maxFileBytes,
      });
    }
    const zipLimits = options.zipLimits ?? DEFAULT_ZIP_LIMITS;
    const source = fileByteSource(fd, stat.size);
    const detection = detectFormat(source, fileName, zipLimits);
    if (!detection.ok) return detection;
    detected = detection.value;
    onProgress('checking', 1, 1);
    context = {
      fileName,
      onProgress,
      options: options.read ?? {},
      zipLimits,
      path: chooseReadPath(detected, stat.size, options.strategy ?? 'auto', zipLimits),
      onPreview: options.onPreview,
      onColumn: options.onColumn,
    };
    if (context.path === 'xlsx-stream' && detected.kind === 'zip') {
      try {
        const streamed = streamXlsx(detected, source, context);
        if (streamed !== null) return streamed;
      } catch (error) {
        if (isIoError(error)) throw error;
        return internalFailure(error);
      }
    }
    bytes = readAll(fd, stat.size, onProgress);
  } catch (error) {
    return ioFailure(error);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Nothing was written; a failed close cannot lose data.
    }
  }
  try {
    return parse(detected, bytes, context);
  } catch (error) {
    return internalFailure(error);
  }
}

function isIoError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | null)?.code === 'string';
}
