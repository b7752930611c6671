/**
 * Reads CSV/text bytes into a typed Table with our own decoder and parser (never SheetJS's CSV
 * path, which would turn `0101990710006` into a number). Records go straight into the table
 * builder, so the file is held once as text and once as the table.
 */
import {
  fail,
  ok,
  type Delimiter,
  type ReadOptions,
  type Result,
  type TextEncoding,
} from '../../../shared/contract';
import { TableBuilder } from '../../../shared/table/build-table';
import type { ColumnSink } from '../../../shared/table/packed-table';
import { detectDelimiter, SAMPLE_CHARS } from './csv-delimiter';
import { parseCsv } from './csv-parse';
import { PreviewCollector, type PreviewSink, type ReadProgress } from './read-progress';
import type { SheetRead } from './sheetjs-read';
import { decodeText } from './text-decode';
import { chooseTextEncoding, TextChunks } from './text-chunks';

/** The sheet name shown for a CSV file: its name without the extension. */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export interface CsvRead extends SheetRead {
  readonly text: { encoding: TextEncoding; delimiter: Delimiter | null; confidence: number };
}

function builderFor(options: ReadOptions): TableBuilder {
  return new TableBuilder({
    headerRow: options.headerRow,
    headerRowCount: options.headerRowCount,
    excludedRows: options.excludedRows,
    includedRows: options.includedRows,
  });
}

function finishCsv(
  builder: TableBuilder,
  fileName: string,
  onProgress: ReadProgress,
  text: CsvRead['text'],
  onColumn: ColumnSink | undefined,
): Result<CsvRead> {
  onProgress('building', 0, 1);
  const table = builder.finishPacked(onColumn);
  if (table === null) return fail('FILE_EMPTY', 'the text file has no data');
  onProgress('building', 1, 1);
  return ok({
    sheets: [{ name: csvSheetName(fileName), hidden: false }],
    sheetIndex: 0,
    table,
    layout: builder.report(),
    mergedRanges: 0,
    text,
  });
}

/** Decodes the whole file into one string, then parses it: the baseline for small files. */
export function readCsv(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ReadProgress,
  options: ReadOptions = {},
  onPreview?: PreviewSink,
  onColumn?: ColumnSink,
): Result<CsvRead> {
  const { text, encoding, confidence } = decodeText(bytes, false, options.encoding);
  onProgress('parsing', 0, text.length);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const builder = builderFor(options);
  const preview = new PreviewCollector(onPreview);
  parseCsv(
    text,
    delimiter,
    (fields) => {
      builder.addRow(fields);
      preview.add(fields);
    },
    { onProgress: (done, total) => onProgress('parsing', done, total) },
  );
  preview.flush();
  return finishCsv(builder, fileName, onProgress, { encoding, delimiter, confidence }, onColumn);
}

/**
 * Decodes and parses in chunks (large files): the decoded text is never one string, and the
 * first rows are known after the first chunk. Gives what readCsv gives (the same encoding and
 * delimiter decisions, the same records).
 */
export function readCsvChunked(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ReadProgress,
  options: ReadOptions = {},
  onPreview?: PreviewSink,
  /** Bytes decoded per step; tests make it tiny to cut records and characters anywhere. */
  chunkBytes?: number,
  onColumn?: ColumnSink,
): Result<CsvRead> {
  const { encoding, confidence } = chooseTextEncoding(bytes, options.encoding);
  const chunks = new TextChunks(bytes, encoding, chunkBytes);
  const builder = builderFor(options);
  const preview = new PreviewCollector(onPreview);
  let records = 0;
  const onRow = (fields: string[]): void => {
    builder.addRow(fields);
    preview.add(fields);
    records++;
  };
  // Parsing counts rows (as the UI expects); the total is estimated from the bytes read so far.
  onProgress('parsing', 0, 0);
  let delimiter: Delimiter | null | undefined = options.delimiter;
  let pending = '';
  // Text waiting for a record end is parsed again only once it has doubled: an unclosed quote
  // at the start of a large file costs linear time, not quadratic.
  let retryAt = 0;
  for (let piece = chunks.next(); piece !== null; piece = chunks.next()) {
    pending += piece.text;
    if (delimiter === undefined) {
      // detectDelimiter judges the first SAMPLE_CHARS characters (all, when the text is shorter).
      if (!piece.last && pending.length <= SAMPLE_CHARS) continue;
      delimiter = detectDelimiter(pending);
    }
    if (!piece.last && pending.length < retryAt) continue;
    const used = parseCsv(pending, delimiter, onRow, { final: piece.last });
    pending = used === pending.length ? '' : pending.slice(used);
    retryAt = used === 0 ? pending.length * 2 : 0;
    const estimate = Math.round((records * bytes.length) / Math.max(1, piece.done));
    onProgress('parsing', records, piece.last ? records : Math.max(records, estimate));
  }
  preview.flush();
  return finishCsv(
    builder,
    fileName,
    onProgress,
    { encoding, delimiter: delimiter ?? null, confidence },
    onColumn,
  );
}
