/**
 * How a file was read and how the clerk wants it read (issue 3): text encoding and delimiter of
 * CSV files, the sheet, the header row and the rows left out of the table. Detection fills an
 * ImportReport; the clerk corrects it with ReadOptions, which are saved as the publication's
 * source binding and applied the next time that publication opens a file.
 * Rows and columns are 0-based positions in the source sheet (the UI shows them 1-based).
 */
import type { SchemaObject } from 'ajv';

export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1250',
  'windows-1251',
  'iso-8859-2',
  'cp852',
] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export const DELIMITERS = [';', ',', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Most header rows joined into one name (group headers over sub-headers). */
export const MAX_HEADER_ROWS = 5;
/** Most rows the clerk may list as excluded or included by hand. */
export const MAX_ROW_CHOICES = 1000;
/** Most excluded or hidden rows listed in a report (counts are always exact). */
export const MAX_REPORTED_ROWS = 200;

export interface ReadOptions {
  /** CSV: the text encoding; detected when absent. */
  readonly encoding?: TextEncoding;
  /** CSV: the field delimiter; detected when absent. */
  readonly delimiter?: Delimiter;
  /** Workbooks: the sheet by name (names survive reordering next month). */
  readonly sheetName?: string;
  /** The first header row; detected when absent. */
  readonly headerRow?: number;
  /** How many rows the header spans (1–MAX_HEADER_ROWS); detected when absent. */
  readonly headerRowCount?: number;
  /** Rows the clerk leaves out, beside those detected as totals or notes. */
  readonly excludedRows?: readonly number[];
  /** Rows detected as totals or notes that the clerk keeps in the table. */
  readonly includedRows?: readonly number[];
}

export const EXCLUSION_REASONS = ['total', 'note', 'manual'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface ExcludedRow {
  readonly row: number;
  readonly reason: ExclusionReason;
  /** The row's non-empty cells joined, shortened: lets the clerk recognise it. */
  readonly preview: string;
}

export const COLUMN_WARNINGS = ['digits-lost', 'leading-zeros-lost', 'hidden'] as const;
export type ColumnWarningCode = (typeof COLUMN_WARNINGS)[number];

export interface ColumnWarning {
  readonly columnKey: string;
  readonly code: ColumnWarningCode;
  /** Cells showing the problem. */
  readonly count: number;
}

export interface ImportReport {
  /** CSV only: what the text was read as. */
  readonly text?: {
    readonly encoding: TextEncoding;
    /** Null: one column, no delimiter found. */
    readonly delimiter: Delimiter | null;
    /** 0–1, for the encoding guess (1 with a BOM or the clerk's choice). */
    readonly confidence: number;
  };
  readonly headerRow: number;
  readonly headerRowCount: number;
  /** Rows above the header with content (title rows), shortened. */
  readonly titleRows: readonly ExcludedRow[];
  /** Rows below the header that are not in the table (first MAX_REPORTED_ROWS). */
  readonly excludedRows: readonly ExcludedRow[];
  readonly excludedRowCount: number;
  /** Hidden rows and columns of the source sheet that hold data (a classic leak). */
  readonly hiddenRows: readonly number[];
  readonly hiddenRowCount: number;
  readonly hiddenColumns: readonly number[];
  readonly emptyRowsDropped: number;
  readonly emptyColumnsDropped: number;
  /** Merged cell ranges whose value was copied into every cell of the range. */
  readonly mergedRanges: number;
  readonly warnings: readonly ColumnWarning[];
  /** The options the clerk set (what a source binding stores). */
  readonly options: ReadOptions;
}

const rowIndex = { type: 'integer', minimum: 0, maximum: 2_000_000 } as const;
const rowList = { type: 'array', maxItems: MAX_ROW_CHOICES, items: rowIndex } as const;

export const readOptionsSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  properties: {
    encoding: { type: 'string', enum: [...TEXT_ENCODINGS] },
    delimiter: { type: 'string', enum: [...DELIMITERS] },
    sheetName: { type: 'string', minLength: 1, maxLength: 255 },
    headerRow: rowIndex,
    headerRowCount: { type: 'integer', minimum: 1, maximum: MAX_HEADER_ROWS },
    excludedRows: rowList,
    includedRows: rowList,
  },
};

const excludedRowSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['row', 'reason', 'preview'],
  properties: {
    row: rowIndex,
    reason: { type: 'string', enum: [...EXCLUSION_REASONS] },
    preview: { type: 'string' },
  },
};

export const importReportSchema: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: [
    'headerRow',
    'headerRowCount',
    'titleRows',
    'excludedRows',
    'excludedRowCount',
    'hiddenRows',
    'hiddenRowCount',
    'hiddenColumns',
    'emptyRowsDropped',
    'emptyColumnsDropped',
    'mergedRanges',
    'warnings',
    'options',
  ],
  properties: {
    text: {
      type: 'object',
      additionalProperties: false,
      required: ['encoding', 'delimiter', 'confidence'],
      properties: {
        encoding: { type: 'string', enum: [...TEXT_ENCODINGS] },
        delimiter: { anyOf: [{ type: 'string', enum: [...DELIMITERS] }, { type: 'null' }] },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    headerRow: rowIndex,
    headerRowCount: { type: 'integer', minimum: 0, maximum: MAX_HEADER_ROWS },
    titleRows: { type: 'array', items: excludedRowSchema },
    excludedRows: { type: 'array', items: excludedRowSchema },
    excludedRowCount: { type: 'integer', minimum: 0 },
    hiddenRows: { type: 'array', items: rowIndex },
    hiddenRowCount: { type: 'integer', minimum: 0 },
    hiddenColumns: { type: 'array', items: { type: 'integer', minimum: 0 } },
    emptyRowsDropped: { type: 'integer', minimum: 0 },
    emptyColumnsDropped: { type: 'integer', minimum: 0 },
    mergedRanges: { type: 'integer', minimum: 0 },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['columnKey', 'code', 'count'],
        properties: {
          columnKey: { type: 'string' },
          code: { type: 'string', enum: [...COLUMN_WARNINGS] },
          count: { type: 'integer', minimum: 0 },
        },
      },
    },
    options: readOptionsSchema,
  },
};
