/**
 * Entry of the recipe worker thread (bundled to dist/node/recipe-worker.mjs): applies a recipe to
 * a large table off the backend's event loop, posting a progress message before each step, then
 * the result. The parent terminates the worker to cancel.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { applyRecipe } from '../../../shared/recipe';
import {
  transferColumnCount,
  packTransferColumn,
  packTransferHead,
  unpackTransferTable,
} from '../../../shared/table/table-transfer';
import { isRecipeWorkerData, type RecipeWorkerMessage } from './recipe-worker-protocol';

function post(message: RecipeWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

try {
  if (!isRecipeWorkerData(workerData)) throw new TypeError('invalid workerData');
  const { source, recipe, pseudonymKey } = workerData;
  const run = applyRecipe(unpackTransferTable(source), recipe, {
    onProgress: (p) => post({ type: 'progress', done: p.stepIndex, total: p.stepCount }),
    ...(pseudonymKey === undefined ? {} : { pseudonymKey }),
  });
  for (let c = 0; c < transferColumnCount(run.table); c++) {
    const { packed, transfer } = packTransferColumn(run.table, c);
    post({ type: 'column', column: packed }, transfer);
  }
  post({
    type: 'result',
    table: packTransferHead(run.table),
    stepResults: run.stepResults,
    sourceRows: run.sourceRows,
  });
} catch (error) {
  post({ type: 'error', name: error instanceof Error ? error.name : typeof error });
}
