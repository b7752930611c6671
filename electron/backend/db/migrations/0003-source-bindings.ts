import type { Migration } from '../migration';

/**
 * A publication's source binding (issue 3): how its file is read — encoding, delimiter, sheet,
 * header row, rows left out — as the clerk corrected it, reused when next month's file opens.
 * `options` is the contract's ReadOptions as JSON, validated before it is stored and again when
 * it is read back.
 */
export const migration0003SourceBindings: Migration = {
  id: '0003_source_bindings',
  sql: `
      CREATE TABLE source_bindings (
        publication_id TEXT PRIMARY KEY REFERENCES publications (id) ON DELETE CASCADE,
        options TEXT NOT NULL CHECK (json_valid(options)),
        source_file_name TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
    `,
};
