/**
 * The recipe of an open workbook (issue 4): the clerk's cleaning steps, applied by the backend to
 * the table as read (`source`) to give the table every other step uses. Every change answers with
 * the whole state (recipe, per-step results, undo/redo, the new table's columns and row count), so
 * the renderer never keeps a second copy of the truth. Changes that recompute the table take a
 * jobId: progress arrives as 'app:job:progress' (phase 'building', done/total = steps) and
 * 'app:workbook:cancel' with the same jobId stops the run (the recipe change is then not kept).
 */
import type { SchemaObject } from 'ajv';
import { RECIPE_VERSION, type Recipe, type StepResult } from '../../recipe/types';
import type { CellValue, ColumnType } from '../../table/types';
import { COLUMN_TYPES } from '../../table/types';
import type { ColumnSummary, SaveOutcome, WorkbookSummary } from '../models';
import { closedObject, idString, type ChannelSchemas } from './common';
import { saveOutcomeSchema, workbookSummarySchema } from './workbook';

/** A step as the clerk asks for it; the backend gives it its id. */
export interface RecipeStepInput {
  readonly op: string;
  readonly column?: string;
  readonly params: Readonly<Record<string, unknown>>;
  /** Defaults to true. */
  readonly enabled?: boolean;
  readonly note?: string;
}

