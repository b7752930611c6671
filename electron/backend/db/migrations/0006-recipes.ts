import type { Migration } from '../migration';

/**
 * Recipes saved with their publication (issue 4; architecture.md §6):
 * - recipe_versions: every change of the recipe is a new row, never updated, so nothing is lost
 *   on a crash and any earlier recipe can be brought back;
 * - recipe_state: which version is current and the undo/redo stacks (lists of version numbers),
 *   written in the same transaction as the version, so undo survives closing the app; and the
 *   columns of the file the recipe last ran on (rename suggestions for next month's file);
 * - recipe_baselines: the shape of the table last exported or published (columns, row count and
 *   row keys — hashes of the cleaned rows, never their values), to tell the clerk what changed.
 */
export const migration0006Recipes: Migration = {
  id: '0006_recipes',
  sql: `
      CREATE TABLE recipe_versions (
        publication_id TEXT NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        recipe TEXT NOT NULL CHECK (json_valid(recipe)),
        change TEXT NOT NULL CHECK (length(change) BETWEEN 1 AND 40),
        created_at TEXT NOT NULL,
        PRIMARY KEY (publication_id, version)
      ) STRICT;
      CREATE TRIGGER recipe_versions_no_update BEFORE UPDATE ON recipe_versions
        BEGIN SELECT RAISE(ABORT, 'recipe_versions is append-only'); END;

      CREATE TABLE recipe_state (
        publication_id TEXT PRIMARY KEY REFERENCES publications (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        undo TEXT NOT NULL CHECK (json_valid(undo)),
        redo TEXT NOT NULL CHECK (json_valid(redo)),
        source_columns TEXT CHECK (source_columns IS NULL OR json_valid(source_columns)),
        updated_at TEXT NOT NULL,
        FOREIGN KEY (publication_id, version) REFERENCES recipe_versions (publication_id, version)
      ) STRICT;

      CREATE TABLE recipe_baselines (
        publication_id TEXT PRIMARY KEY REFERENCES publications (id) ON DELETE CASCADE,
        columns TEXT NOT NULL CHECK (json_valid(columns)),
        row_count INTEGER NOT NULL CHECK (row_count >= 0),
        row_keys TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
    `,
};
