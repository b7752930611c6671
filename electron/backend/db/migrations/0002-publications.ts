import type { Migration } from '../migration';

/**
 * The publication: what a clerk comes back to every period (architecture.md §1). Later features
 * keep their parts in their own tables that reference publications(id): source binding, recipe
 * versions, metadata, privacy decisions, portal target, the publish journal.
 */
export const migration0002Publications: Migration = {
  id: '0002_publications',
  sql: `
      CREATE TABLE publications (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        source_file_name TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
      ) STRICT;
      CREATE INDEX publications_updated_at ON publications (updated_at DESC);
    `,
};
