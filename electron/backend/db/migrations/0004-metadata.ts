import type { Migration } from '../migration';

/**
 * Issue 6: a publication's metadata (one JSON document per publication, validated by ajv on the
 * way in and out rather than spread over columns: the shape follows the portal's and will grow),
 * the office template (one row), and the portal's reference lists cached with their fetch date.
 */
export const migration0004Metadata: Migration = {
  id: '0004_metadata',
  sql: `
      CREATE TABLE publication_metadata (
        publication_id TEXT PRIMARY KEY REFERENCES publications (id) ON DELETE CASCADE,
        schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
        body TEXT NOT NULL CHECK (json_valid(body)),
        updated_at TEXT NOT NULL
      ) STRICT;

      -- One office per installation for now: the row id is fixed.
      CREATE TABLE metadata_template (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        body TEXT NOT NULL CHECK (json_valid(body)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE reference_lists (
        kind TEXT PRIMARY KEY
          CHECK (kind IN ('licenses', 'frequencies', 'resourceTypes', 'extensions', 'granularities')),
        items TEXT NOT NULL CHECK (json_valid(items)),
        source TEXT NOT NULL,
        fetched_at TEXT NOT NULL
      ) STRICT;
    `,
};
