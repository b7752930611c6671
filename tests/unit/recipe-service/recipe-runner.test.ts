/**
 * The recipe runner: the worker gives the same table and step results as the inline run,
 * reports progress per step, and a cancel ends the run with CANCELLED. Needs the worker bundle
 * (tests/setup/global-setup.ts builds it, or `node scripts/build-node.mjs recipe-worker`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  createRecipeRunner,
  inlineRunner,
  INLINE_MAX_CELLS,
  workerRunner,
} from '../../../electron/backend/recipe/recipe-runner';
import { REGISTER_CLEANING_RECIPE } from '../../../electron/backend/sample/register-recipe';
import { registerTextTable } from '../recipe/helpers';

const WORKER_FILE = path.resolve('dist/node/recipe-worker.mjs');

describe('recipe runner', () => {
  it('runs in a worker with the same result as inline, with progress per step', async () => {
    const source = registerTextTable(3000, 7);
    const progress: [number, number][] = [];
    const inWorker = await workerRunner(WORKER_FILE)({
      source,
      recipe: REGISTER_CLEANING_RECIPE,
      onProgress: (done, total) => progress.push([done, total]),
    });
    const inline = await inlineRunner({ source, recipe: REGISTER_CLEANING_RECIPE });
    expect(inWorker.ok && inline.ok).toBe(true);
    if (!inWorker.ok || !inline.ok) return;
    expect(inWorker.value.table.values).toEqual(inline.value.table.values);
    expect(inWorker.value.table.columns).toEqual(inline.value.table.columns);
    expect(inWorker.value.table.originals).toEqual(inline.value.table.originals);
    expect(inWorker.value.table.rowCount).toBe(inline.value.table.rowCount);
    // The source was sent packed (copies transferred): the caller's table is untouched.
    expect(source).toEqual(registerTextTable(3000, 7));
    expect(inWorker.value.sourceRows).toEqual(inline.value.sourceRows);
    expect(inWorker.value.stepResults.map((r) => [r.status, r.changedCells])).toEqual(
      inline.value.stepResults.map((r) => [r.status, r.changedCells]),
    );
    expect(inWorker.value.stepResults.every((r) => r.status === 'applied')).toBe(true);
    const steps = REGISTER_CLEANING_RECIPE.steps.length;
    expect(progress).toEqual(Array.from({ length: steps }, (_, i) => [i, steps]));
  });

  it('ends with CANCELLED when the signal aborts, in the worker and inline', async () => {
    const source = registerTextTable(20_000, 3);
    const controller = new AbortController();
    const running = workerRunner(WORKER_FILE)({
      source,
      recipe: REGISTER_CLEANING_RECIPE,
      signal: controller.signal,
    });
    controller.abort();
    const result = await running;
    expect(result.ok ? null : result.error.code).toBe('CANCELLED');
    const inline = await inlineRunner({
      source,
      recipe: REGISTER_CLEANING_RECIPE,
      signal: controller.signal,
    });
    expect(inline.ok ? null : inline.error.code).toBe('CANCELLED');
  });

  it('reports a missing worker bundle as INTERNAL and runs small tables inline', async () => {
    const missing = workerRunner(path.resolve('dist/node/no-such-worker.mjs'));
    const big = registerTextTable(Math.ceil(INLINE_MAX_CELLS / 9) + 10, 1);
    const failed = await missing({ source: big, recipe: REGISTER_CLEANING_RECIPE });
    expect(failed.ok ? null : failed.error.code).toBe('INTERNAL');
    const runner = createRecipeRunner(path.resolve('dist/node/no-such-worker.mjs'));
    const small = await runner({
      source: registerTextTable(50, 1),
      recipe: REGISTER_CLEANING_RECIPE,
    });
    expect(small.ok).toBe(true);
  });

  it.each([
    ['a source that is not packed', registerTextTable(3, 1), 'TypeError'],
    [
      'a packed source whose parts do not hold together',
      {
        packedTable: 1,
        columns: [],
        rowCount: 0,
        values: [{ kind: 'numbers', numbers: Float64Array.of(1) }],
        originals: [
          {
            kind: 'int32',
            keys: Int32Array.of(1),
            values: {
              kind: 'joined',
              parts: [],
              partEnds: new Uint32Array(0),
              ends: new Uint32Array(0),
            },
          },
        ],
      },
      'TransferTableError',
    ],
  ])('the worker answers %s with an error message, not a crash', async (_, source, name) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { source, recipe: REGISTER_CLEANING_RECIPE },
      execArgv: [],
    });
    try {
      const answer = await new Promise<unknown>((resolve) => worker.once('message', resolve));
      expect(answer).toEqual({ type: 'error', name });
    } finally {
      await worker.terminate();
    }
  });

  it('reports a worker that sends a malformed table as INTERNAL', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'otvori-recipe-worker-'));
    try {
      const workerFile = path.join(scratch, 'bad.mjs');
      writeFileSync(
        workerFile,
        'import { parentPort } from "node:worker_threads"; parentPort.postMessage({ type: "result", table: { packedTable: 1, columns: [], rowCount: 0, values: [{ kind: "tagged", tags: Uint8Array.of(1), numbers: new Float64Array(0), strings: { kind: "joined", parts: [], partEnds: new Uint32Array(0), ends: new Uint32Array(0) } }], originals: [] }, stepResults: [], sourceRows: null });',
      );
      const result = await workerRunner(workerFile)({
        source: registerTextTable(10, 1),
        recipe: REGISTER_CLEANING_RECIPE,
      });
      expect(result.ok ? null : result.error.code).toBe('INTERNAL');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
