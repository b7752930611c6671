/** Messages between the recipe worker (recipe-worker.ts) and its parent (recipe-runner.ts). */
import type { Recipe, StepResult } from '../../../shared/recipe';
import {
  isTransferTable,
  isTransferColumnPart,
  type TransferTable,
  type TransferColumnPart,
} from '../../../shared/table/table-transfer';

/**
 * Tables travel packed (table-transfer.ts), their typed arrays transferred, not copied: the
 * source whole in workerData, the result column by column (the parent unpacks a column while the
 * worker packs the next) and then the result message with the rest.
 */
export interface RecipeWorkerData {
  readonly source: TransferTable;
  readonly recipe: Recipe;
  /** Only when a step needs it; never logged, gone with the worker. */
  readonly pseudonymKey?: string;
}

export type RecipeWorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'column'; readonly column: TransferColumnPart }
  | {
      readonly type: 'result';
      readonly table: TransferTable;
      readonly stepResults: readonly StepResult[];
      readonly sourceRows: readonly number[] | null;
    }
  | { readonly type: 'error'; readonly name: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isRecipeWorkerData(value: unknown): value is RecipeWorkerData {
  return (
    isRecord(value) &&
    isTransferTable(value['source']) &&
    isRecord(value['recipe']) &&
    Array.isArray(value['recipe']['steps']) &&
    (value['pseudonymKey'] === undefined || typeof value['pseudonymKey'] === 'string')
  );
}

/**
 * Shape check of what crosses the thread boundary, the packed table's typed arrays included;
 * the TableUnpacker then checks that its parts hold together.
 */
export function isRecipeWorkerMessage(value: unknown): value is RecipeWorkerMessage {
  if (!isRecord(value)) return false;
  switch (value['type']) {
    case 'progress':
      return typeof value['done'] === 'number' && typeof value['total'] === 'number';
    case 'column':
      return isTransferColumnPart(value['column']);
    case 'result':
      return (
        isTransferTable(value['table']) &&
        Array.isArray(value['stepResults']) &&
        (value['sourceRows'] === null || Array.isArray(value['sourceRows']))
      );
    case 'error':
      return typeof value['name'] === 'string';
    default:
      return false;
  }
}
