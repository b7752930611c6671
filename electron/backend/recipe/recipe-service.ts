/**
 * The recipe of each open workbook (issue 4): edits, undo/redo, runs and saving. The recipe always
 * runs on the table as read (`entry.source`); its result replaces the store's current table, so
 * rows, privacy scan, export and publishing all see the cleaned table. With a publication every
 * change is saved as a new version before the answer goes out (recipes-repo.ts); without one the
 * history lives as long as the workbook is open.
 *
 * A saved recipe is never applied silently to a newly opened file: the session starts with
 * `replayPending` and the clerk decides in the replay dialog (replay or start empty). A renamed
 * column the clerk maps is read under the recipe's name (Session.aliases): the recipe is not
 * rewritten and the published table keeps last month's column names.
 */
import {
  fail,
  ok,
  type ColumnSummary,
  type JobProgress,
  type Result,
} from '../../../shared/contract';
import type {
  RecipeCluster,
  RecipeColumnProfile,
  RecipePreview,
  RecipeState,
  RecipeStepInput,
} from '../../../shared/contract/channels/recipe';
import {
  addStep,
  applyRecipe,
  applyStep,
  clusterValues,
  computeRowKeys,
  exportRecipe,
  importRecipe,
  moveStep,
  nextStepId,
  OPS,
  parseRecipe,
  planReplay,
  previewStep,
  profileColumn,
  RECIPE_VERSION,
  removeStep,
  replaceStep,
  rowKeyAt,
  StepFailure,
  valueParamsOf,
  type Recipe,
  type RecipeIssue,
  type ReplayPlan,
  type SchemaCheck,
  type Step,
  type StepResult,
} from '../../../shared/recipe';
import type { CellValue, Table } from '../../../shared/table/types';
import type { AuditLog } from '../db/audit-log';
import { MAX_UNDO, type RecipeChange, type RecipesRepo } from '../db/recipes-repo';
import type { JobRegistry } from '../jobs';
import { throttleProgress } from '../progress-throttle';
import { ensurePseudonymKey } from '../secrets/pseudonym-key';
import type { SecretStore } from '../secrets/secret-store';
import type { OpenWorkbook, WorkbookStore } from '../workbook/workbook-store';
import { INLINE_MAX_CELLS, type RecipeRunner, type RecipeRunOutput } from './recipe-runner';

export const EMPTY_RECIPE: Recipe = { version: RECIPE_VERSION, steps: [] };

/** Rows a preview of a large table runs on (the first ones). */
export const PREVIEW_ROWS = 5000;

export interface RecipeServiceDeps {
  readonly store: WorkbookStore;
  /** Null: recipes are kept in memory only (tests, hosts without a database). */
  readonly repo: RecipesRepo | null;
  readonly jobs: JobRegistry;
  readonly secrets: SecretStore;
  readonly runner: RecipeRunner;
  readonly check: SchemaCheck;
  readonly audit?: AuditLog;
}

interface Session {
  readonly workbookId: string;
  publicationId: string | null;
  recipe: Recipe;
  version: number;
  undo: number[];
  redo: number[];
  /** Versions of a session without a publication (with one, they are read from the repo). */
  readonly memory: Map<number, Recipe>;
  stepResults: readonly StepResult[];
  replayPending: boolean;
  /**
   * The clerk's replay mapping, file column → the name the recipe knows it by (`NASELJE` →
   * `Naselje`): the file's column is read under last month's name, so the recipe stays as it is
   * and the published columns keep their names.
   */
  aliases: ReadonlyMap<string, string>;
}

export type Emit = (progress: JobProgress) => void;

export interface ReplayChange {
  readonly baselineAt: string | null;
  readonly rowsBefore: number | null;
  readonly rowsAfter: number;
  /** Null when the rows cannot be compared (a column of last time's table is gone). */
  readonly rowsAdded: number | null;
  readonly rowsRemoved: number | null;
  readonly columnsAdded: readonly string[];
  readonly columnsRemoved: readonly string[];
  readonly typeChanged: readonly { column: string; from: string; to: string }[];
}

