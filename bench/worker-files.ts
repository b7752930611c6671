/**
 * Where the bench finds the worker bundles it measures: bench/run.mjs bundles them into
 * dist/bench/ beside the bench itself, from the same sources, so they always speak the protocol
 * the bench's copy of the parent side speaks (a stale dist/node worker once made the recipe
 * worker fail with INTERNAL "unexpected message").
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export type BenchWorker = 'reader-worker.mjs' | 'recipe-worker.mjs';

/** The bundle's path, or null when it is missing (bench.mjs run without bench/run.mjs). */
export function benchWorkerFile(name: BenchWorker): string | null {
  const file = path.resolve('dist', 'bench', name);
  return existsSync(file) ? file : null;
}

export const MISSING_WORKER_HINT =
  'run the bench with `npm run bench`, which bundles the workers into dist/bench/';
