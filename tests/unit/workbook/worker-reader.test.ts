import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode, JobPhase, Result } from '../../../shared/contract';
import type { ReadLimits, ReadWorkbook } from '../../../electron/backend/workbook/reader-api';
import {
  createWorkerReader,
  DEFAULT_READ_LIMITS,
  MIN_WORKER_HEAP_MB,
} from '../../../electron/backend/workbook/worker-reader';
import { writeRegisterXlsx } from '../../../electron/backend/sample/write-register';
import { EXPECTED, makeFixtures, type Fixtures } from '../../fixtures/make-fixtures';

// Built by tests/setup/global-setup.ts (or `node scripts/build-node.mjs reader-worker`).
const WORKER_FILE = resolve('dist/node/reader-worker.mjs');
const LIMITS: ReadLimits = { ...DEFAULT_READ_LIMITS, timeoutMs: 20_000 };

let fixtures: Fixtures;
let scratch: string;
let bigXlsx: string;

beforeAll(() => {
  fixtures = makeFixtures();
  scratch = mkdtempSync(join(tmpdir(), 'otvori-worker-'));
  bigXlsx = join(scratch, 'big.xlsx');
  writeRegisterXlsx(bigXlsx, 20_000, 7);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const reader = () => createWorkerReader({ workerFile: WORKER_FILE });

function code(result: Result<ReadWorkbook>): ErrorCode | null {
  return result.ok ? null : result.error.code;
}

/** A worker entry that misbehaves in a given way. */
function fakeWorker(name: string, source: string): string {
  const path = join(scratch, name);
  writeFileSync(path, source);
  return path;
}

describe('createWorkerReader', () => {
  it('reads a workbook in a worker and reports progress in order', async () => {
    const phases: JobPhase[] = [];
    const result = await reader()({
      filePath: fixtures.xlsx,
      fileName: 'registar.xlsx',
      limits: LIMITS,
      onProgress: (phase) => {
        if (phases.at(-1) !== phase) phases.push(phase);
      },
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.format).toBe('xlsx');
    expect(result.value.table.columns.map((c) => c.name)).toEqual(EXPECTED.names);
    expect(result.value.table.rowCount).toBe(3);
    expect(phases).toEqual(['checking', 'reading', 'parsing', 'building']);
  });

  it('streams a large workbook: the first rows arrive as text before the result', async () => {
    const events: string[] = [];
    let preview: readonly (readonly string[])[] = [];
    const result = await reader()({
      filePath: bigXlsx,
      fileName: 'big.xlsx',
      limits: LIMITS,
      onProgress: (phase) => {
        if (events.at(-1) !== phase) events.push(phase);
      },
      onPreview: (rows) => {
        events.push('preview');
        preview = rows;
      },
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.table.rowCount).toBe(20_000);
    expect(events.indexOf('preview')).toBeGreaterThan(-1);
    expect(events.indexOf('preview')).toBeLessThan(events.indexOf('building'));
    expect(preview[0]?.[0]).toBe('Redni broj');
    expect(preview[1]?.[0]).toBe('1');
    expect(preview.every((row) => row.every((cell) => typeof cell === 'string'))).toBe(true);
  });

  it('carries originals across the thread boundary', async () => {
    const result = await reader()({
      filePath: fixtures.csv,
      fileName: 'registar.csv',
      limits: LIMITS,
    });
    if (!result.ok) throw new Error(result.error.code);
    const originals = result.value.table.originals[3];
    expect(originals?.get(0)).toBe('1.234,50');
    expect(originals?.has(0)).toBe(true);
    expect([...(originals ?? new Map<number, string>())][0]).toEqual([0, '1.234,50']);
  });

  it('passes the reader’s own error codes through', async () => {
    const result = await reader()({
      filePath: fixtures.encryptedXlsx,
      fileName: 'x.xlsx',
      limits: LIMITS,
    });
    expect(code(result)).toBe('FILE_ENCRYPTED');
  });

  it('times out and terminates the worker', async () => {
    const started = Date.now();
    const result = await reader()({
      filePath: bigXlsx,
      fileName: 'big.xlsx',
      limits: { ...LIMITS, timeoutMs: 1 },
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'READ_TIMEOUT',
      details: { seconds: 1 },
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('cancels when the signal aborts mid-read', async () => {
    const controller = new AbortController();
    const result = await reader()({
      filePath: bigXlsx,
      fileName: 'big.xlsx',
      limits: LIMITS,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(code(result)).toBe('CANCELLED');
  });

  it('cancels without starting a worker when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const missingWorker = createWorkerReader({ workerFile: join(scratch, 'no-such-worker.mjs') });
    const result = await missingWorker({
      filePath: fixtures.xlsx,
      fileName: 'registar.xlsx',
      limits: LIMITS,
      signal: controller.signal,
    });
    expect(code(result)).toBe('CANCELLED');
  });

  it('maps running out of heap to READ_OUT_OF_MEMORY', async () => {
    const result = await reader()({
      filePath: bigXlsx,
      fileName: 'big.xlsx',
      limits: { ...LIMITS, maxHeapMb: MIN_WORKER_HEAP_MB },
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'READ_OUT_OF_MEMORY',
      details: { megabytes: MIN_WORKER_HEAP_MB },
    });
  });

  it('raises an absurdly small heap limit instead of letting V8 abort the process', async () => {
    // With 2 MB, V8 dies creating the isolate and takes the whole process with it.
    const result = await reader()({
      filePath: bigXlsx,
      fileName: 'big.xlsx',
      limits: { ...LIMITS, maxHeapMb: 2 },
    });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'READ_OUT_OF_MEMORY',
      details: { megabytes: MIN_WORKER_HEAP_MB },
    });
  });

  it('checks size and existence before starting a worker', async () => {
    const missingWorker = createWorkerReader({ workerFile: join(scratch, 'no-such-worker.mjs') });
    const tooLarge = await missingWorker({
      filePath: fixtures.xlsx,
      fileName: 'registar.xlsx',
      limits: { ...LIMITS, maxFileBytes: 10 },
    });
    expect(tooLarge.ok ? null : tooLarge.error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: { limit: 10 },
    });
    const missing = await missingWorker({
      filePath: join(scratch, 'gone.xlsx'),
      fileName: 'gone.xlsx',
      limits: LIMITS,
    });
    expect(code(missing)).toBe('NOT_FOUND');
  });

  it('a throwing progress listener does not fail the read', async () => {
    const result = await reader()({
      filePath: fixtures.csv,
      fileName: 'registar.csv',
      limits: LIMITS,
      onProgress: () => {
        throw new Error('listener bug');
      },
    });
    expect(result.ok).toBe(true);
  });
});

describe('createWorkerReader: a broken worker never breaks the parent', () => {
  it.each([
    ['missing worker file', null],
    ['throws on start', 'throw new Error("boom");'],
    ['exits without a result', 'process.exit(3);'],
    [
      'sends a result without its columns',
      'import { parentPort } from "node:worker_threads"; parentPort.once("message", () => parentPort.postMessage({ type: "result", result: { ok: true, value: { format: "csv", sheets: [], sheetIndex: 0, table: { columns: [{ key: "c0", name: "a", type: "text" }], rowCount: 1, values: [], originals: [] } } } }));',
    ],
    [
      'sends a column whose arrays are too short',
      'import { parentPort } from "node:worker_threads"; parentPort.once("message", () => parentPort.postMessage({ type: "column", index: 0, rowCount: 5, values: { kind: "number", numbers: new Float64Array(1), present: new Uint8Array(1) }, originals: { rows: new Int32Array(0), text: { parts: [], ends: new Uint32Array(0), length: 0 } } }));',
    ],
    [
      'sends a malformed message',
      'import { parentPort } from "node:worker_threads"; parentPort.postMessage({ type: "result", result: { ok: false, error: { code: "NOPE" } } });',
    ],
  ])('%s → INTERNAL', async (name, source) => {
    const workerFile =
      source === null
        ? join(scratch, 'absent.mjs')
        : fakeWorker(`${name.replaceAll(' ', '-')}.mjs`, source);
    const result = await createWorkerReader({ workerFile })({
      filePath: fixtures.csv,
      fileName: 'registar.csv',
      limits: LIMITS,
    });
    expect(code(result)).toBe('INTERNAL');
  });

  it('a worker that never answers hits the timeout', async () => {
    const workerFile = fakeWorker('hang.mjs', 'setInterval(() => {}, 1000);');
    const result = await createWorkerReader({ workerFile })({
      filePath: fixtures.csv,
      fileName: 'registar.csv',
      limits: { ...LIMITS, timeoutMs: 300 },
    });
    expect(code(result)).toBe('READ_TIMEOUT');
  });
});

describe('createWorkerReader: a spare worker started ahead', () => {
  it('reads with the spare, starts the next one, and falls back for other limits', async () => {
    const spareReader = createWorkerReader({
      workerFile: WORKER_FILE,
      spareHeapMb: LIMITS.maxHeapMb,
    });
    try {
      await spareReader.ready();
      for (let i = 0; i < 3; i++) {
        const result = await spareReader({
          filePath: fixtures.csv,
          fileName: 'registar.csv',
          limits: LIMITS,
        });
        expect(result.ok && result.value.table.rowCount).toBe(EXPECTED.rows.length);
      }
      const other = await spareReader({
        filePath: fixtures.csv,
        fileName: 'registar.csv',
        limits: { ...LIMITS, maxHeapMb: 512 },
      });
      expect(other.ok).toBe(true);
    } finally {
      spareReader.close();
    }
  });

  it('a spare that died while idle is not used', async () => {
    const workerFile = fakeWorker('dies-idle.mjs', 'process.exit(0);');
    const dying = createWorkerReader({ workerFile, spareHeapMb: LIMITS.maxHeapMb });
    await dying.ready();
    // The spare is gone, so the read starts its own worker (which dies too: INTERNAL, not a hang).
    const result = await dying({ filePath: fixtures.csv, fileName: 'r.csv', limits: LIMITS });
    expect(code(result)).toBe('INTERNAL');
    dying.close();
  });

  it('still reads after close, each read in its own worker', async () => {
    const closedReader = createWorkerReader({ workerFile: WORKER_FILE, spareHeapMb: 512 });
    closedReader.close();
    const result = await closedReader({
      filePath: fixtures.csv,
      fileName: 'registar.csv',
      limits: { ...LIMITS, maxHeapMb: 512 },
    });
    expect(result.ok).toBe(true);
  });
});
