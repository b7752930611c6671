/**
 * Recipes per publication (migration 0006): append-only versions plus the current version and
 * undo/redo stacks, written together in one transaction. Recipes are validated on the way out as
 * on the way in (`parse`): a damaged row reads as "no recipe", never as steps the engine did not
 * expect.
 */
import type { ColumnSummary } from '../../../shared/contract';
import type { Recipe } from '../../../shared/recipe';
import type { Db } from './database';

/** The state of a publication's recipe as saved. */
export interface SavedRecipe {
  readonly version: number;
  readonly recipe: Recipe;
  /** Versions to go back to (oldest first) and forward to (next first). */
  readonly undo: readonly number[];
  readonly redo: readonly number[];
  /** Columns of the file the recipe last ran on (rename suggestions for the next file). */
  readonly sourceColumns: readonly ColumnSummary[] | null;
}

export interface Baseline {
  readonly columns: readonly ColumnSummary[];
  readonly rowCount: number;
  readonly rowKeys: readonly string[];
  readonly recordedAt: string;
}

/** Longest undo history kept; older versions stay in recipe_versions, only the pointer goes. */
export const MAX_UNDO = 200;

export type RecipeChange =
  'add' | 'update' | 'remove' | 'move' | 'import' | 'replay' | 'start-empty' | 'undo' | 'redo';

interface StateRow {
  version: number;
  undo: string;
  redo: string;
  source_columns: string | null;
}

function numbers(text: string): number[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}

function columnsOf(text: string | null): ColumnSummary[] | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as ColumnSummary[]) : null;
  } catch {
    return null;
  }
}

export class RecipesRepo {
  constructor(
    private readonly db: Db,
    /** Checks a stored recipe before it is handed out (validateRecipe with the backend's ajv). */
    private readonly parse: (value: unknown) => Recipe | null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private recipeAt(publicationId: string, version: number): Recipe | null {
    const row = this.db
      .prepare('SELECT recipe FROM recipe_versions WHERE publication_id = ? AND version = ?')
      .get(publicationId, version) as { recipe: string } | undefined;
    if (row === undefined) return null;
    try {
      return this.parse(JSON.parse(row.recipe));
    } catch {
      return null;
    }
  }

  load(publicationId: string): SavedRecipe | null {
    const state = this.db
      .prepare(
        'SELECT version, undo, redo, source_columns FROM recipe_state WHERE publication_id = ?',
      )
      .get(publicationId) as StateRow | undefined;
    if (state === undefined) return null;
    const recipe = this.recipeAt(publicationId, state.version);
    if (recipe === null) return null;
    return {
      version: state.version,
      recipe,
      undo: numbers(state.undo),
      redo: numbers(state.redo),
      sourceColumns: columnsOf(state.source_columns),
    };
  }

  /** The recipe of an older version (undo/redo); null when missing or damaged. */
  version(publicationId: string, version: number): Recipe | null {
    return this.recipeAt(publicationId, version);
  }

  /**
   * Saves an edit: a new version row, the previous one pushed on the undo stack, redo cleared.
   * Returns the new version number.
   */
  saveEdit(publicationId: string, recipe: Recipe, change: RecipeChange): number {
    return this.db.transaction(() => {
      const at = this.now().toISOString();
      const last = this.db
        .prepare('SELECT MAX(version) AS v FROM recipe_versions WHERE publication_id = ?')
        .get(publicationId) as { v: number | null };
      const version = (last.v ?? 0) + 1;
      this.db
        .prepare(
          `INSERT INTO recipe_versions (publication_id, version, recipe, change, created_at)
           VALUES (?, ?, ?, ?, ?)`,
        )
        .run(publicationId, version, JSON.stringify(recipe), change, at);
      const state = this.db
        .prepare('SELECT version, undo FROM recipe_state WHERE publication_id = ?')
        .get(publicationId) as { version: number; undo: string } | undefined;
      const undo = state === undefined ? [] : [...numbers(state.undo), state.version];
      this.writeState(publicationId, version, undo.slice(-MAX_UNDO), [], at);
      return version;
    })();
  }

  /** Moves the current pointer (undo/redo); the stacks are the caller's. */
  moveTo(
    publicationId: string,
    version: number,
    undo: readonly number[],
    redo: readonly number[],
  ): void {
    this.writeState(publicationId, version, undo, redo, this.now().toISOString());
  }

  private writeState(
    publicationId: string,
    version: number,
    undo: readonly number[],
    redo: readonly number[],
    at: string,
  ): void {
    this.db
      .prepare(
        `INSERT INTO recipe_state (publication_id, version, undo, redo, updated_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (publication_id) DO UPDATE SET
           version = excluded.version, undo = excluded.undo, redo = excluded.redo,
           updated_at = excluded.updated_at`,
      )
      .run(publicationId, version, JSON.stringify(undo), JSON.stringify(redo), at);
  }

  /** Remembers the columns of the file the recipe ran on (only when a recipe is saved). */
  saveSourceColumns(publicationId: string, columns: readonly ColumnSummary[]): void {
    this.db
      .prepare('UPDATE recipe_state SET source_columns = ? WHERE publication_id = ?')
      .run(JSON.stringify(columns), publicationId);
  }

  saveBaseline(
    publicationId: string,
    columns: readonly ColumnSummary[],
    rowCount: number,
    rowKeys: readonly string[],
  ): void {
    this.db
      .prepare(
        `INSERT INTO recipe_baselines (publication_id, columns, row_count, row_keys, recorded_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (publication_id) DO UPDATE SET
           columns = excluded.columns, row_count = excluded.row_count,
           row_keys = excluded.row_keys, recorded_at = excluded.recorded_at`,
      )
      .run(
        publicationId,
        JSON.stringify(columns),
        rowCount,
        rowKeys.join('\n'),
        this.now().toISOString(),
      );
  }

  baseline(publicationId: string): Baseline | null {
    const row = this.db
      .prepare(
        'SELECT columns, row_count, row_keys, recorded_at FROM recipe_baselines WHERE publication_id = ?',
      )
      .get(publicationId) as
      { columns: string; row_count: number; row_keys: string; recorded_at: string } | undefined;
    if (row === undefined) return null;
    const columns = columnsOf(row.columns);
    if (columns === null) return null;
    return {
      columns,
      rowCount: row.row_count,
      rowKeys: row.row_keys === '' ? [] : row.row_keys.split('\n'),
      recordedAt: row.recorded_at,
    };
  }

  /** Whether the publication exists (a recipe is saved only with a known publication). */
  hasPublication(publicationId: string): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM publications WHERE id = ? AND archived = 0')
        .get(publicationId) !== undefined
    );
  }
}
