import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { PrivacyRepo } from '../../../electron/backend/db/privacy-repo';
import { PublicationsRepo } from '../../../electron/backend/db/publications-repo';

let dir: string;
let db: Db;
let repo: PrivacyRepo;
let publicationId: string;
let clock: number;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-privacy-'));
  db = openDatabase(dir);
  clock = Date.parse('2026-11-27T08:00:00Z');
  repo = new PrivacyRepo(db, 'marija', () => new Date((clock += 60_000)));
  publicationId = new PublicationsRepo(db).create('Pomoć', 'pomoc.xlsx').id;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('PrivacyRepo', () => {
  it('stores, replaces and removes justifications per publication, column and kind', () => {
    expect(repo.justifications(publicationId)).toEqual([]);
    repo.justify(publicationId, 'Ime i prezime', 'name', '  Imena odbornika su javna  ');
    repo.justify(publicationId, 'JMBG', 'jmbg', 'prvo');
    const replaced = repo.justify(publicationId, 'JMBG', 'jmbg', 'drugo');
    expect(replaced).toMatchObject({ column: 'JMBG', kind: 'jmbg', text: 'drugo', who: 'marija' });
    const list = repo.justifications(publicationId);
    expect(list.map((j) => [j.column, j.kind, j.text])).toEqual([
      ['Ime i prezime', 'name', 'Imena odbornika su javna'],
      ['JMBG', 'jmbg', 'drugo'],
    ]);
    expect(list[1]?.at).toBe('2026-11-27T08:03:00.000Z');
    expect(repo.unjustify(publicationId, 'JMBG', 'jmbg')).toBe(true);
    expect(repo.unjustify(publicationId, 'JMBG', 'jmbg')).toBe(false);
    expect(repo.justifications(publicationId)).toHaveLength(1);
  });

  it('refuses an empty justification and an unknown publication', () => {
    expect(() => repo.justify(publicationId, 'JMBG', 'jmbg', '   ')).toThrow();
    expect(() => repo.justify('nema', 'JMBG', 'jmbg', 'razlog')).toThrow();
  });

  it('keeps the risk check and the report side by side', () => {
    expect(repo.risk(publicationId)).toBeNull();
    const risk = { quasiIdentifiers: ['Naselje', 'Pol'], k: 3, uniqueRows: 0, targetK: 5 };
    repo.saveRisk(publicationId, risk);
    const report = {
      version: 1 as const,
      generatedAt: '2026-11-27T08:00:00.000Z',
      rowsBefore: 10,
      rowsAfter: 10,
      found: [{ column: 'JMBG', kinds: ['jmbg' as const] }],
      removed: ['JMBG'],
      transformed: [],
      justified: [],
      open: [],
      risk,
    };
    repo.saveReport(publicationId, report);
    expect(repo.risk(publicationId)).toEqual(risk);
    expect(repo.report(publicationId)).toEqual(report);
  });
});
