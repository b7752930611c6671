/**
 * The local SQLite database: one connection owned by the backend (architecture.md §6).
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE = 'otvori.db';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

function hashOf(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

/** Opens (creating if needed) the database in dataDir and brings its schema up to date. */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const isNew = !existsSync(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, isNew ? null : dataDir);
    return db;
  } catch (error) {
    // Never delete a database on failure: close it and let the caller report.
    db.close();
    throw error;
  }
}

/** Applies pending migrations. backupDir: where to VACUUM INTO a copy first (null for a new db). */
export function migrate(db: Db, migrations: readonly Migration[], backupDir: string | null): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       id TEXT PRIMARY KEY,
       hash TEXT NOT NULL,
       applied_at TEXT NOT NULL
     ) STRICT`,
  );
  const applied = new Map(
    (
      db.prepare('SELECT id, hash FROM schema_migrations').all() as { id: string; hash: string }[]
    ).map((row) => [row.id, row.hash]),
  );
  const known = new Set(migrations.map((m) => m.id));
  for (const id of applied.keys()) {
    if (!known.has(id)) {
      throw new MigrationError(
        `Database has migration ${id}, unknown to this version of Otvori: it was written by a newer version.`,
      );
    }
  }
  for (const migration of migrations) {
    const hash = applied.get(migration.id);
    if (hash !== undefined && hash !== hashOf(migration)) {
      throw new MigrationError(`Migration ${migration.id} was edited after it was applied.`);
    }
  }
  const pending = migrations.filter((m) => !applied.has(m.id));
  if (pending.length === 0) return;
  if (backupDir !== null && applied.size > 0) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = path.join(
      backupDir,
      `otvori-before-${pending[0]?.id ?? 'migration'}-${stamp}.db`,
    );
    db.prepare('VACUUM INTO ?').run(target);
  }
  const record = db.prepare(
    'INSERT INTO schema_migrations (id, hash, applied_at) VALUES (?, ?, ?)',
  );
  const applyAll = db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      record.run(migration.id, hashOf(migration), new Date().toISOString());
    }
  });
  applyAll();
}
