/**
 * Which reader reads a file (issue 3 §5). SheetJS is the baseline for xls, ods and small
 * workbooks; xlsx/xlsm from STREAM_XLSX_MIN_BYTES on (and any xlsx whose sheet is too long for
 * SheetJS) go through the streaming reader, which is faster, leaner and shows the first rows
 * early; text files from STREAM_CSV_MIN_BYTES on are decoded and parsed in chunks. Both paths
 * give the same tables and reports (tests/unit/workbook/stream-equivalence.test.ts).
 */
import type { DetectedFormat } from './detect-format';
import type { ZipLimits } from './read-limits';

/** `auto` decides by format and size; the others force a path (tests, the benchmark). */
export type ReadStrategy = 'auto' | 'baseline' | 'stream';

export type ReadPath = 'sheetjs' | 'xlsx-stream' | 'csv-whole' | 'csv-stream';

/**
 * About 2,500 register rows: below it SheetJS reads a workbook in well under a second, so the
 * first rows come early either way. Above it the streaming reader is faster and shows the first
 * rows at once (bench: 10k rows through SheetJS show them after 0.7 of the load).
 */
export const STREAM_XLSX_MIN_BYTES = 256 * 1024;
/** Text files: chunked from 1 MB; below it one decoded string is small and as fast. */
export const STREAM_CSV_MIN_BYTES = 1024 * 1024;

export function chooseReadPath(
  detected: DetectedFormat,
  fileBytes: number,
  strategy: ReadStrategy,
  limits: ZipLimits,
): ReadPath {
  switch (detected.kind) {
    case 'cfb':
      return 'sheetjs';
    case 'text':
      if (strategy === 'baseline') return 'csv-whole';
      return strategy === 'stream' || fileBytes >= STREAM_CSV_MIN_BYTES
        ? 'csv-stream'
        : 'csv-whole';
    case 'zip': {
      if (detected.format === 'ods' || strategy === 'baseline') return 'sheetjs';
      if (strategy === 'stream' || fileBytes >= STREAM_XLSX_MIN_BYTES) return 'xlsx-stream';
      const tooLong = detected.entries.some((e) => e.uncompressedSize > limits.maxPartBytes);
      return tooLong ? 'xlsx-stream' : 'sheetjs';
    }
  }
}
