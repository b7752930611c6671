/**
 * Runs a recipe: each enabled step's pure apply on the previous step's table. The input table is
 * never mutated, so undo is "run the steps before" and the history panel can recompute from any
 * step. A failing step (its column is gone) is reported and skipped, and the rest still run:
 * all-or-nothing replay is what OpenRefine users complained about (anchors.md §1.2, #7500);
 * replay-plan.ts reports such problems before anything runs.
 */
import type { Table } from '../table/types';
import { OPS } from './registry';
import { computeRowKeys } from './row-key';
import { StepFailure, type OpOutput, type Recipe, type Step, type StepResult } from './types';

export interface RecipeProgress {
  readonly stepIndex: number;
  readonly stepCount: number;
  readonly stepId: string;
}

export interface ApplyOptions {
  readonly onProgress?: (progress: RecipeProgress) => void;
  /** Row keys of the input table (computed when a step needs them and none are given). */
  readonly rowKeys?: readonly string[];
  /** A clock for step timings (ports: tests and workers pass their own). */
  readonly now?: () => number;
  /** Checked before each step; the worker's cancel button sets it. */
  readonly isCancelled?: () => boolean;
  /** For ops that `need` it (pseudonymize); a step that needs it and gets none fails. */
  readonly pseudonymKey?: string;
}

/** Thrown when isCancelled() answered true: the run has no result, the input is untouched. */
export class RecipeCancelled extends Error {
  constructor() {
    super('recipe run cancelled');
  }
}

export interface RecipeRun {
  readonly table: Table;
  readonly stepResults: readonly StepResult[];
  /** Row keys of the output rows, when any step needed them (else computed on demand by callers). */
  readonly rowKeys: () => readonly string[];
  /**
   * The input row each output row came from; null: the same rows. Lets a caller find the stable
   * key of an output row (an edit-cell step chosen on the grid) without keeping the keys.
   */
  readonly sourceRows: readonly number[] | null;
}

function countChanges(
  before: Table,
  output: OpOutput,
): Pick<StepResult, 'changedCells' | 'columnsAdded' | 'columnsRemoved'> {
  const after = output.table;
  const beforeKeys = new Map(before.columns.map((column, c) => [column.key, c]));
  let changedCells = 0;
  let columnsAdded = 0;
  after.columns.forEach((column, c) => {
    const b = beforeKeys.get(column.key);
    if (b === undefined) {
      columnsAdded++;
      return;
    }
    const was = before.values[b];
    const now = after.values[c];
    // Shared arrays are unchanged columns: the copy-on-write ops make this check O(1).
    if (was === now || was === undefined || now === undefined) return;
    const rows = output.keptRows;
    for (let r = 0; r < now.length; r++) {
      const source = rows === undefined ? r : (rows[r] as number);
      if (was[source] !== now[r]) changedCells++;
    }
  });
  const afterKeys = new Set(after.columns.map((column) => column.key));
  const columnsRemoved = before.columns.filter((column) => !afterKeys.has(column.key)).length;
  return { changedCells, columnsAdded, columnsRemoved };
}

/** Applies one step; `rowKeys` are the current rows' keys. Throws StepFailure. */
export function applyStep(
  table: Table,
  step: Step,
  rowKeys?: () => readonly string[],
  pseudonymKey?: string,
): OpOutput {
  const op = OPS.get(step.op);
  if (op === undefined) throw new StepFailure({ code: 'invalidParams', params: { field: 'op' } });
  return op.apply(table, step, {
    rowKeys: rowKeys ?? (() => computeRowKeys(table)),
    ...(pseudonymKey === undefined ? {} : { pseudonymKey }),
  });
}

export function applyRecipe(input: Table, recipe: Recipe, options: ApplyOptions = {}): RecipeRun {
  const now = options.now ?? (() => Date.now());
  let table = input;
  // Row keys are computed at most once, from the input, and then carried through row removals:
  // `sourceRows` maps the current rows to the input rows (null = the same rows).
  let keys: readonly string[] | null = options.rowKeys ?? null;
  let sourceRows: number[] | null = null;
  let mapped: readonly string[] | null = null;
  const currentKeys = (): readonly string[] => {
    keys ??= computeRowKeys(input);
    if (sourceRows === null) return keys;
    const all = keys;
    mapped ??= sourceRows.map((r) => all[r] as string);
    return mapped;
  };
  const stepResults: StepResult[] = [];
  recipe.steps.forEach((step, stepIndex) => {
    if (options.isCancelled?.() === true) throw new RecipeCancelled();
    options.onProgress?.({ stepIndex, stepCount: recipe.steps.length, stepId: step.id });
    const base = {
      stepId: step.id,
      op: step.op,
      changedCells: 0,
      rowsRemoved: 0,
      columnsAdded: 0,
      columnsRemoved: 0,
      invalidCells: 0,
      millis: 0,
    };
    if (!step.enabled) {
      stepResults.push({ ...base, status: 'disabled' });
      return;
    }
    const started = now();
    try {
      const output = applyStep(table, step, currentKeys, options.pseudonymKey);
      const counts = countChanges(table, output);
      if (output.keptRows !== undefined) {
        const kept = output.keptRows;
        // Compose row origins: index arrays only, the keys are mapped when a step asks.
        const origin = sourceRows;
        sourceRows = origin === null ? kept.slice() : kept.map((r) => origin[r] as number);
        mapped = null;
      }
      stepResults.push({
        ...base,
        ...counts,
        status: 'applied',
        rowsRemoved: table.rowCount - output.table.rowCount,
        invalidCells: output.invalidCells ?? 0,
        millis: now() - started,
      });
      table = output.table;
    } catch (error) {
      if (!(error instanceof StepFailure)) throw error;
      stepResults.push({ ...base, status: 'failed', millis: now() - started, error: error.detail });
    }
  });
  return { table, stepResults, rowKeys: currentKeys, sourceRows };
}