export interface RecipeState {
  readonly workbookId: string;
  /** The publication the recipe is saved with; null: kept for this session only. */
  readonly publicationId: string | null;
  readonly recipe: Recipe;
  /** The saved version the state shows (0: nothing saved yet). */
  readonly version: number;
  /** One per step, in recipe order, from the last run (empty while a replay is pending). */
  readonly stepResults: readonly StepResult[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /**
   * A saved recipe waits for the clerk's decision on this new file (replay dialog): the table is
   * still the file as read, nothing of the recipe ran.
   */
  readonly replayPending: boolean;
  /** The current table's columns and row count (the workbook as the grid now shows it). */
  readonly workbook: WorkbookSummary;
}

export interface RecipeCellChange {
  readonly row: number;
  readonly column: string;
  readonly before: CellValue;
  readonly after: CellValue;
}

export interface RecipePreview {
  /** At most `sampleSize` changed cells, in row order per column. */
  readonly changes: readonly RecipeCellChange[];
  readonly changedCells: number;
  readonly removedRows: readonly number[];
  readonly removedRowCount: number;
  readonly addedColumns: readonly string[];
  readonly removedColumns: readonly string[];
  readonly renamedColumns: readonly { readonly from: string; readonly to: string }[];
  /** Cells the step could not convert (parse steps). */
  readonly invalidCells: number;
  /** Rows the preview ran on: all of them, or the first rows of a large table. */
  readonly rowsExamined: number;
  /** The step cannot run on this table: the code and params say why (i18n recipe.error.*). */
  readonly error: StepResult['error'] | null;
}

/** One cell of the current table and its row's stable key (for an edit-cell step). */
export interface RecipeCurrentCell {
  readonly row: number;
  readonly column: string;
  readonly rowKey: string;
  readonly value: CellValue;
}

export interface RecipeColumnProfile {
  readonly column: string;
  readonly type: ColumnType;
  readonly rows: number;
  readonly empty: number;
  readonly distinct: number;
  readonly distinctCapped: boolean;
  readonly min: number | string | null;
  readonly max: number | string | null;
  readonly topValues: readonly { readonly value: string; readonly count: number }[];
  readonly invalidForType: { readonly count: number; readonly rows: readonly number[] };
}

export interface RecipeCluster {
  readonly key: string;
  readonly values: readonly { readonly value: string; readonly count: number }[];
  readonly rows: number;
  readonly suggested: string;
}

export interface RecipeReplayPlan {
  /** Source columns the recipe reads, in first-use order. */
  readonly required: readonly string[];
  readonly matched: readonly string[];
  /** Columns the recipe needs that the new file does not have (by name). */
  readonly missing: readonly string[];
  /** Likely new names of missing columns, best first (the dialog preselects the first). */
  readonly renamedCandidates: readonly {
    readonly from: string;
    readonly to: string;
    readonly score: number;
  }[];
  /** New-file columns the recipe does not read and last time's file did not have. */
  readonly extra: readonly string[];
  readonly brokenSteps: readonly { readonly stepId: string; readonly column: string }[];
  readonly ok: boolean;
}

export interface RecipeReplayPlanResponse {
  readonly plan: RecipeReplayPlan;
  readonly state: RecipeState;
  /** Columns of the file the recipe last ran on; null before any run was saved. */
  readonly lastColumns: readonly ColumnSummary[] | null;
  /** The table last exported or published for the publication; null before the first. */
  readonly baseline: {
    readonly rowCount: number;
    readonly columns: readonly ColumnSummary[];
    readonly recordedAt: string;
  } | null;
}

/** The replayed table against the one last exported or published. */
export interface RecipeChangeSummary {
  readonly baselineAt: string | null;
  readonly rowsBefore: number | null;
  readonly rowsAfter: number;
  /** Null when the rows cannot be compared (a column of last time's table is gone). */
  readonly rowsAdded: number | null;
  readonly rowsRemoved: number | null;
  readonly columnsAdded: readonly string[];
  readonly columnsRemoved: readonly string[];
  readonly typeChanged: readonly {
    readonly column: string;
    readonly from: string;
    readonly to: string;
  }[];
}

interface WithJob {
  readonly workbookId: string;
  readonly jobId: string;
}

export interface RecipeChannelTypes {
  'app:recipe:get': {
    request: {
      workbookId: string;
      /**
       * The publication to save the recipe with (the renderer's ensurePublication), when the
       * workbook was opened without one. The first get binds it; later ones must not differ.
       */
      publicationId?: string;
    };
    response: RecipeState;
  };
  'app:recipe:add': {
    request: WithJob & {
      /** Appended in this order as one change (one undo step), e.g. a privacy plan. */
      steps: RecipeStepInput[];
      /** Insert before this index; absent: at the end. */
      at?: number;
    };
    response: RecipeState;
  };
  'app:recipe:update': {
    request: WithJob & {
      stepId: string;
      params?: Record<string, unknown>;
      column?: string;
      enabled?: boolean;
      /** '' clears the note. */
      note?: string;
    };
    response: RecipeState;
  };
  'app:recipe:remove': { request: WithJob & { stepId: string }; response: RecipeState };
  'app:recipe:move': { request: WithJob & { stepId: string; to: number }; response: RecipeState };
  'app:recipe:undo': { request: WithJob; response: RecipeState };
  'app:recipe:redo': { request: WithJob; response: RecipeState };
  'app:recipe:preview': {
    request: {
      workbookId: string;
      step: RecipeStepInput;
      /** Preview on the table before this step (editing it); absent: on the current table. */
      beforeStepId?: string;
      sampleSize?: number;
    };
    response: RecipePreview;
  };
  'app:recipe:cell': {
    /** `row` is 0-based in the current table (the grid shows row + 1). */
    request: { workbookId: string; row: number; column: string };
    response: RecipeCurrentCell;
  };
  'app:recipe:profile': {
    request: { workbookId: string; column: string };
    response: RecipeColumnProfile;
  };
  'app:recipe:clusters': {
    request: { workbookId: string; column: string; limit?: number };
    response: { column: string; clusters: RecipeCluster[] };
  };
  'app:recipe:plan': { request: { workbookId: string }; response: RecipeReplayPlanResponse };
  'app:recipe:change': { request: { workbookId: string }; response: RecipeChangeSummary };
  'app:recipe:replay': {
    request: WithJob & {
      /** replay: run the saved recipe (renamed columns mapped); start-empty: set it aside. */
      mode: 'replay' | 'start-empty';
      /**
       * The recipe's column name → the new file's column, as the clerk confirmed in the dialog.
       * The file's column is then read under the recipe's name: the recipe stays as it is and
       * the cleaned table keeps last time's column names.
       */
      mapping: Record<string, string>;
    };
    response: { state: RecipeState; change: RecipeChangeSummary };
  };
  'app:recipe:export': {
    request: {
      workbookId: string;
      /**
       * Keep steps that carry cell values (find/replace texts, edited cells, merged values);
       * default false: they are left out and listed in omittedSteps.
       */
      includeValues?: boolean;
    };
    response: { outcome: SaveOutcome; omittedSteps: string[] };
  };
  'app:recipe:import': {
    request: WithJob & { fileRef: string };
    response: RecipeState;
  };
}

const count = { type: 'integer', minimum: 0 } as const;
const name = { type: 'string', minLength: 1, maxLength: 500 } as const;
const cell = { type: ['string', 'number', 'boolean', 'null'] } as const;
const job = { workbookId: idString, jobId: idString };

/**
 * Op names by shape only: the contract does not import the op registry (the preload bundle loads
 * the contract and should stay small); the backend's validateRecipe rejects unknown ops by name.
 */
const opName = { type: 'string', pattern: '^[a-z][a-z-]{0,60}$' } as const;

const stepInputSchema: SchemaObject = closedObject(
  {
    op: opName,
    column: name,
    params: { type: 'object' },
    enabled: { type: 'boolean' },
    note: { type: 'string', maxLength: 2000 },
  },
  ['column', 'enabled', 'note'],
);

const stepErrorSchema: SchemaObject = closedObject({
  code: {
    type: 'string',
    enum: ['columnMissing', 'columnExists', 'rowKeyMissing', 'invalidParams'],
  },
  params: {
    type: 'object',
    additionalProperties: { type: ['string', 'number'] },
  },
});

const stepResultSchema: SchemaObject = closedObject(
  {
    stepId: { type: 'string' },
    op: { type: 'string' },
    status: { type: 'string', enum: ['applied', 'disabled', 'failed'] },
    changedCells: count,
    rowsRemoved: { type: 'integer' },
    columnsAdded: count,
    columnsRemoved: count,
    invalidCells: count,
    millis: { type: 'number', minimum: 0 },
    error: stepErrorSchema,
  },
  ['error'],
);

/** The recipe envelope (shared/recipe/recipe-schema.ts without the registry's op list). */
const recipeSchema: SchemaObject = closedObject({
  version: { const: RECIPE_VERSION },
  steps: {
    type: 'array',
    maxItems: 1000,
    items: closedObject(
      {
        id: { type: 'string', minLength: 1, maxLength: 100 },
        op: opName,
        column: name,
        params: { type: 'object' },
        enabled: { type: 'boolean' },
        note: { type: 'string', maxLength: 2000 },
      },
      ['column', 'note'],
    ),
  },
});

export const recipeStateSchema: SchemaObject = closedObject({
  workbookId: idString,
  publicationId: { anyOf: [idString, { type: 'null' }] },
  recipe: recipeSchema,
  version: count,
  stepResults: { type: 'array', items: stepResultSchema },
  canUndo: { type: 'boolean' },
  canRedo: { type: 'boolean' },
  replayPending: { type: 'boolean' },
  workbook: workbookSummarySchema,
});

const previewSchema: SchemaObject = closedObject({
  changes: {
    type: 'array',
    items: closedObject({ row: count, column: { type: 'string' }, before: cell, after: cell }),
  },
  changedCells: count,
  removedRows: { type: 'array', items: count },
  removedRowCount: count,
  addedColumns: { type: 'array', items: { type: 'string' } },
  removedColumns: { type: 'array', items: { type: 'string' } },
  renamedColumns: {
    type: 'array',
    items: closedObject({ from: { type: 'string' }, to: { type: 'string' } }),
  },
  invalidCells: count,
  rowsExamined: count,
  error: { anyOf: [stepErrorSchema, { type: 'null' }] },
});

const minMax = { type: ['number', 'string', 'null'] } as const;

const profileSchema: SchemaObject = closedObject({
  column: { type: 'string' },
  type: { type: 'string', enum: [...COLUMN_TYPES] },
  rows: count,
  empty: count,
  distinct: count,
  distinctCapped: { type: 'boolean' },
  min: minMax,
  max: minMax,
  topValues: {
    type: 'array',
    items: closedObject({ value: { type: 'string' }, count }),
  },
  invalidForType: closedObject({ count, rows: { type: 'array', items: count } }),
});

const clusterSchema: SchemaObject = closedObject({
  key: { type: 'string' },
  values: { type: 'array', items: closedObject({ value: { type: 'string' }, count }) },
  rows: count,
  suggested: { type: 'string' },
});

const columnSummarySchema: SchemaObject = closedObject({
  key: { type: 'string' },
  name: { type: 'string' },
  type: { type: 'string', enum: [...COLUMN_TYPES] },
});
const names = { type: 'array', items: { type: 'string' } } as const;
const nullableCount = { anyOf: [count, { type: 'null' }] } as const;

const replayPlanSchema: SchemaObject = closedObject({
  plan: closedObject({
    required: names,
    matched: names,
    missing: names,
    renamedCandidates: {
      type: 'array',
      items: closedObject({
        from: { type: 'string' },
        to: { type: 'string' },
        score: { type: 'number', minimum: 0, maximum: 1 },
      }),
    },
    extra: names,
    brokenSteps: {
      type: 'array',
      items: closedObject({ stepId: { type: 'string' }, column: { type: 'string' } }),
    },
    ok: { type: 'boolean' },
  }),
  state: recipeStateSchema,
  lastColumns: { anyOf: [{ type: 'array', items: columnSummarySchema }, { type: 'null' }] },
  baseline: {
    anyOf: [
      closedObject({
        rowCount: count,
        columns: { type: 'array', items: columnSummarySchema },
        recordedAt: { type: 'string' },
      }),
      { type: 'null' },
    ],
  },
});

const changeSummarySchema: SchemaObject = closedObject({
  baselineAt: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  rowsBefore: nullableCount,
  rowsAfter: count,
  rowsAdded: nullableCount,
  rowsRemoved: nullableCount,
  columnsAdded: names,
  columnsRemoved: names,
  typeChanged: {
    type: 'array',
    items: closedObject({
      column: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    }),
  },
});

const stateChannel = (doc: string, request: SchemaObject): ChannelSchemas => ({
  doc,
  request,
  response: recipeStateSchema,
});

export const RECIPE_CHANNELS: { readonly [C in keyof RecipeChannelTypes]: ChannelSchemas } = {
  'app:recipe:get': stateChannel(
    'The open workbook’s recipe, step results, undo/redo state and current table summary; binds the publication.',
    closedObject({ workbookId: idString, publicationId: idString }, ['publicationId']),
  ),
  'app:recipe:add': stateChannel(
    'Add one or more steps as one change (one undo), save a new version, recompute the table.',
    closedObject(
      {
        ...job,
        steps: { type: 'array', minItems: 1, maxItems: 200, items: stepInputSchema },
        at: count,
      },
      ['at'],
    ),
  ),
  'app:recipe:update': stateChannel(
    'Edit a step’s params, column, enabled flag or note; save a new version, recompute.',
    closedObject(
      {
        ...job,
        stepId: idString,
        params: { type: 'object' },
        column: name,
        enabled: { type: 'boolean' },
        note: { type: 'string', maxLength: 2000 },
      },
      ['params', 'column', 'enabled', 'note'],
    ),
  ),
  'app:recipe:remove': stateChannel(
    'Remove a step; save a new version, recompute.',
    closedObject({ ...job, stepId: idString }),
  ),
  'app:recipe:move': stateChannel(
    'Move a step to a new index; save a new version, recompute.',
    closedObject({ ...job, stepId: idString, to: count }),
  ),
  'app:recipe:undo': stateChannel(
    'Go back to the previous recipe (saved, survives a restart), recompute.',
    closedObject(job),
  ),
  'app:recipe:redo': stateChannel('Redo the change undone last, recompute.', closedObject(job)),
  'app:recipe:preview': {
    doc: 'What a step would change on the current table (or before a given step), without applying it.',
    request: closedObject(
      {
        workbookId: idString,
        step: stepInputSchema,
        beforeStepId: idString,
        sampleSize: { type: 'integer', minimum: 1, maximum: 200 },
      },
      ['beforeStepId', 'sampleSize'],
    ),
    response: previewSchema,
  },
  'app:recipe:cell': {
    doc: 'One cell of the current table by row number and column: its value and the row’s stable key, for an edit-cell step.',
    request: closedObject({ workbookId: idString, row: count, column: name }),
    response: closedObject({
      row: count,
      column: { type: 'string' },
      rowKey: { type: 'string', minLength: 1, maxLength: 100 },
      value: cell,
    }),
  },
  'app:recipe:profile': {
    doc: 'A column’s profile on the current table: type, empties, distinct, min/max, top values, cells failing the type.',
    request: closedObject({ workbookId: idString, column: name }),
    response: profileSchema,
  },
  'app:recipe:clusters': {
    doc: 'Groups of similar values in a column (case, diacritics and script folded), largest first.',
    request: closedObject(
      { workbookId: idString, column: name, limit: { type: 'integer', minimum: 1, maximum: 500 } },
      ['limit'],
    ),
    response: closedObject({
      column: { type: 'string' },
      clusters: { type: 'array', items: clusterSchema },
    }),
  },
  'app:recipe:plan': {
    doc: 'Before replaying a saved recipe on a new file: columns matched by name, rename candidates, missing columns, last time’s shape. Runs nothing.',
    request: closedObject({ workbookId: idString }),
    response: replayPlanSchema,
  },
  'app:recipe:change': {
    doc: 'The current table against the one last exported or published (rows added/removed, columns added/removed, types changed), for the review before publishing. Runs nothing.',
    request: closedObject({ workbookId: idString }),
    response: changeSummarySchema,
  },
  'app:recipe:replay': {
    doc: 'The clerk’s decision on a pending saved recipe: replay it with the column mapping, or start empty; answers the change against the last export/publication.',
    request: closedObject({
      ...job,
      mode: { type: 'string', enum: ['replay', 'start-empty'] },
      mapping: {
        type: 'object',
        maxProperties: 500,
        propertyNames: { maxLength: 500 },
        additionalProperties: name,
      },
    }),
    response: closedObject({ state: recipeStateSchema, change: changeSummarySchema }),
  },
  'app:recipe:export': {
    doc: 'Save the recipe as a JSON file to share (no secrets; steps carrying cell values only when asked).',
    request: closedObject({ workbookId: idString, includeValues: { type: 'boolean' } }, [
      'includeValues',
    ]),
    response: closedObject({
      outcome: saveOutcomeSchema,
      omittedSteps: { type: 'array', items: { type: 'string' } },
    }),
  },
  'app:recipe:import': {
    doc: 'Replace the recipe by one from a JSON file the clerk chose (one change: undo brings the old one back), recompute.',
    request: closedObject({ ...job, fileRef: idString }),
    response: recipeStateSchema,
  },
};
