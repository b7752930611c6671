/**
 * The WorkbookReader the app uses: every read runs in a fresh worker thread with a heap limit
 * and a wall-clock timeout (architecture.md §4), so a hostile or huge file can cost a worker,
 * never the backend. All outcomes (including the worker dying) resolve to a Result.
 */
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { fail, ok, type Result } from '../../../shared/contract';
import { TableUnpacker } from '../../../shared/table/table-transfer';
import type { ReadLimits, ReadRequest, ReadWorkbook, WorkbookReader } from './reader-api';
import {
  isReaderWorkerMessage,
  type PackedReadWorkbook,
  type ReaderWorkerData,
} from './worker-protocol';

export { DEFAULT_READ_LIMITS } from './read-limits';

export interface WorkerReaderOptions {
  /**
   * The bundled worker (dist/node/reader-worker.mjs). Defaults to `reader-worker.mjs` next to
   * the running bundle; tests and the Electron main process pass it explicitly.
   */
  readonly workerFile?: string | URL;
}

/**
 * Floor for the worker's heap limit. Measured on Node 22: with 2 MB V8 dies while creating the
 * worker's isolate ("GC during deserialization"), a fatal error that kills the whole process
 * instead of emitting ERR_WORKER_OUT_OF_MEMORY. 16 MB keeps a wide margin above that.
 */
export const MIN_WORKER_HEAP_MB = 16;

function defaultWorkerFile(): URL {
  // Resolved lazily: in a CommonJS bundle import.meta.url is empty, and callers there pass a path.
  return new URL('./reader-worker.mjs', import.meta.url);
}

const cancelled = (): Result<never> => fail('CANCELLED', 'the read was cancelled');

// A function, not an inline check: the signal can flip while we await the stat.
const isAborted = (signal: AbortSignal | undefined): boolean => signal?.aborted === true;

async function preflight(request: ReadRequest): Promise<Result<null>> {
  try {
    const info = await stat(request.filePath);
    if (!info.isFile()) {
      return fail('FILE_UNREADABLE', 'not a regular file', { reason: 'not-a-file' });
    }
    if (info.size > request.limits.maxFileBytes) {
      return fail('FILE_TOO_LARGE', 'the file is larger than the limit', {
        size: info.size,
        limit: request.limits.maxFileBytes,
      });
    }
    return ok(null);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code ?? 'UNKNOWN';
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return fail('NOT_FOUND', 'the file does not exist');
    }
    return fail('FILE_UNREADABLE', 'the file could not be read', { reason: code });
  }
}

function runWorker(
  workerFile: () => string | URL,
  request: ReadRequest,
): Promise<Result<ReadWorkbook>> {
  const { limits, onProgress, signal } = request;
  const heapMb = Math.max(MIN_WORKER_HEAP_MB, Math.floor(limits.maxHeapMb) || 0);
  return new Promise((resolve) => {
    const workerData: ReaderWorkerData = {
      filePath: request.filePath,
      fileName: request.fileName,
      maxFileBytes: limits.maxFileBytes,
      ...(request.options === undefined ? {} : { options: request.options }),
      ...(request.strategy === undefined ? {} : { strategy: request.strategy }),
    };
    let worker: Worker;
    try {
      // Resolved inside the try: a missing default (no import.meta.url) becomes INTERNAL too.
      worker = new Worker(workerFile(), {
        workerData,
        resourceLimits: { maxOldGenerationSizeMb: heapMb },
        // The worker needs no flags of ours (test runners, inspectors).
        execArgv: [],
      });
    } catch (error) {
      resolve(
        fail(
          'INTERNAL',
          `reader worker could not start (${error instanceof Error ? error.name : 'unknown'})`,
        ),
      );
      return;
    }
    let settled = false;
    const finish = (result: Result<ReadWorkbook>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Also after a result: frees the worker's heap now rather than when it winds down.
      worker.terminate().catch(() => undefined);
      resolve(result);
    };
    const timer = setTimeout(() => finish(timeoutFailure(limits)), limits.timeoutMs);
    const onAbort = (): void => finish(cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });

    // Columns are unpacked as they arrive, while the worker packs the next one.
    const unpacker = new TableUnpacker();
    worker.on('message', (message: unknown) => {
      if (settled) return;
      if (!isReaderWorkerMessage(message)) {
        finish(fail('INTERNAL', 'reader worker sent an unexpected message'));
        return;
      }
      if (message.type === 'column') {
        try {
          unpacker.addColumn(message.column);
        } catch (error) {
          finish(malformedTable(error));
        }
        return;
      }
      if (message.type === 'result') {
        finish(message.result.ok ? unpackResult(unpacker, message.result.value) : message.result);
        return;
      }
      if (message.type === 'preview') {
        try {
          request.onPreview?.(message.rows);
        } catch {
          // A failing preview listener must not fail the read.
        }
        return;
      }
      try {
        onProgress?.(message.phase, message.done, message.total);
      } catch {
        // A failing progress listener must not fail the read.
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? fail('READ_OUT_OF_MEMORY', 'the reader needed more memory than the limit', {
              megabytes: heapMb,
            })
          : fail('INTERNAL', `reader worker failed (${error.code ?? error.name})`),
      );
    });
    worker.on('messageerror', () =>
      finish(fail('INTERNAL', 'reader worker message could not be decoded')),
    );
    worker.on('exit', (code) =>
      finish(fail('INTERNAL', `reader worker exited (${code}) without a result`)),
    );
  });
}

/** A packed table that does not hold together is our bug, not the clerk's file: INTERNAL. */
function malformedTable(error: unknown): Result<never> {
  return fail(
    'INTERNAL',
    `reader worker sent a malformed table (${error instanceof Error ? error.name : 'unknown'})`,
  );
}

function unpackResult(unpacker: TableUnpacker, value: PackedReadWorkbook): Result<ReadWorkbook> {
  try {
    return ok({ ...value, table: unpacker.finish(value.table) });
  } catch (error) {
    return malformedTable(error);
  }
}

function timeoutFailure(limits: ReadLimits): Result<never> {
  return fail('READ_TIMEOUT', 'reading took longer than the limit', {
    seconds: Math.max(1, Math.round(limits.timeoutMs / 1000)),
  });
}

export function createWorkerReader(options: WorkerReaderOptions = {}): WorkbookReader {
  return async (request) => {
    if (isAborted(request.signal)) return cancelled();
    const checked = await preflight(request);
    if (!checked.ok) return checked;
    if (isAborted(request.signal)) return cancelled();
    const { workerFile } = options;
    return runWorker(workerFile === undefined ? defaultWorkerFile : () => workerFile, request);
  };
}
