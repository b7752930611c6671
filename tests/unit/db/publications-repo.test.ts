import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { PublicationsRepo } from '../../../electron/backend/db/publications-repo';

let dir: string;
let db: Db;
let clock: number;
let repo: PublicationsRepo;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-pub-'));
  db = openDatabase(dir);
  clock = Date.parse('2026-11-01T08:00:00Z');
  repo = new PublicationsRepo(db, () => new Date((clock += 60_000)));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('publications', () => {
  it('creates, lists newest-changed first, renames and archives', () => {
    const a = repo.create('  Socijalna pomoć  ', 'pomoc.xlsx');
    const b = repo.create('Subvencije', null);
    expect(a.title).toBe('Socijalna pomoć');
    expect(repo.list().map((p) => p.title)).toEqual(['Subvencije', 'Socijalna pomoć']);
    const renamed = repo.rename(a.id, 'Jednokratna pomoć');
    expect(renamed?.title).toBe('Jednokratna pomoć');
    expect(renamed && renamed.updatedAt > renamed.createdAt).toBe(true);
    expect(repo.list()[0]?.id).toBe(a.id);
    repo.touch(b.id, 'subvencije-2026-10.xlsx');
    expect(repo.get(b.id)?.sourceFileName).toBe('subvencije-2026-10.xlsx');
    expect(repo.archive(a.id)).toBe(true);
    expect(repo.archive(a.id)).toBe(false);
    expect(repo.get(a.id)).toBeNull();
    expect(repo.list().map((p) => p.id)).toEqual([b.id]);
  });

  it('refuses an empty title at the database level too', () => {
    expect(() =>
      db
        .prepare(
          "INSERT INTO publications (id, title, created_at, updated_at) VALUES ('x', '', 'a', 'a')",
        )
        .run(),
    ).toThrow();
  });
});
