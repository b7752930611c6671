/**
 * The WorkbookReader the app uses: every read runs in a fresh worker thread with a heap limit
 * and a wall-clock timeout (architecture.md §4), so a hostile or huge file can cost a worker,
 * never the backend. All outcomes (including the worker dying) resolve to a Result.
 */
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { fail, ok, type Result } from '../../../shared/contract';
import { unpackColumn } from '../../../shared/table/packed-table';
import type {
  PackedReadWorkbook,
  ReadLimits,
  ReadRequest,
  ReadWorkbook,
  WorkbookReader,
} from './reader-api';
import { isReaderWorkerMessage, type ReaderWorkerData } from './worker-protocol';

export { DEFAULT_READ_LIMITS } from './read-limits';

export interface WorkerReaderOptions {
  /**
   * The bundled worker (dist/node/reader-worker.mjs). Defaults to `reader-worker.mjs` next to
   * the running bundle; tests and the Electron main process pass it explicitly.
   */
  readonly workerFile?: string | URL;
  /**
   * Keep one worker started and idle, with this heap limit (MB), for the next read: starting a
   * worker and loading the reader takes ~0.1–0.2 s, longer than reading a small file. A read
   * with another heap limit starts its own worker. Off when absent.
   */
  readonly spareHeapMb?: number;
}

/** A WorkbookReader that owns worker threads. */
export interface WorkerReader extends WorkbookReader {
  /** Resolves once the spare worker (if any) has loaded and waits for a read. */
  ready(): Promise<void>;
  /** Stops the spare worker; reads still work, each in a worker of its own. */
  close(): void;
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

function heapOf(limits: ReadLimits): number {
  return Math.max(MIN_WORKER_HEAP_MB, Math.floor(limits.maxHeapMb) || 0);
}

function startWorker(workerFile: () => string | URL, heapMb: number): Worker {
  // Resolved inside the caller's try: a missing default (no import.meta.url) becomes INTERNAL.
  return new Worker(workerFile(), {
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    // The worker needs no flags of ours (test runners, inspectors).
    execArgv: [],
  });
}

/** A started worker waiting for its read (the worker gets the request as its first message). */
interface Spare {
  readonly worker: Worker;
  readonly heapMb: number;
  readonly loaded: Promise<void>;
  alive: boolean;
  /** Removes the spare's own listeners when a read takes the worker over. */
  readonly release: () => void;
}

function startSpare(workerFile: () => string | URL, heapMb: number): Spare | null {
  let worker: Worker;
  try {
    worker = startWorker(workerFile, heapMb);
  } catch {
    return null; // the read itself will start a worker and report why that fails
  }
  // An idle worker must not keep the process alive.
  worker.unref();
  let markLoaded: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (markLoaded = resolve));
  const onMessage = (message: unknown): void => {
    if (isReaderWorkerMessage(message) && message.type === 'ready') markLoaded();
  };
  const spare: Spare = {
    worker,
    heapMb,
    loaded,
    alive: true,
    release: () => {
      worker.off('message', onMessage);
      worker.off('error', gone);
      worker.off('exit', gone);
    },
  };
  function gone(): void {
    spare.alive = false;
    markLoaded();
  }
  worker.on('message', onMessage);
  worker.once('error', gone);
  worker.once('exit', gone);
  return spare;
}

function runWorker(
  workerFile: () => string | URL,
  request: ReadRequest,
  spare: Spare | null,
): Promise<Result<ReadWorkbook>> {
  const { limits, onProgress, signal } = request;
  const heapMb = heapOf(limits);
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
      if (spare !== null) {
        worker = spare.worker;
        spare.release();
        worker.ref();
      } else {
        worker = startWorker(workerFile, heapMb);
      }
      // The request goes as a message, so a worker started earlier can take it.
      worker.postMessage(workerData);
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
    /** Columns unpacked as they arrive, while the worker types the next ones. */
    const received: (UnpackedColumn | undefined)[] = [];
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

    worker.on('message', (message: unknown) => {
      if (settled) return;
      if (!isReaderWorkerMessage(message)) {
        finish(fail('INTERNAL', 'reader worker sent an unexpected message'));
        return;
      }
      if (message.type === 'result') {
        finish(assembled(message.result, received));
        return;
      }
      if (message.type === 'ready') return;
      if (message.type === 'column') {
        try {
          // A later attempt (another reading path) overwrites an earlier one's columns.
          received[message.index] = unpackColumn(
            message.values,
            message.originals,
            message.rowCount,
          );
        } catch (error) {
          const name = error instanceof Error ? error.name : typeof error;
          finish(
            fail('INTERNAL', `reader worker sent a column that could not be unpacked (${name})`),
          );
        }
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

type UnpackedColumn = ReturnType<typeof unpackColumn>;

/** The worker's result with the columns it sent before; a column missing is our bug. */
function assembled(
  result: Result<PackedReadWorkbook>,
  received: readonly (UnpackedColumn | undefined)[],
): Result<ReadWorkbook> {
  if (!result.ok) return result;
  const { columns, rowCount } = result.value.table;
  const parts = received.slice(0, columns.length);
  if (parts.length !== columns.length || parts.some((part) => part === undefined)) {
    return fail('INTERNAL', 'reader worker sent a table with columns missing');
  }
  const sent = parts as UnpackedColumn[];
  return ok({
    ...result.value,
    table: {
      columns,
      values: sent.map((part) => part.values),
      originals: sent.map((part) => part.originals),
      rowCount,
    },
  });
}

function timeoutFailure(limits: ReadLimits): Result<never> {
  return fail('READ_TIMEOUT', 'reading took longer than the limit', {
    seconds: Math.max(1, Math.round(limits.timeoutMs / 1000)),
  });
}

export function createWorkerReader(options: WorkerReaderOptions = {}): WorkerReader {
  const { workerFile, spareHeapMb } = options;
  const file = workerFile === undefined ? defaultWorkerFile : (): string | URL => workerFile;
  let spare: Spare | null = null;
  let closed = false;
  const keepSpare = (): void => {
    if (closed || spareHeapMb === undefined || spare?.alive === true) return;
    spare = startSpare(file, heapOf({ maxHeapMb: spareHeapMb, maxFileBytes: 0, timeoutMs: 0 }));
  };
  /** The spare, when it is alive and has the heap limit this read needs; it is then used up. */
  const takeSpare = (heapMb: number): Spare | null => {
    const taken = spare;
    if (taken === null || !taken.alive || taken.heapMb !== heapMb) return null;
    spare = null;
    return taken;
  };
  keepSpare();
  const read = async (request: ReadRequest): Promise<Result<ReadWorkbook>> => {
    if (isAborted(request.signal)) return cancelled();
    const checked = await preflight(request);
    if (!checked.ok) return checked;
    if (isAborted(request.signal)) return cancelled();
    const result = await runWorker(file, request, takeSpare(heapOf(request.limits)));
    // The next spare starts after the read, not competing with it for the processor.
    keepSpare();
    return result;
  };
  return Object.assign(read, {
    ready: async (): Promise<void> => {
      await spare?.loaded;
    },
    close: (): void => {
      closed = true;
      if (spare !== null) void spare.worker.terminate().catch(() => undefined);
      spare = null;
    },
  });
}
