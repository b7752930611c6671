/**
 * Entry of the reader worker thread (bundled to dist/node/reader-worker.mjs). Runs the whole
 * synchronous read with the heap limit the parent set, posts throttled progress, then the
 * result. Anything thrown becomes an INTERNAL result instead of a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fail, ok, type JobPhase, type Result } from '../../../shared/contract';
import {
  packedColumnCount,
  packTableColumn,
  packTableHead,
} from '../../../shared/table/table-transfer';
import { previewRows } from './preview-rows';
import { readWorkbookFile } from './read-workbook-file';
import type { ReadWorkbook } from './reader-api';
import { isReaderWorkerData, type ReaderWorkerMessage } from './worker-protocol';

/** Progress messages at most this often per phase (plus every phase start and end). */
const PROGRESS_INTERVAL_MS = 100;

function post(message: ReaderWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

function run(): Result<ReadWorkbook> {
  if (!isReaderWorkerData(workerData)) {
    return fail('INTERNAL', 'reader worker started without valid workerData');
  }
  let lastPhase: JobPhase | null = null;
  let lastAt = 0;
  const onProgress = (phase: JobPhase, done: number, total: number): void => {
    const now = Date.now();
    if (phase === lastPhase && done !== total && now - lastAt < PROGRESS_INTERVAL_MS) return;
    lastPhase = phase;
    lastAt = now;
    post({ type: 'progress', phase, done, total });
  };
  return readWorkbookFile(workerData.filePath, workerData.fileName, onProgress, {
    maxFileBytes: workerData.maxFileBytes,
    read: workerData.options ?? {},
    strategy: workerData.strategy ?? 'auto',
    onPreview: (rows) => post({ type: 'preview', rows: previewRows(rows) }),
  });
}

function failed(error: unknown): Result<never> {
  return fail(
    'INTERNAL',
    `reader worker failed (${error instanceof Error ? error.name : typeof error})`,
  );
}

let result: Result<ReadWorkbook>;
try {
  result = run();
} catch (error) {
  result = failed(error);
}
/** The table column by column (transferred, see worker-protocol.ts), then the result. */
function postResult(value: ReadWorkbook): void {
  const { table } = value;
  for (let c = 0; c < packedColumnCount(table); c++) {
    const { packed, transfer } = packTableColumn(table, c);
    post({ type: 'column', column: packed }, transfer);
  }
  post({ type: 'result', result: ok({ ...value, table: packTableHead(table) }) });
}

if (result.ok) {
  try {
    postResult(result.value);
  } catch (error) {
    // The parent drops the columns it got so far.
    post({ type: 'result', result: failed(error) });
  }
} else {
  post({ type: 'result', result });
}
