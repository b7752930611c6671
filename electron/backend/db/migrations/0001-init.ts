import type { Migration } from '../migration';

/** Settings, recent files and the append-only audit log. */
export const migration0001Init: Migration = {
  id: '0001_init',
  sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE recent_files (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('xlsx', 'xlsm', 'xls', 'ods', 'csv')),
        row_count INTEGER NOT NULL CHECK (row_count >= 0),
        opened_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX recent_files_opened_at ON recent_files (opened_at DESC);

      -- Append-only: what was done, when, by whom. Never cell values, never secrets.
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
};
