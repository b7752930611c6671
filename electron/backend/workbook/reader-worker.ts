/**
 * Entry of the reader worker thread (bundled to dist/node/reader-worker.mjs). Runs the whole
 * synchronous read with the heap limit the parent set, posts throttled progress, then the
 * result. Anything thrown becomes an INTERNAL result instead of a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fail, ok, type JobPhase, type Result } from '../../../shared/contract';
import { packTable } from '../../../shared/table/table-transfer';
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
if (result.ok) {
  let packed: ReturnType<typeof packTable> | null = null;
  try {
    packed = packTable(result.value.table);
  } catch (error) {
    post({ type: 'result', result: failed(error) });
  }
  // Transferred: the typed arrays move to the parent without a copy.
  if (packed !== null) {
    post(
      { type: 'result', result: ok({ ...result.value, table: packed.packed }) },
      packed.transfer,
    );
  }
} else {
  post({ type: 'result', result });
}
