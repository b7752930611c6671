/**
 * The reader's public surface, used by the workbook handlers. Implemented in this folder
 * (pre-flight checks, SheetJS in a worker with limits, type inference).
 */
import type {
  ImportReport,
  JobPhase,
  ReadOptions,
  Result,
  SheetInfo,
  WorkbookFormat,
} from '../../../shared/contract';
import type { PackedTable } from '../../../shared/table/packed-table';
import type { Table } from '../../../shared/table/types';
import type { ReadStrategy } from './read-strategy';

export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Wall-clock limit for the whole read; the worker is terminated on expiry. */
  readonly timeoutMs: number;
  /** V8 old-generation limit of the worker (resourceLimits.maxOldGenerationSizeMb). */
  readonly maxHeapMb: number;
}

export interface ReadRequest {
  readonly filePath: string;
  /** Name the clerk knows the file by (used for messages and the format hint only). */
  readonly fileName: string;
  readonly limits: ReadLimits;
  /** The clerk's reading choices; detection decides whatever is absent. */
  readonly options?: ReadOptions;
  readonly onProgress?: (phase: JobPhase, done: number, total: number) => void;
  /** The first rows as display text, once, while the rest is still being read. */
  readonly onPreview?: (rows: readonly (readonly string[])[]) => void;
  /** Reader choice (read-strategy.ts); `auto` when absent. */
  readonly strategy?: ReadStrategy;
  /** Aborting terminates the worker and resolves with CANCELLED. */
  readonly signal?: AbortSignal;
}

export interface ReadWorkbookOf<T> {
  readonly format: WorkbookFormat;
  readonly sheets: readonly SheetInfo[];
  /** The sheet that was read into `table` (first visible sheet). */
  readonly sheetIndex: number;
  readonly table: T;
  /** What was detected and decided: encoding, header, excluded and hidden rows, warnings. */
  readonly report?: ImportReport;
}

export type ReadWorkbook = ReadWorkbookOf<Table>;
/** As the reader worker builds it: the table packed to cross the thread boundary cheaply. */
export type PackedReadWorkbook = ReadWorkbookOf<PackedTable>;

export type WorkbookReader = (request: ReadRequest) => Promise<Result<ReadWorkbook>>;