function firstIssue(issues: readonly RecipeIssue[]): Result<never> {
  const issue = issues[0];
  return fail('RECIPE_INVALID', 'the recipe has invalid steps', {
    stepIndex: issue?.stepIndex ?? -1,
    field: issue?.field ?? '',
    code: issue?.code ?? 'invalid',
    ...(issue?.op === undefined ? {} : { op: issue.op }),
  });
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}

function needsKey(recipe: Recipe): boolean {
  return recipe.steps.some(
    (step) => step.enabled && (OPS.get(step.op)?.needs ?? []).includes('pseudonym-key'),
  );
}

function columnsOf(table: Table): ColumnSummary[] {
  return table.columns.map((c) => ({ key: c.key, name: c.name, type: c.type }));
}

/** The first `rows` rows of a table (copy-free for the columns' arrays' prefix). */
function headOf(table: Table, rows: number): Table {
  if (table.rowCount <= rows) return table;
  return {
    columns: table.columns,
    values: table.values.map((column) => column.slice(0, rows)),
    originals: table.originals.map((map) => new Map([...map].filter(([row]) => row < rows))),
    rowCount: rows,
  };
}

/** The source with the clerk's renamed columns under the recipe's names (Session.aliases). */
function aliased(source: Table, aliases: ReadonlyMap<string, string>): Table {
  if (aliases.size === 0) return source;
  return {
    ...source,
    columns: source.columns.map((column) => {
      const name = aliases.get(column.name);
      return name === undefined ? column : { ...column, name };
    }),
  };
}

/** One cell of the current table with its row's stable key (the clerk's edit-cell step). */
export interface CurrentCell {
  readonly row: number;
  readonly column: string;
  readonly rowKey: string;
  readonly value: CellValue;
}

export class RecipeService {
  private readonly sessions = new Map<string, Session>();
  /**
   * For each table a run put in the store: the source row of each of its rows (null: the same
   * rows). Keyed by the table object, so a table replaced by anything else is never misread.
   */
  private readonly sourceRows = new WeakMap<Table, readonly number[] | null>();

  constructor(private readonly deps: RecipeServiceDeps) {}

  /** The publication a workbook's recipe is saved with (export records its baseline there). */
  publicationOf(workbookId: string): string | null {
    return (
      this.sessions.get(workbookId)?.publicationId ??
      this.deps.store.get(workbookId)?.publicationId ??
      null
    );
  }

  private entry(workbookId: string): OpenWorkbook | undefined {
    // Forget sessions of workbooks the store no longer holds (closed or pushed out).
    for (const id of this.sessions.keys())
      if (this.deps.store.get(id) === undefined) this.sessions.delete(id);
    return this.deps.store.get(workbookId);
  }

