/**
 * Entry of the reader worker thread (bundled to dist/node/reader-worker.mjs). Runs the whole
 * synchronous read with the heap limit the parent set, posts throttled progress, then the
 * result. Anything thrown becomes an INTERNAL result instead of a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fail, ok, type JobPhase, type Result } from '../../../shared/contract';
import { previewRows } from './preview-rows';
import { columnTransferList } from '../../../shared/table/packed-table';
import { readWorkbookFilePacked } from './read-workbook-file';
import type { PackedReadWorkbook } from './reader-api';
import { isReaderWorkerData, type ReaderWorkerMessage } from './worker-protocol';

/** Progress messages at most this often per phase (plus every phase start and end). */
const PROGRESS_INTERVAL_MS = 100;

function post(message: ReaderWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

function run(data: unknown): Result<PackedReadWorkbook> {
  if (!isReaderWorkerData(data)) {
    return fail('INTERNAL', 'reader worker got no valid request');
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
  return readWorkbookFilePacked(data.filePath, data.fileName, onProgress, {
    maxFileBytes: data.maxFileBytes,
    read: data.options ?? {},
    strategy: data.strategy ?? 'auto',
    onPreview: (rows) => post({ type: 'preview', rows: previewRows(rows) }),
    // Each column goes as soon as it is typed; its buffers move instead of being copied.
    onColumn: (index, values, originals, rowCount) =>
      post(
        { type: 'column', index, rowCount, values, originals },
        columnTransferList(values, originals),
      ),
  });
}

function serve(data: unknown): void {
  let result: Result<PackedReadWorkbook>;
  try {
    result = run(data);
  } catch (error) {
    result = fail(
      'INTERNAL',
      `reader worker failed (${error instanceof Error ? error.name : typeof error})`,
    );
  }
  // The columns went one by one (their buffers are gone from here): the result has the rest.
  post({
    type: 'result',
    result: result.ok
      ? ok({ ...result.value, table: { ...result.value.table, values: [], originals: [] } })
      : result,
  });
}

// A worker may be started before there is a file to read (worker-reader.ts keeps one spare):
// the request then comes as the first message. One read per worker.
if (workerData === null || workerData === undefined) {
  parentPort?.once('message', serve);
  post({ type: 'ready' });
} else {
  serve(workerData);
}
