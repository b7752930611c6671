/** Messages between the recipe worker (recipe-worker.ts) and its parent (recipe-runner.ts). */
import type { Recipe, StepResult } from '../../../shared/recipe';
import type { Table } from '../../../shared/table/types';

export interface RecipeWorkerData {
  readonly source: Table;
  readonly recipe: Recipe;
  /** Only when a step needs it; never logged, gone with the worker. */
  readonly pseudonymKey?: string;
}

export type RecipeWorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly type: 'result';
      readonly table: Table;
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
    isRecord(value['source']) &&
    isRecord(value['recipe']) &&
    Array.isArray(value['recipe']['steps']) &&
    (value['pseudonymKey'] === undefined || typeof value['pseudonymKey'] === 'string')
  );
}

/** Shape check of what crosses the thread boundary; the table itself is trusted (our worker). */
export function isRecipeWorkerMessage(value: unknown): value is RecipeWorkerMessage {
  if (!isRecord(value)) return false;
  switch (value['type']) {
    case 'progress':
      return typeof value['done'] === 'number' && typeof value['total'] === 'number';
    case 'result':
      return (
        isRecord(value['table']) &&
        Array.isArray(value['stepResults']) &&
        (value['sourceRows'] === null || Array.isArray(value['sourceRows']))
      );
    case 'error':
      return typeof value['name'] === 'string';
    default:
      return false;
  }
}