  private session(workbookId: string, publicationId?: string): Result<Session> {
    const entry = this.entry(workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    const existing = this.sessions.get(workbookId);
    if (existing !== undefined) {
      if (publicationId === undefined || existing.publicationId !== null) return ok(existing);
      return existing.version === 0
        ? this.bind(existing, publicationId)
        : this.adopt(existing, publicationId);
    }
    const created: Session = {
      workbookId,
      publicationId: null,
      recipe: EMPTY_RECIPE,
      version: 0,
      undo: [],
      redo: [],
      memory: new Map(),
      stepResults: [],
      replayPending: false,
      aliases: new Map(),
    };
    this.sessions.set(workbookId, created);
    const bound = publicationId ?? entry.publicationId ?? undefined;
    return bound === undefined ? ok(created) : this.bind(created, bound);
  }

  /** Attaches a publication: its saved recipe becomes the session's, pending replay. */
  private bind(session: Session, publicationId: string): Result<Session> {
    const repo = this.deps.repo;
    if (repo === null) return ok(session);
    if (!repo.hasPublication(publicationId)) return fail('NOT_FOUND', 'Unknown publication');
    session.publicationId = publicationId;
    const saved = repo.load(publicationId);
    if (saved !== null) {
      session.recipe = saved.recipe;
      session.version = saved.version;
      session.undo = [...saved.undo];
      session.redo = [...saved.redo];
      session.replayPending = saved.recipe.steps.length > 0;
    }
    return ok(session);
  }

  /**
   * A publication attached after steps were already applied (another step, such as a privacy
   * plan, added them first): the clerk's current recipe is saved as the publication's newest
   * version, so nothing applied is lost; a recipe saved before stays one undo away.
   */
  private adopt(session: Session, publicationId: string): Result<Session> {
    const repo = this.deps.repo;
    if (repo === null) return ok(session);
    if (!repo.hasPublication(publicationId)) return fail('NOT_FOUND', 'Unknown publication');
    try {
      if (repo.load(publicationId) === null) {
        repo.saveEdit(publicationId, EMPTY_RECIPE, 'start-empty');
      }
      repo.saveEdit(publicationId, session.recipe, 'add');
      const saved = repo.load(publicationId);
      if (saved === null) return fail('STORAGE_FAILED', 'the saved recipe could not be read back');
      session.publicationId = publicationId;
      session.version = saved.version;
      session.undo = [...saved.undo];
      session.redo = [...saved.redo];
      session.replayPending = false;
      this.rememberSourceColumns(session);
      return ok(session);
    } catch (error) {
      return fail('STORAGE_FAILED', `recipe could not be saved (${errorName(error)})`);
    }
  }

  private state(session: Session): Result<RecipeState> {
    const entry = this.deps.store.get(session.workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    return ok({
      workbookId: session.workbookId,
      publicationId: session.publicationId,
      recipe: session.recipe,
      version: session.version,
      stepResults: session.stepResults,
      canUndo: session.undo.length > 0,
      canRedo: session.redo.length > 0,
      replayPending: session.replayPending,
      workbook: entry.summary,
    });
  }

  async get(workbookId: string, publicationId?: string): Promise<Result<RecipeState>> {
    const session = this.session(workbookId, publicationId);
    return session.ok ? this.state(session.value) : session;
  }

  /** Applies `recipe` to the source under a job; the caller puts the table in the store. */
  private async run(
    session: Session,
    recipe: Recipe,
    jobId: string,
    emit: Emit,
  ): Promise<Result<RecipeRunOutput>> {
    const entry = this.deps.store.get(session.workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    const signal = this.deps.jobs.start(jobId);
    const progress = throttleProgress(jobId, emit);
    try {
      const pseudonymKey = needsKey(recipe)
        ? await ensurePseudonymKey(this.deps.secrets)
        : undefined;
      const run = await this.deps.runner({
        source: aliased(entry.source, session.aliases),
        recipe,
        signal,
        onProgress: (done, total) => progress('building', done, total),
        ...(pseudonymKey === undefined ? {} : { pseudonymKey }),
      });
      if (!run.ok) return run;
      progress('done', recipe.steps.length, recipe.steps.length);
      return run;
    } finally {
      this.deps.jobs.finish(jobId);
    }
  }

  /** Runs an edited recipe and, when the run succeeds, saves it as the new current version. */
  private async commit(
    session: Session,
    next: Recipe,
    change: RecipeChange,
    jobId: string,
    emit: Emit,
  ): Promise<Result<RecipeState>> {
    const parsed = parseRecipe(next, this.deps.check);
    if (!parsed.ok) return firstIssue(parsed.issues);
    const run = await this.run(session, parsed.recipe, jobId, emit);
    if (!run.ok) return run;
    const saved = this.save(session, parsed.recipe, change);
    if (!saved.ok) return saved;
    this.putTable(session.workbookId, run.value);
    session.recipe = parsed.recipe;
    session.stepResults = run.value.stepResults;
    session.replayPending = false;
    this.rememberSourceColumns(session);
    this.deps.audit?.record('recipe.change', { change, steps: parsed.recipe.steps.length });
    return this.state(session);
  }

  /** Saves a new current version (database or memory) and the stacks that go with it. */
  private save(session: Session, recipe: Recipe, change: RecipeChange): Result<null> {
    const repo = this.deps.repo;
    if (session.publicationId !== null && repo !== null) {
      try {
        // The pointer always names a saved row: "no steps yet" is saved once, so undo reaches it.
        if (session.version === 0)
          repo.saveEdit(session.publicationId, EMPTY_RECIPE, 'start-empty');
        repo.saveEdit(session.publicationId, recipe, change);
        const saved = repo.load(session.publicationId);
        if (saved === null)
          return fail('STORAGE_FAILED', 'the saved recipe could not be read back');
        session.version = saved.version;
        session.undo = [...saved.undo];
        session.redo = [...saved.redo];
      } catch (error) {
        return fail('STORAGE_FAILED', `recipe could not be saved (${errorName(error)})`);
      }
      return ok(null);
    }
    const previous = session.version;
    if (previous === 0) session.memory.set(0, EMPTY_RECIPE);
    session.version = Math.max(...session.memory.keys()) + 1;
    session.memory.set(session.version, recipe);
    session.undo = [...session.undo, previous].slice(-MAX_UNDO);
    session.redo = [];
    return ok(null);
  }

  private putTable(workbookId: string, run: RecipeRunOutput): void {
    this.sourceRows.set(run.table, run.sourceRows);
    this.deps.store.replaceTable(workbookId, run.table);
  }

  /**
   * Row `row` (0-based, as the grid shows it) of the current table in `column`: its value and the
   * stable key an edit-cell step needs. The key is the one the recipe engine gives that row when
   * it runs (computed on the source row it came from), so the step lands on the same row again.
   */
  currentCell(workbookId: string, row: number, column: string): Result<CurrentCell> {
    const found = this.session(workbookId);
    if (!found.ok) return found;
    const entry = this.deps.store.get(workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    const index = this.columnIndex(entry, column);
    if (!index.ok) return index;
    if (row >= entry.table.rowCount) {
      return fail('NOT_FOUND', 'Unknown row', { row, rowCount: entry.table.rowCount });
    }
    const table = entry.table;
    const origins = table === entry.source ? null : this.sourceRows.get(table);
    if (origins === undefined) return fail('INTERNAL', 'the current table has no row origins');
    const sourceRow = origins === null ? row : origins[row];
    if (sourceRow === undefined) return fail('INTERNAL', 'the current table has no row origins');
    return ok({
      row,
      column,
      rowKey: rowKeyAt(entry.source, sourceRow),
      value: table.values[index.value]?.[row] ?? null,
    });
  }

  private rememberSourceColumns(session: Session): void {
    const entry = this.deps.store.get(session.workbookId);
    if (session.publicationId === null || this.deps.repo === null || entry === undefined) return;
    this.deps.repo.saveSourceColumns(
      session.publicationId,
      columnsOf(aliased(entry.source, session.aliases)),
    );
  }

  private editable(workbookId: string): Result<Session> {
    const session = this.session(workbookId);
    if (!session.ok) return session;
    if (session.value.replayPending) {
      return fail('INVALID_REQUEST', 'a saved recipe waits for the replay decision', {
        reason: 'replayPending',
      });
    }
    return session;
  }

  private toStep(recipe: Recipe, input: RecipeStepInput): Step {
    return {
      id: nextStepId(recipe),
      op: input.op,
      ...(input.column === undefined ? {} : { column: input.column }),
      params: input.params,
      enabled: input.enabled ?? true,
      ...(input.note === undefined || input.note === '' ? {} : { note: input.note }),
    };
  }

  async add(
    workbookId: string,
    jobId: string,
    steps: readonly RecipeStepInput[],
    at: number | undefined,
    emit: Emit,
  ): Promise<Result<RecipeState>> {
    const session = this.editable(workbookId);
    if (!session.ok) return session;
    let next = session.value.recipe;
    let index = Math.min(at ?? next.steps.length, next.steps.length);
    for (const input of steps) {
      next = addStep(next, this.toStep(next, input), index);
      index++;
    }
    return this.commit(session.value, next, 'add', jobId, emit);
  }

  async update(
    workbookId: string,
    jobId: string,
    stepId: string,
    patch: {
      params?: Record<string, unknown>;
      column?: string;
      enabled?: boolean;
      note?: string;
    },
    emit: Emit,
  ): Promise<Result<RecipeState>> {
    const session = this.editable(workbookId);
    if (!session.ok) return session;
    const step = session.value.recipe.steps.find((s) => s.id === stepId);
    if (step === undefined) return fail('NOT_FOUND', 'Unknown step', { stepId });
    const { note: _oldNote, ...rest } = step;
    const note = patch.note ?? step.note;
    const updated: Step = {
      ...rest,
      ...(patch.params === undefined ? {} : { params: patch.params }),
      ...(patch.column === undefined ? {} : { column: patch.column }),
      ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
      ...(note === undefined || note === '' ? {} : { note }),
    };
    return this.commit(
      session.value,
      replaceStep(session.value.recipe, stepId, updated),
      'update',
      jobId,
      emit,
    );
  }

  async remove(workbookId: string, jobId: string, stepId: string, emit: Emit) {
    const session = this.editable(workbookId);
    if (!session.ok) return session;
    if (!session.value.recipe.steps.some((s) => s.id === stepId)) {
      return fail('NOT_FOUND', 'Unknown step', { stepId });
    }
    return this.commit(
      session.value,
      removeStep(session.value.recipe, stepId),
      'remove',
      jobId,
      emit,
    );
  }

  async move(workbookId: string, jobId: string, stepId: string, to: number, emit: Emit) {
    const session = this.editable(workbookId);
    if (!session.ok) return session;
    if (!session.value.recipe.steps.some((s) => s.id === stepId)) {
      return fail('NOT_FOUND', 'Unknown step', { stepId });
    }
    return this.commit(
      session.value,
      moveStep(session.value.recipe, stepId, to),
      'move',
      jobId,
      emit,
    );
  }

  private recipeOf(session: Session, version: number): Recipe | null {
    if (version === 0) return EMPTY_RECIPE;
    if (session.publicationId !== null && this.deps.repo !== null) {
      return this.deps.repo.version(session.publicationId, version);
    }
    return session.memory.get(version) ?? null;
  }

  /** Undo (direction -1) or redo (+1): moves the current version, recomputes, saves the pointer. */
  async travel(
    workbookId: string,
    jobId: string,
    direction: -1 | 1,
    emit: Emit,
  ): Promise<Result<RecipeState>> {
    const found = this.editable(workbookId);
    if (!found.ok) return found;
    const session = found.value;
    const target = direction < 0 ? session.undo.at(-1) : session.redo[0];
    if (target === undefined) return this.state(session);
    const recipe = this.recipeOf(session, target);
    if (recipe === null) return fail('STORAGE_FAILED', 'an earlier recipe version is missing');
    const run = await this.run(session, recipe, jobId, emit);
    if (!run.ok) return run;
    const undo = direction < 0 ? session.undo.slice(0, -1) : [...session.undo, session.version];
    const redo = direction < 0 ? [session.version, ...session.redo] : session.redo.slice(1);
    if (session.publicationId !== null && this.deps.repo !== null) {
      try {
        this.deps.repo.moveTo(session.publicationId, target, undo, redo);
      } catch (error) {
        return fail('STORAGE_FAILED', `recipe state could not be saved (${errorName(error)})`);
      }
    }
    session.version = target;
    this.putTable(session.workbookId, run.value);
    session.undo = undo;
    session.redo = redo;
    session.recipe = recipe;
    session.stepResults = run.value.stepResults;
    this.deps.audit?.record(direction < 0 ? 'recipe.undo' : 'recipe.redo', {
      steps: recipe.steps.length,
    });
    return this.state(session);
  }

  /**
   * The table before `beforeStepId` (editing that step), else the current table, with its rows'
   * stable keys (computed only when a step asks, e.g. an edit-cell preview): the keys the recipe
   * engine gives those rows, never hashes of cells earlier steps already changed.
   */
  private tableFor(
    session: Session,
    entry: OpenWorkbook,
    beforeStepId?: string,
  ): Result<{ table: Table; rowKeys: () => readonly string[] }> {
    if (beforeStepId === undefined) {
      const table = entry.table;
      const origins = table === entry.source ? null : this.sourceRows.get(table);
      return ok({
        table,
        rowKeys: () => {
          const keys = computeRowKeys(entry.source);
          if (origins === null) return keys;
          // Rows of a table no run of ours produced: keys of its own cells, as before.
          if (origins === undefined) return computeRowKeys(table);
          return origins.map((r) => keys[r] as string);
        },
      });
    }
    const index = session.recipe.steps.findIndex((s) => s.id === beforeStepId);
    if (index < 0) return fail('NOT_FOUND', 'Unknown step', { stepId: beforeStepId });
    const source = headOf(
      aliased(entry.source, session.aliases),
      entry.source.rowCount * Math.max(1, entry.source.columns.length) > INLINE_MAX_CELLS
        ? PREVIEW_ROWS
        : entry.source.rowCount,
    );
    const run = applyRecipe(source, {
      ...session.recipe,
      steps: session.recipe.steps.slice(0, index),
    });
    return ok({ table: run.table, rowKeys: run.rowKeys });
  }

  async preview(
    workbookId: string,
    input: RecipeStepInput,
    beforeStepId: string | undefined,
    sampleSize: number,
  ): Promise<Result<RecipePreview>> {
    const found = this.session(workbookId);
    if (!found.ok) return found;
    const entry = this.deps.store.get(workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    const step = this.toStep(found.value.recipe, input);
    const parsed = parseRecipe({ version: RECIPE_VERSION, steps: [step] }, this.deps.check);
    if (!parsed.ok) return firstIssue(parsed.issues);
    const base = this.tableFor(found.value, entry, beforeStepId);
    if (!base.ok) return base;
    // A large table previews on its first rows, except a one-cell edit: its row may be anywhere,
    // and it costs only the row keys, which applying it needs anyway.
    const large =
      step.op !== 'edit-cell' &&
      base.value.table.rowCount * Math.max(1, base.value.table.columns.length) > INLINE_MAX_CELLS;
    const table = large ? headOf(base.value.table, PREVIEW_ROWS) : base.value.table;
    let keys: readonly string[] | null = null;
    const rowKeys = (): readonly string[] => {
      keys ??= large ? base.value.rowKeys().slice(0, PREVIEW_ROWS) : base.value.rowKeys();
      return keys;
    };
    const empty: RecipePreview = {
      changes: [],
      changedCells: 0,
      removedRows: [],
      removedRowCount: 0,
      addedColumns: [],
      removedColumns: [],
      renamedColumns: [],
      invalidCells: 0,
      rowsExamined: table.rowCount,
      error: null,
    };
    try {
      const pseudonymKey = needsKey(parsed.recipe)
        ? await ensurePseudonymKey(this.deps.secrets)
        : undefined;
      const preview = previewStep(table, step, sampleSize, rowKeys, pseudonymKey);
      const invalidCells = applyStep(table, step, rowKeys, pseudonymKey).invalidCells ?? 0;
      return ok({
        ...empty,
        changes: preview.changes.map((c) => ({
          row: c.row,
          column: c.column,
          before: c.before,
          after: c.after,
        })),
        changedCells: preview.changedCells,
        removedRows: [...preview.removedRows],
        removedRowCount: preview.removedRowCount,
        addedColumns: [...preview.addedColumns],
        removedColumns: [...preview.removedColumns],
        renamedColumns: preview.renamedColumns.map((r) => ({ from: r.from, to: r.to })),
        invalidCells,
      });
    } catch (error) {
      if (error instanceof StepFailure) return ok({ ...empty, error: error.detail });
      throw error;
    }
  }

  private columnIndex(entry: OpenWorkbook, column: string): Result<number> {
    const index = entry.table.columns.findIndex((c) => c.name === column);
    return index < 0 ? fail('NOT_FOUND', 'Unknown column', { column }) : ok(index);
  }

  async profile(workbookId: string, column: string): Promise<Result<RecipeColumnProfile>> {
    const entry = this.entry(workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    const index = this.columnIndex(entry, column);
    if (!index.ok) return index;
    const p = profileColumn(entry.table, index.value);
    return ok({
      column,
      type: p.type,
      rows: p.rows,
      empty: p.empty,
      distinct: p.distinct,
      distinctCapped: p.distinctCapped,
      min: p.min,
      max: p.max,
      topValues: p.topValues.map((v) => ({ value: v.value, count: v.count })),
      invalidForType: { count: p.invalidForType.count, rows: [...p.invalidForType.rows] },
    });
  }

  async clusters(
    workbookId: string,
    column: string,
    limit: number,
  ): Promise<Result<{ column: string; clusters: RecipeCluster[] }>> {
    const entry = this.entry(workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    const index = this.columnIndex(entry, column);
    if (!index.ok) return index;
    const clusters = clusterValues(entry.table, index.value, { limit }).map((c) => ({
      key: c.key,
      values: c.values.map((v) => ({ value: v.value, count: v.count })),
      rows: c.rows,
      suggested: c.suggested,
    }));
    return ok({ column, clusters });
  }

  /** What replaying the saved recipe on this workbook's file would meet, before anything runs. */
  replayPlan(workbookId: string): Result<{
    plan: ReplayPlan;
    state: RecipeState;
    lastColumns: readonly ColumnSummary[] | null;
    baseline: { rowCount: number; columns: readonly ColumnSummary[]; recordedAt: string } | null;
  }> {
    const found = this.session(workbookId);
    if (!found.ok) return found;
    const session = found.value;
    const entry = this.deps.store.get(workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    const pub = session.publicationId;
    const saved = pub === null || this.deps.repo === null ? null : this.deps.repo.load(pub);
    const baseline = pub === null || this.deps.repo === null ? null : this.deps.repo.baseline(pub);
    const lastColumns = saved?.sourceColumns ?? null;
    const plan = planReplay(session.recipe, columnsOf(entry.source), lastColumns ?? undefined);
    const state = this.state(session);
    if (!state.ok) return state;
    return ok({
      plan,
      state: state.value,
      lastColumns,
      baseline:
        baseline === null
          ? null
          : {
              rowCount: baseline.rowCount,
              columns: baseline.columns,
              recordedAt: baseline.recordedAt,
            },
    });
  }

  /**
   * The clerk's decision on a pending recipe: replay it (with renamed columns mapped) or start
   * with an empty recipe (saved as a new version: undo brings the old one back).
   */
  async replay(
    workbookId: string,
    jobId: string,
    mode: 'replay' | 'start-empty',
    mapping: Readonly<Record<string, string>>,
    emit: Emit,
  ): Promise<Result<{ state: RecipeState; change: ReplayChange }>> {
    const found = this.session(workbookId);
    if (!found.ok) return found;
    const session = found.value;
    session.replayPending = false;
    let result: Result<RecipeState>;
    if (mode === 'start-empty') {
      result =
        session.recipe.steps.length === 0
          ? this.state(session)
          : await this.commit(session, EMPTY_RECIPE, 'start-empty', jobId, emit);
    } else {
      const aliases = this.aliasesFor(session, mapping);
      if (!aliases.ok) {
        session.replayPending = true;
        return aliases;
      }
      session.aliases = aliases.value;
      const run = await this.run(session, session.recipe, jobId, emit);
      if (run.ok) {
        this.putTable(session.workbookId, run.value);
        session.stepResults = run.value.stepResults;
        this.rememberSourceColumns(session);
        this.deps.audit?.record('recipe.replay', {
          steps: session.recipe.steps.length,
          mappedColumns: aliases.value.size,
        });
      } else {
        session.aliases = new Map();
      }
      result = run.ok ? this.state(session) : run;
    }
    if (!result.ok) {
      session.replayPending = session.recipe.steps.length > 0;
      return result;
    }
    return ok({ state: result.value, change: this.changeSinceBaseline(session) });
  }

  /**
   * Checks the clerk's mapping (recipe's name → file's column): each key a column the file lacks,
   * each value a file column the recipe does not already read by its own name, none twice.
   */
  private aliasesFor(
    session: Session,
    mapping: Readonly<Record<string, string>>,
  ): Result<ReadonlyMap<string, string>> {
    const entry = this.deps.store.get(session.workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    const fileNames = new Set(entry.source.columns.map((c) => c.name));
    const aliases = new Map<string, string>();
    for (const [recipeName, fileName] of Object.entries(mapping)) {
      if (fileNames.has(recipeName) || !fileNames.has(fileName) || aliases.has(fileName)) {
        return fail('INVALID_REQUEST', 'the column mapping does not fit the file', {
          reason: 'mapping',
          column: recipeName,
        });
      }
      aliases.set(fileName, recipeName);
    }
    return ok(aliases);
  }

  /** The review before publishing: the current table against the last export/publication. */
  changeOf(workbookId: string): Result<ReplayChange> {
    if (this.entry(workbookId) === undefined) return fail('NOT_FOUND', 'Workbook is not open');
    // The publication may be bound to the workbook after its recipe session began.
    return ok(
      this.changeSinceBaseline({ workbookId, publicationId: this.publicationOf(workbookId) }),
    );
  }

  /** The current table against the one last exported or published for the publication. */
  changeSinceBaseline(session: { publicationId: string | null; workbookId: string }): ReplayChange {
    const entry = this.deps.store.get(session.workbookId);
    const table = entry?.table;
    const baseline =
      session.publicationId === null || this.deps.repo === null
        ? null
        : this.deps.repo.baseline(session.publicationId);
    const rowsAfter = table?.rowCount ?? 0;
    if (baseline === null || table === undefined) {
      return {
        baselineAt: null,
        rowsBefore: null,
        rowsAfter,
        rowsAdded: null,
        rowsRemoved: null,
        columnsAdded: [],
        columnsRemoved: [],
        typeChanged: [],
      };
    }
    const byName = new Map(table.columns.map((c, i) => [c.name, i]));
    const columnsRemoved = baseline.columns.filter((c) => !byName.has(c.name)).map((c) => c.name);
    const before = new Set(baseline.columns.map((c) => c.name));
    const columnsAdded = table.columns.filter((c) => !before.has(c.name)).map((c) => c.name);
    const typeChanged = baseline.columns.flatMap((c) => {
      const i = byName.get(c.name);
      const type = i === undefined ? undefined : table.columns[i]?.type;
      return type === undefined || type === c.type
        ? []
        : [{ column: c.name, from: c.type, to: type }];
    });
    let rowsAdded: number | null = null;
    let rowsRemoved: number | null = null;
    if (columnsRemoved.length === 0) {
      const keys = computeRowKeys(
        table,
        baseline.columns.map((c) => byName.get(c.name) as number),
      );
      const previous = new Set(baseline.rowKeys);
      const now = new Set(keys);
      rowsAdded = keys.filter((k) => !previous.has(k)).length;
      rowsRemoved = baseline.rowKeys.filter((k) => !now.has(k)).length;
    }
    return {
      baselineAt: baseline.recordedAt,
      rowsBefore: baseline.rowCount,
      rowsAfter,
      rowsAdded,
      rowsRemoved,
      columnsAdded,
      columnsRemoved,
      typeChanged,
    };
  }

  /**
   * Remembers the current table's shape as "last published" (called on export and by publishing):
   * column names and types, row count, and row keys (hashes, never values).
   */
  recordBaseline(workbookId: string): boolean {
    const publicationId = this.publicationOf(workbookId);
    const entry = this.deps.store.get(workbookId);
    if (publicationId === null || entry === undefined || this.deps.repo === null) return false;
    if (!this.deps.repo.hasPublication(publicationId)) return false;
    this.deps.repo.saveBaseline(
      publicationId,
      columnsOf(entry.table),
      entry.table.rowCount,
      computeRowKeys(entry.table),
    );
    return true;
  }

  /** The recipe as a shareable JSON file; steps carrying cell values are listed for the clerk. */
  exportFile(
    workbookId: string,
    includeValues: boolean,
  ): Result<{ text: string; omittedSteps: string[] }> {
    const found = this.session(workbookId);
    if (!found.ok) return found;
    const recipe = found.value.recipe;
    const carrying = new Set(valueParamsOf(recipe).map((v) => v.stepId));
    const steps = includeValues ? recipe.steps : recipe.steps.filter((s) => !carrying.has(s.id));
    return ok({
      text: exportRecipe({ ...recipe, steps }),
      omittedSteps: includeValues ? [] : [...carrying],
    });
  }

  /** Replaces the recipe by an imported one (one change: undo brings the old recipe back). */
  async importFile(
    workbookId: string,
    jobId: string,
    text: string,
    emit: Emit,
  ): Promise<Result<RecipeState>> {
    const found = this.session(workbookId);
    if (!found.ok) return found;
    const imported = importRecipe(text, this.deps.check);
    if (!imported.ok) return firstIssue(imported.issues);
    found.value.replayPending = false;
    return this.commit(found.value, imported.recipe, 'import', jobId, emit);
  }
}
