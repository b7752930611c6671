import type { Migration } from '../migration';

/**
 * Issue 5 (the privacy gate): the clerk's justifications for personal data left in a publication
 * (per column and kind, with who and when), and the publication's anonymization report together
 * with the last risk check (the quasi-identifiers the clerk marked and the k they gave).
 * Never cell values: column names, kind codes, counts and the clerk's own words.
 */
export const migration0007Privacy: Migration = {
  id: '0007_privacy',
  sql: `
      CREATE TABLE privacy_justifications (
        publication_id TEXT NOT NULL REFERENCES publications (id) ON DELETE CASCADE,
        column_name TEXT NOT NULL CHECK (length(column_name) BETWEEN 1 AND 500),
        kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
        reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        actor TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (publication_id, column_name, kind)
      ) STRICT;

      CREATE TABLE privacy_reports (
        publication_id TEXT PRIMARY KEY REFERENCES publications (id) ON DELETE CASCADE,
        risk TEXT CHECK (risk IS NULL OR json_valid(risk)),
        report TEXT CHECK (report IS NULL OR json_valid(report)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `,
};
