import type { Migration } from '../migration';

/**
 * Publishing to a uData portal (architecture.md §6–§7; udata-api.md §13 pitfall 3):
 * - publish_targets / publish_resources: the portal ids of each publication, per portal URL (the
 *   training portal and data.gov.rs never share ids);
 * - publish_attempts: the register — every attempt and its result, who, when, where, checksums;
 * - publish_journal: every remote step recorded before and after it runs, append-only, so an
 *   interrupted attempt resumes without a second dataset or resource.
 */
export const migration0005PublishJournal: Migration = {
  id: '0005_publish_journal',
  sql: `
      CREATE TABLE publish_targets (
        publication_id TEXT NOT NULL REFERENCES publications (id),
        portal_url TEXT NOT NULL CHECK (length(portal_url) BETWEEN 1 AND 500),
        dataset_id TEXT NOT NULL,
        dataset_slug TEXT,
        dataset_page TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (publication_id, portal_url)
      ) STRICT;

      CREATE TABLE publish_resources (
        publication_id TEXT NOT NULL,
        portal_url TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('main', 'period', 'dictionary')),
        role_key TEXT NOT NULL DEFAULT '',
        resource_id TEXT NOT NULL,
        checksum_sha1 TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (publication_id, portal_url, role, role_key),
        FOREIGN KEY (publication_id, portal_url)
          REFERENCES publish_targets (publication_id, portal_url)
      ) STRICT;

      CREATE TABLE publish_attempts (
        id TEXT PRIMARY KEY,
        publication_id TEXT NOT NULL REFERENCES publications (id),
        attempt_no INTEGER NOT NULL CHECK (attempt_no >= 1),
        portal_url TEXT NOT NULL,
        portal_profile TEXT CHECK (portal_profile IN ('legacy', 'modern')),
        training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1)),
        actor TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        result TEXT NOT NULL
          CHECK (result IN ('running', 'succeeded', 'failed', 'cancelled', 'interrupted')),
        error_code TEXT,
        resource_policy TEXT NOT NULL CHECK (resource_policy IN ('replace', 'per-period')),
        period TEXT,
        resumed INTEGER NOT NULL DEFAULT 0 CHECK (resumed IN (0, 1)),
        dataset_id TEXT,
        dataset_url TEXT,
        resource_id TEXT,
        resource_url TEXT,
        file_name TEXT,
        row_count INTEGER CHECK (row_count IS NULL OR row_count >= 0),
        checksum_sha1 TEXT,
        recipe_version TEXT,
        anonymization_summary TEXT,
        UNIQUE (publication_id, attempt_no)
      ) STRICT;
      CREATE INDEX publish_attempts_started_at ON publish_attempts (started_at DESC);

      -- Append-only: never the API key, never cell values.
      CREATE TABLE publish_journal (
        id INTEGER PRIMARY KEY,
        attempt_id TEXT NOT NULL REFERENCES publish_attempts (id),
        publication_id TEXT NOT NULL,
        step TEXT NOT NULL,
        step_key TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL CHECK (phase IN ('started', 'succeeded', 'failed')),
        detail TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX publish_journal_publication ON publish_journal (publication_id, id);
      CREATE TRIGGER publish_journal_no_update BEFORE UPDATE ON publish_journal
        BEGIN SELECT RAISE(ABORT, 'publish_journal is append-only'); END;
      CREATE TRIGGER publish_journal_no_delete BEFORE DELETE ON publish_journal
        BEGIN SELECT RAISE(ABORT, 'publish_journal is append-only'); END;
    `,
};
