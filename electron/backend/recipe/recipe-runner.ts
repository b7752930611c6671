/**
 * Runs a recipe on a table: inline for small tables (a worker's start-up and the copy of the
 * table would cost more than the steps), in a worker thread for large ones so the backend keeps
 * answering (architecture.md §4). Progress counts steps; cancelling through the signal ends the
 * worker at once, or stops an inline run before its next step.
 */
import { Worker } from 'node:worker_threads';
import { fail, ok, type Result } from '../../../shared/contract';
import { applyRecipe, RecipeCancelled, type Recipe, type StepResult } from '../../../shared/recipe';
import { packForTransfer, TableUnpacker } from '../../../shared/table/table-transfer';
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

export function workerRunner(workerFile: string | URL): RecipeRunner {
  return (request) =>
    new Promise((resolve) => {
      const { signal } = request;
      if (signal?.aborted === true) {
        resolve(cancelled());
        return;
      }
      let worker: Worker;
      try {
        // Packed: the source's typed arrays are transferred to the worker, not cloned cell by cell.
        const { packed, transfer } = packForTransfer(request.source);
        const workerData: RecipeWorkerData = {
          source: packed,
          recipe: request.recipe,
          ...(request.pseudonymKey === undefined ? {} : { pseudonymKey: request.pseudonymKey }),
        };
        worker = new Worker(workerFile, { workerData, transferList: transfer, execArgv: [] });
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
      // Columns of the result are unpacked as they arrive, while the worker packs the next one.
      const unpacker = new TableUnpacker();
      worker.on('message', (message: unknown) => {
        if (settled) return;
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
        } else if (message.type === 'column') {
          try {
            unpacker.addColumn(message.column);
          } catch (error) {
            finish(malformedTable(error));
          }
        } else if (message.type === 'result') {
          let table: Table;
          try {
            table = unpacker.finish(message.table);
          } catch (error) {
            finish(malformedTable(error));
            return;
          }
          finish(ok({ table, stepResults: message.stepResults, sourceRows: message.sourceRows }));
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

/** A packed table that does not hold together is our bug: INTERNAL. */
function malformedTable(error: unknown): Result<never> {
  return fail(
    'INTERNAL',
    `recipe worker sent a malformed table (${error instanceof Error ? error.name : 'unknown'})`,
  );
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
