import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MigrationError, openDatabase } from '../../../electron/backend/db/database';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';
import {
  RecentFilesRepo,
  RECENT_FILES_LIMIT,
} from '../../../electron/backend/db/recent-files-repo';
import { SettingsRepo } from '../../../electron/backend/db/settings-repo';
import { AuditLog } from '../../../electron/backend/db/audit-log';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-db-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('database', () => {
  it('opens with WAL, foreign keys and all migrations recorded', () => {
    const db = openDatabase(dir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const ids = db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all();
    expect(ids).toEqual(MIGRATIONS.map((m) => m.id));
    db.close();
  });

  it('reopens an existing database without re-applying migrations', () => {
    openDatabase(dir).close();
    const db = openDatabase(dir);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(
      MIGRATIONS.length,
    );
    db.close();
  });

  it('fails loudly when an applied migration was edited, and keeps the database', () => {
    openDatabase(dir).close();
    const edited = MIGRATIONS.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    expect(() => openDatabase(dir, edited)).toThrow(MigrationError);
    expect(readdirSync(dir)).toContain('otvori.db');
  });

  it('refuses a database written by a newer version', () => {
    openDatabase(dir, [
      ...MIGRATIONS,
      { id: '9999_future', sql: 'CREATE TABLE future (x INTEGER) STRICT;' },
    ]).close();
    expect(() => openDatabase(dir)).toThrow(/newer version/);
  });

  it('backs the database up before applying a new migration', () => {
    openDatabase(dir).close();
    const db = openDatabase(dir, [
      ...MIGRATIONS,
      { id: '0002_test', sql: 'CREATE TABLE t (x INTEGER) STRICT;' },
    ]);
    db.close();
    expect(readdirSync(dir).some((f) => f.startsWith('otvori-before-0002_test-'))).toBe(true);
  });

  it('rolls a failing migration back entirely', () => {
    openDatabase(dir).close();
    const broken = [
      ...MIGRATIONS,
      { id: '0002_broken', sql: 'CREATE TABLE ok_table (x INTEGER) STRICT; CREATE TABLE oops (' },
    ];
    expect(() => openDatabase(dir, broken)).toThrow();
    const db = openDatabase(dir);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'ok_table'").pluck().get(),
    ).toBe(0);
    db.close();
  });
});

describe('repositories', () => {
  it('settings default to Serbian Cyrillic and persist', () => {
    const db = openDatabase(dir);
    const settings = new SettingsRepo(db);
    expect(settings.get()).toEqual({ locale: 'sr-Cyrl' });
    expect(settings.set({ locale: 'en' })).toEqual({ locale: 'en' });
    db.close();
    const reopened = openDatabase(dir);
    expect(new SettingsRepo(reopened).get()).toEqual({ locale: 'en' });
    reopened.close();
  });

  it('recent files: newest first, deduplicated by path, pruned, availability checked', () => {
    const db = openDatabase(dir);
    let t = Date.parse('2026-11-01T10:00:00Z');
    const repo = new RecentFilesRepo(db, () => new Date((t += 1000)));
    repo.touch({ path: path.join(dir, 'a.xlsx'), fileName: 'a.xlsx', format: 'xlsx', rowCount: 5 });
    repo.touch({ path: path.join(dir, 'b.csv'), fileName: 'b.csv', format: 'csv', rowCount: 7 });
    repo.touch({ path: path.join(dir, 'a.xlsx'), fileName: 'a.xlsx', format: 'xlsx', rowCount: 6 });
    const list = repo.list();
    expect(list.map((f) => f.fileName)).toEqual(['a.xlsx', 'b.csv']);
    expect(list[0]?.rowCount).toBe(6);
    expect(list.every((f) => f.available === false)).toBe(true);
    for (let i = 0; i < RECENT_FILES_LIMIT + 5; i++) {
      repo.touch({
        path: path.join(dir, `f${i}.csv`),
        fileName: `f${i}.csv`,
        format: 'csv',
        rowCount: i,
      });
    }
    expect(repo.list()).toHaveLength(RECENT_FILES_LIMIT);
    db.close();
  });

  it('audit log is append-only', () => {
    const db = openDatabase(dir);
    new AuditLog(db, 'referent').record('workbook.open', { rows: 3 });
    expect(db.prepare('SELECT actor, action, detail FROM audit_log').get()).toEqual({
      actor: 'referent',
      action: 'workbook.open',
      detail: '{"rows":3}',
    });
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    db.close();
  });
});
