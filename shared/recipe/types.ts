/**
 * The recipe model (architecture.md §1): an ordered list of JSON steps replayed on next month's
 * file. Steps name columns by their header text, not by position or key, so a replay maps them
 * by name (replay-plan.ts). Everything here is plain JSON: a recipe travels through SQLite, IPC
 * and exported files unchanged.
 */
import type { CellValue, Table } from '../table/types';

export const RECIPE_VERSION = 1;

export interface Step {
  /** Stable within a recipe (history panel, step results, undo). */
  readonly id: string;
  readonly op: string;
  /** The column the step works on, by name; absent for table-wide ops (or "all text columns"). */
  readonly column?: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly enabled: boolean;
  /** The clerk's own note; free text, never interpreted. */
  readonly note?: string;
}

export interface Recipe {
  readonly version: typeof RECIPE_VERSION;
  readonly steps: readonly Step[];
}

/** What one step did on one run; counts only, never cell values (they go to logs). */
export interface StepResult {
  readonly stepId: string;
  readonly op: string;
  readonly status: 'applied' | 'disabled' | 'failed';
  readonly changedCells: number;
  readonly rowsRemoved: number;
  readonly columnsAdded: number;
  readonly columnsRemoved: number;
  /** Cells the op could not convert (parse steps): left as they were, counted for the clerk. */
  readonly invalidCells: number;
  readonly millis: number;
  readonly error?: RecipeStepError;
}

/** Structured, i18n-ready: the renderer translates `code` and interpolates `params`. */
export interface RecipeStepError {
  readonly code: 'columnMissing' | 'columnExists' | 'rowKeyMissing' | 'invalidParams';
  readonly params: Readonly<Record<string, string | number>>;
}

export class StepFailure extends Error {
  readonly detail: RecipeStepError;
  constructor(detail: RecipeStepError) {
    super(`${detail.code} ${JSON.stringify(detail.params)}`);
    this.detail = detail;
  }
}

/**
 * What a step did to the table shape. `keptRows[i]` is the input row of output row i, given only
 * by ops that remove rows, so the engine can keep row keys (edit-cell) attached to their rows.
 */
export interface OpOutput {
  readonly table: Table;
  readonly keptRows?: readonly number[];
  readonly invalidCells?: number;
}

export interface OpContext {
  /** Stable key of each current row (row-key.ts); computed lazily, only ops that need it call. */
  readonly rowKeys: () => readonly string[];
  /**
   * The city's pseudonymization key (issue 5 §2), given only to runs whose recipe has an op that
   * `needs` it. It comes from the secret store at run time and never enters the recipe.
   */
  readonly pseudonymKey?: string;
}

/** Run-time inputs an op may need besides the table; the runner supplies them. */
export type OpNeed = 'pseudonym-key';

/** A step as the UI shows it: `recipe.op.<op>` with these params, translated by the renderer. */
export interface StepDescription {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
}

/** Column names a step touches, for replay planning and the history panel. */
export interface AffectedColumns {
  /** Names that must exist before the step runs. */
  readonly reads: readonly string[];
  /** Names the step creates (split, merge, rename target). */
  readonly creates: readonly string[];
  /** Names that no longer exist after the step (rename source, merged originals dropped). */
  readonly removes: readonly string[];
}

/** JSON Schema as data (compiled by the backend's ajv; ajv's codegen is refused by the CSP). */
export type JsonSchema = Readonly<Record<string, unknown>>;

export interface OpDefinition {
  readonly op: string;
  /** Schema of `params`. */
  readonly schema: JsonSchema;
  /** true: `column` is required; false: forbidden; 'optional': absent means every text column. */
  readonly column: boolean | 'optional';
  /** Params that hold column names (renamed together with `column` by remapRecipe). */
  readonly columnParams: readonly string[];
  /** Params that may carry cell values (find/replace literals, an edited value): privacy policing. */
  readonly valueParams: readonly string[];
  readonly apply: (table: Table, step: Step, context: OpContext) => OpOutput;
  readonly describe: (step: Step) => StepDescription;
  readonly affectedColumns: (step: Step) => AffectedColumns;
  /** Extra checks JSON Schema cannot say (a safe regex); issues without step coordinates. */
  readonly check?: (step: Step) => readonly { field: string; code: string }[];
  /** Run-time inputs the runner must supply in OpContext (the pseudonymization key). */
  readonly needs?: readonly OpNeed[];
}

export interface CellChange {
  /** Row index in the table before the step. */
  readonly row: number;
  readonly column: string;
  readonly before: CellValue;
  /** null with `removed` when the row goes away. */
  readonly after: CellValue;
  readonly removed?: boolean;
}
