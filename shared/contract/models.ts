/** Data shapes that travel over the contract. Plain JSON: no Dates, Maps or class instances. */
import type { CellValue, ColumnType } from '../table/types';
import type { ImportReport } from './read-options';

export const LOCALES = ['sr-Cyrl', 'sr-Latn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const HOST_KINDS = ['electron', 'web', 'test', 'cli'] as const;
export type HostKind = (typeof HOST_KINDS)[number];

export const WORKBOOK_FORMATS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv'] as const;
export type WorkbookFormat = (typeof WORKBOOK_FORMATS)[number];

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly host: HostKind;
  /** Where the local database lives, for the About screen and IT. */
  readonly dataDir: string;
  /** When this build was made (ISO 8601), when the build recorded it. */
  readonly buildDate?: string;
}

export interface Settings {
  readonly locale: Locale;
}

/** An opaque handle to a file the clerk chose (native dialog or upload); never a raw path from the renderer. */
export interface FileRef {
  readonly id: string;
  readonly name: string;
  readonly size: number;
}

export type OpenSource =
  | { readonly kind: 'file'; readonly fileRef: string }
  | { readonly kind: 'recent'; readonly recentId: number }
  | { readonly kind: 'sample' };

export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
}

export interface ColumnSummary {
  readonly key: string;
  readonly name: string;
  readonly type: ColumnType;
}

export interface WorkbookSummary {
  readonly workbookId: string;
  readonly fileName: string;
  readonly format: WorkbookFormat;
  readonly sheets: readonly SheetInfo[];
  /** Index into `sheets` of the sheet shown. */
  readonly sheetIndex: number;
  readonly columns: readonly ColumnSummary[];
  readonly rowCount: number;
  /** How the file was read (issue 3): detection, layout decisions, hidden data, warnings. */
  readonly report?: ImportReport;
}

export interface RowWindow {
  readonly offset: number;
  /** rows[i][c] is row offset+i, column c (in `columns` order). */
  readonly rows: readonly (readonly CellValue[])[];
}

export interface RecentFile {
  readonly id: number;
  readonly fileName: string;
  readonly format: WorkbookFormat;
  readonly rowCount: number;
  /** ISO 8601 time of the last opening. */
  readonly openedAt: string;
  /** False when the file is gone from where it was opened. */
  readonly available: boolean;
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly fileName: string; readonly bytes: number }
  | {
      readonly kind: 'download';
      readonly fileName: string;
      readonly bytes: number;
      readonly url: string;
    }
  | { readonly kind: 'cancelled' };

export const JOB_PHASES = ['checking', 'reading', 'parsing', 'building', 'done'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];

export interface JobProgress {
  readonly jobId: string;
  readonly phase: JobPhase;
  /** Units done and total in this phase (bytes or rows); total 0 when unknown. */
  readonly done: number;
  readonly total: number;
}

/** A publication as lists and headers show it (architecture.md §1). */
export interface PublicationSummary {
  readonly id: string;
  readonly title: string;
  /** Name of the file it was last made from, for the clerk's orientation; null before any. */
  readonly sourceFileName: string | null;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
}
