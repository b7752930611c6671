/**
 * Runs a recipe on a table: inline for small tables (a worker's start-up and the copy of the
 * table would cost more than the steps), in a worker thread for large ones so the backend keeps
 * answering (architecture.md §4). Progress counts steps; cancelling through the signal ends the
 * worker at once, or stops an inline run before its next step.
 */
import { Worker } from 'node:worker_threads';
import { fail, ok, type Result } from '../../../shared/contract';
import { applyRecipe, RecipeCancelled, type Recipe, type StepResult } from '../../../shared/recipe';
import type { Table } from '../../../shared/table/types';
import { isRecipeWorkerMessage, type RecipeWorkerData } from './recipe-worker-protocol';

export interface RecipeRunRequest {
  readonly source: Table;
  readonly recipe: Recipe;
  readonly pseudonymKey?: string;
  readonly signal?: AbortSignal;
  /** Steps started so far and the step count. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RecipeRunOutput {
  readonly table: Table;
  readonly stepResults: readonly StepResult[];
  /** The source row each output row came from; null: the same rows (RecipeRun.sourceRows). */
  readonly sourceRows: readonly number[] | null;
}

export type RecipeRunner = (request: RecipeRunRequest) => Promise<Result<RecipeRunOutput>>;

/** Tables up to this many cells run inline (the 1k-row sample register: ~15k cells). */
export const INLINE_MAX_CELLS = 300_000;

const cancelled = (): Result<never> => fail('CANCELLED', 'the recipe run was cancelled');

export const inlineRunner: RecipeRunner = async (request) => {
  const { signal } = request;
  if (signal?.aborted === true) return cancelled();
  try {
    const run = applyRecipe(request.source, request.recipe, {
      isCancelled: () => signal?.aborted === true,
      onProgress: (p) => request.onProgress?.(p.stepIndex, p.stepCount),
      ...(request.pseudonymKey === undefined ? {} : { pseudonymKey: request.pseudonymKey }),
    });
    return ok({ table: run.table, stepResults: run.stepResults, sourceRows: run.sourceRows });
  } catch (error) {
    if (error instanceof RecipeCancelled) return cancelled();
    return fail(
      'INTERNAL',
      `recipe run failed (${error instanceof Error ? error.name : 'unknown'})`,
    );
  }
};

/**
 * The table with every originals map a real Map: a structured clone keeps a Map, but turns any
 * other ReadonlyMap (the reader's RowTexts) into an empty-looking object.
 */
function cloneable(table: Table): Table {
  if (table.originals.every((map) => map instanceof Map)) return table;
  return {
    ...table,
    originals: table.originals.map((map) => (map instanceof Map ? map : new Map(map))),
  };
}

export function workerRunner(workerFile: string | URL): RecipeRunner {
  return (request) =>
    new Promise((resolve) => {
      const { signal } = request;
      if (signal?.aborted === true) {
        resolve(cancelled());
        return;
      }
      const workerData: RecipeWorkerData = {
        source: cloneable(request.source),
        recipe: request.recipe,
        ...(request.pseudonymKey === undefined ? {} : { pseudonymKey: request.pseudonymKey }),
      };
      let worker: Worker;
      try {
        worker = new Worker(workerFile, { workerData, execArgv: [] });
      } catch (error) {
        resolve(
          fail(
            'INTERNAL',
            `recipe worker could not start (${error instanceof Error ? error.name : 'unknown'})`,
          ),
        );
        return;
      }
      let settled = false;
      const finish = (result: Result<RecipeRunOutput>): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        worker.terminate().catch(() => undefined);
        resolve(result);
      };
      const onAbort = (): void => finish(cancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: unknown) => {
        if (!isRecipeWorkerMessage(message)) {
          finish(fail('INTERNAL', 'recipe worker sent an unexpected message'));
          return;
        }
        if (message.type === 'progress') {
          try {
            request.onProgress?.(message.done, message.total);
          } catch {
            // A failing progress listener must not fail the run.
          }
        } else if (message.type === 'result') {
          finish(
            ok({
              table: message.table,
              stepResults: message.stepResults,
              sourceRows: message.sourceRows,
            }),
          );
        } else {
          finish(fail('INTERNAL', `recipe worker failed (${message.name})`));
        }
      });
      worker.on('error', (error: Error & { code?: string }) =>
        finish(fail('INTERNAL', `recipe worker failed (${error.code ?? error.name})`)),
      );
      worker.on('exit', (code) =>
        finish(fail('INTERNAL', `recipe worker exited (${code}) without a result`)),
      );
    });
}

/** Inline below INLINE_MAX_CELLS or without a worker bundle (unit tests), else the worker. */
export function createRecipeRunner(workerFile?: string | URL): RecipeRunner {
  const inWorker = workerFile === undefined ? null : workerRunner(workerFile);
  return (request) => {
    const cells = request.source.rowCount * Math.max(1, request.source.columns.length);
    return inWorker === null || cells <= INLINE_MAX_CELLS
      ? inlineRunner(request)
      : inWorker(request);
  };
}
