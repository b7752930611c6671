import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { PrivacyRepo } from '../../../electron/backend/db/privacy-repo';
import { PublicationsRepo } from '../../../electron/backend/db/publications-repo';
import { PrivacyGate, WorkbookNotOpen } from '../../../electron/backend/privacy/privacy-gate';
import { ScanCache } from '../../../electron/backend/privacy/scan-cache';
import { WorkbookStore } from '../../../electron/backend/workbook/workbook-store';
import type { Table } from '../../../shared/table/types';
import { table } from '../recipe/helpers';

let dir: string;
let db: Db;
let repo: PrivacyRepo;
let store: WorkbookStore;
let gate: PrivacyGate;
let publicationId: string;

const source = table(
  [
    ['Prezime i ime', 'text'],
    ['JMBG', 'text'],
    ['Naselje', 'text'],
    ['Iznos', 'integer'],
  ],
  [
    ['Petrović Petar', '1506985865129', 'Pančevo', 1200],
    ['Јовановић Јелена', '3112999860005', 'Starčevo', 900],
    ['Marković Marko', '0102985860049', 'Omoljica', 300],
  ],
);

function without(t: Table, name: string): Table {
  const keep = (_: unknown, c: number) => t.columns[c]?.name !== name;
  return {
    columns: t.columns.filter(keep),
    values: t.values.filter(keep),
    originals: t.originals.filter(keep),
    rowCount: t.rowCount,
  };
}

function open(withPublication: boolean): string {
  const entry = store.add(
    { format: 'csv', sheets: [{ name: 'List1', hidden: false }], sheetIndex: 0, table: source },
    'pomoc.csv',
    '/tmp/pomoc.csv',
    withPublication ? publicationId : null,
  );
  return entry.summary.workbookId;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-gate-'));
  db = openDatabase(dir);
  repo = new PrivacyRepo(db, 'marija');
  store = new WorkbookStore();
  gate = new PrivacyGate({
    store,
    scans: new ScanCache(),
    repo,
    now: () => new Date('2026-11-27T20:00:00Z'),
  });
  publicationId = new PublicationsRepo(db).create('Pomoć', 'pomoc.csv').id;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('PrivacyGate', () => {
  it('refuses the table as read, naming columns and kinds but no values', async () => {
    const id = open(true);
    const check = await gate.check(id);
    expect(check.passed).toBe(false);
    expect(check.blockers).toEqual([
      { column: 'Prezime i ime', kinds: ['name'] },
      { column: 'JMBG', kinds: ['jmbg'] },
    ]);
    expect(JSON.stringify(check)).not.toMatch(/1506985865129|Petrović/);
    expect(repo.report(publicationId)).toBeNull();
  });

  it('checks the CURRENT table: passes once the recipe removed the columns, and saves the report', async () => {
    const id = open(true);
    store.replaceTable(id, without(without(source, 'JMBG'), 'Prezime i ime'));
    const check = await gate.check(id);
    expect(check).toEqual({
      passed: true,
      blockers: [],
      reportSummary: 'privacy: found 2, removed 2, transformed 0, justified 0, open 0',
    });
    const report = repo.report(publicationId);
    expect(report?.removed).toEqual(['Prezime i ime', 'JMBG']);
    expect(report?.generatedAt).toBe('2026-11-27T20:00:00.000Z');
  });

  it('passes with the clerk’s justification for what is left', async () => {
    const id = open(true);
    store.replaceTable(id, without(source, 'JMBG'));
    expect((await gate.check(id)).blockers).toEqual([{ column: 'Prezime i ime', kinds: ['name'] }]);
    repo.justify(publicationId, 'Prezime i ime', 'name', 'Dobitnici javne nagrade');
    const check = await gate.check(id);
    expect(check.passed).toBe(true);
    expect(check.reportSummary).toContain('justified 1');
  });

  it('without a publication nothing can be justified, and a closed workbook throws', async () => {
    const id = open(false);
    repo.justify(publicationId, 'JMBG', 'jmbg', 'ne važi za ovaj fajl');
    expect((await gate.check(id)).passed).toBe(false);
    await expect(gate.check('nema')).rejects.toBeInstanceOf(WorkbookNotOpen);
  });
});
