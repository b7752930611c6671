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
import { detectDelimiter } from './csv-delimiter';
import { parseCsv } from './csv-parse';
import type { ReadProgress } from './read-progress';
import type { SheetRead } from './sheetjs-read';
import { decodeText } from './text-decode';

/** The sheet name shown for a CSV file: its name without the extension. */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export interface CsvRead extends SheetRead {
  readonly text: { encoding: TextEncoding; delimiter: Delimiter | null; confidence: number };
}

export function readCsv(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ReadProgress,
  options: ReadOptions = {},
): Result<CsvRead> {
  const { text, encoding, confidence } = decodeText(bytes, false, options.encoding);
  onProgress('parsing', 0, text.length);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const builder = new TableBuilder({
    headerRow: options.headerRow,
    headerRowCount: options.headerRowCount,
    excludedRows: options.excludedRows,
    includedRows: options.includedRows,
  });
  parseCsv(text, delimiter, (fields) => builder.addRow(fields), {
    onProgress: (done, total) => onProgress('parsing', done, total),
  });
  onProgress('building', 0, 1);
  const table = builder.finish();
  if (table === null) return fail('FILE_EMPTY', 'the text file has no data');
  onProgress('building', 1, 1);
  return ok({
    sheets: [{ name: csvSheetName(fileName), hidden: false }],
    sheetIndex: 0,
    table,
    layout: builder.report(),
    mergedRanges: 0,
    text: { encoding, delimiter, confidence },
  });
}
