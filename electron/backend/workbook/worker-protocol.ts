/** Messages between the reader worker (reader-worker.ts) and its parent (worker-reader.ts). */
import {
  isErrorCode,
  JOB_PHASES,
  type JobPhase,
  type ReadOptions,
  type Result,
} from '../../../shared/contract';
import {
  isPackedOriginals,
  isPackedValues,
  type PackedOriginals,
  type PackedValues,
} from '../../../shared/table/packed-table';
import type { PackedReadWorkbook } from './reader-api';
import type { ReadStrategy } from './read-strategy';

const STRATEGIES: readonly unknown[] = ['auto', 'baseline', 'stream'];

export interface ReaderWorkerData {
  readonly filePath: string;
  readonly fileName: string;
  readonly maxFileBytes: number;
  /** Validated against the contract's schema before it got here. */
  readonly options?: ReadOptions;
  /** Reader choice (read-strategy.ts); `auto` when absent. */
  readonly strategy?: ReadStrategy;
}

export type ReaderWorkerMessage =
  | {
      readonly type: 'progress';
      readonly phase: JobPhase;
      readonly done: number;
      readonly total: number;
    }
  /** A worker started without workerData has loaded and waits for its request as a message. */
  | { readonly type: 'ready' }
  /**
   * One typed column, sent as soon as it is typed so the parent unpacks it while the worker
   * types the next. The result's table then has no values or originals of its own.
   */
  | {
      readonly type: 'column';
      readonly index: number;
      readonly rowCount: number;
      readonly values: PackedValues;
      readonly originals: PackedOriginals;
    }
  /** The first rows as display text, once, before the read is done. */
  | { readonly type: 'preview'; readonly rows: readonly (readonly string[])[] }
  | { readonly type: 'result'; readonly result: Result<PackedReadWorkbook> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The result's table: its columns and row count (the columns' cells came before). */
function isTableHead(value: unknown): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value['columns']) &&
    typeof value['rowCount'] === 'number' &&
    Number.isInteger(value['rowCount']) &&
    value['rowCount'] >= 0
  );
}

export function isReaderWorkerData(value: unknown): value is ReaderWorkerData {
  return (
    isRecord(value) &&
    typeof value['filePath'] === 'string' &&
    typeof value['fileName'] === 'string' &&
    typeof value['maxFileBytes'] === 'number' &&
    (value['options'] === undefined || isRecord(value['options'])) &&
    (value['strategy'] === undefined || STRATEGIES.includes(value['strategy']))
  );
}

/**
 * Shape check of what crosses the thread boundary; the table is checked column by column (what
 * unpacking needs), its cells are trusted (our worker).
 */
export function isReaderWorkerMessage(value: unknown): value is ReaderWorkerMessage {
  if (!isRecord(value)) return false;
  if (value['type'] === 'ready') return true;
  if (value['type'] === 'column') {
    const { index, rowCount } = value;
    return (
      typeof index === 'number' &&
      Number.isInteger(index) &&
      index >= 0 &&
      typeof rowCount === 'number' &&
      Number.isInteger(rowCount) &&
      rowCount >= 0 &&
      isPackedValues(value['values'], rowCount) &&
      isPackedOriginals(value['originals'])
    );
  }
  if (value['type'] === 'progress') {
    return (
      (JOB_PHASES as readonly unknown[]).includes(value['phase']) &&
      typeof value['done'] === 'number' &&
      typeof value['total'] === 'number'
    );
  }
  if (value['type'] === 'preview') {
    const rows = value['rows'];
    return (
      Array.isArray(rows) &&
      rows.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'))
    );
  }
  if (value['type'] !== 'result' || !isRecord(value['result'])) return false;
  const result = value['result'];
  if (result['ok'] === true) {
    return isRecord(result['value']) && isTableHead(result['value']['table']);
  }
  return (
    result['ok'] === false && isRecord(result['error']) && isErrorCode(result['error']['code'])
  );
}
