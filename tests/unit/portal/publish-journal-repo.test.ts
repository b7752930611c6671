import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { MIGRATIONS } from '../../../electron/backend/db/migrations';
import { PublicationsRepo } from '../../../electron/backend/db/publications-repo';
import {
  PublishJournalRepo,
  type AttemptStart,
} from '../../../electron/backend/portal/publish/publish-journal-repo';
import { registerToCsv } from '../../../electron/backend/portal/publish/register-csv';

let dir: string;
let db: Db;
let repo: PublishJournalRepo;
let pub: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-journal-'));
  db = openDatabase(dir);
  let tick = 0;
  repo = new PublishJournalRepo(db, () => new Date(Date.UTC(2026, 9, 1, 8, 0, tick++)));
  pub = new PublicationsRepo(db).create('Буџет', null).id;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function start(extra: Partial<AttemptStart> = {}): AttemptStart {
  return {
    publicationId: pub,
    portalUrl: 'https://data.gov.rs',
    profile: 'legacy',
    training: false,
    actor: 'vera',
    resourcePolicy: 'replace',
    period: null,
    fileName: 'budzhet.csv',
    rowCount: 12,
    recipeVersion: null,
    anonymizationSummary: null,
    ...extra,
  };
}

describe('migration 0005_publish_journal', () => {
  it('is registered after the publications it references', () => {
    const ids = MIGRATIONS.map((m) => m.id);
    expect(ids.indexOf('0005_publish_journal')).toBeGreaterThan(ids.indexOf('0002_publications'));
  });

  it('keeps the journal append-only and the publication referenced', () => {
    const attempt = repo.startAttempt(start());
    repo.journal(attempt.id, pub, 'create_dataset', '', 'started', { title: 'x' });
    expect(() => db.prepare('UPDATE publish_journal SET phase = ?').run('failed')).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM publish_journal').run()).toThrow(/append-only/);
    expect(() => repo.startAttempt(start({ publicationId: 'nope' }))).toThrow(/FOREIGN KEY/);
  });
});

describe('PublishJournalRepo', () => {
  it('records targets and resources per portal', () => {
    repo.saveTarget({
      publicationId: pub,
      portalUrl: 'https://data.gov.rs',
      datasetId: 'd1',
      datasetSlug: 's',
      datasetPage: 'p',
    });
    expect(repo.getTarget(pub, 'http://127.0.0.1:1')).toBeNull();
    repo.saveResource(pub, 'https://data.gov.rs', {
      role: 'period',
      roleKey: '2026-10',
      resourceId: 'r1',
      checksumSha1: 'a',
    });
    repo.saveResource(pub, 'https://data.gov.rs', {
      role: 'period',
      roleKey: '2026-10',
      resourceId: 'r2',
      checksumSha1: 'b',
    });
    expect(repo.listResources(pub, 'https://data.gov.rs')).toEqual([
      { role: 'period', roleKey: '2026-10', resourceId: 'r2', checksumSha1: 'b' },
    ]);
  });

  it('marks a running attempt as interrupted and the next one as a resume', () => {
    const first = repo.startAttempt(start());
    repo.journal(first.id, pub, 'upload_resource', 'main:', 'started');
    expect(repo.unfinishedSteps(pub).map((e) => e.step)).toEqual(['upload_resource']);
    // A refusal is final; a lost answer is not.
    repo.journal(first.id, pub, 'create_dataset', '', 'started');
    repo.journal(first.id, pub, 'create_dataset', '', 'failed', { outcome: 'refused' });
    repo.journal(first.id, pub, 'set_resource_metadata', 'main:', 'started');
    repo.journal(first.id, pub, 'set_resource_metadata', 'main:', 'failed', { outcome: 'unknown' });
    expect(repo.unfinishedSteps(pub).map((e) => e.step)).toEqual([
      'upload_resource',
      'set_resource_metadata',
    ]);
    const second = repo.startAttempt(start());
    expect(second).toMatchObject({ attemptNo: 2, resumed: true });
    repo.finishAttempt(second.id, { result: 'succeeded', datasetId: 'd', checksumSha1: 'c' });
    const third = repo.startAttempt(start());
    expect(third.resumed).toBe(false);
    const results = repo.listRegister({ publicationId: pub }).map((e) => [e.attemptNo, e.result]);
    expect(results).toEqual([
      [3, 'running'],
      [2, 'succeeded'],
      [1, 'interrupted'],
    ]);
  });

  it('keeps training attempts off the real register unless asked', () => {
    repo.startAttempt(start({ training: true, portalUrl: 'http://127.0.0.1:9' }));
    repo.startAttempt(start());
    expect(repo.listRegister()).toHaveLength(1);
    expect(repo.listRegister({ includeTraining: true })).toHaveLength(2);
    expect(
      repo.listRegister({ includeTraining: true, portalUrl: 'http://127.0.0.1:9' })[0]?.training,
    ).toBe(true);
  });
});

describe('registerToCsv', () => {
  it('writes RFC 4180 with labels, BOM, quoting and formula neutralising', () => {
    const attempt = repo.startAttempt(start());
    repo.finishAttempt(attempt.id, { result: 'failed', errorCode: 'PORTAL_DOWN' });
    db.prepare('UPDATE publications SET title = ? WHERE id = ?').run(
      '=HYPERLINK("x"), "Буџет"',
      pub,
    );
    const csv = registerToCsv(repo.listRegister(), { bom: true, labels: { startedAt: 'Почетак' } });
    expect(csv.startsWith('\uFEFFПочетак,finishedAt,publicationTitle')).toBe(true);
    const [, line] = csv.split('\r\n');
    expect(line).toContain(`"'=HYPERLINK(""x""), ""Буџет"""`);
    expect(line).toContain(',failed,PORTAL_DOWN,vera,https://data.gov.rs,legacy,0,replace,,0,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
