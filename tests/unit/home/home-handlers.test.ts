import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OtvoriApi, Result } from '../../../shared/contract';
import { newMetadata } from '../../../shared/metadata/new-metadata';
import type { OfficeTemplate, PublicationMetadata } from '../../../shared/metadata/types';
import type { Table } from '../../../shared/table/types';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { validateResponse } from '../../../electron/backend/contract/validate';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { createInProcessApi } from '../../../electron/backend/in-process-host';
import type { FilePort } from '../../../electron/backend/ports';
import {
  PublishJournalRepo,
  type AttemptStart,
} from '../../../electron/backend/portal/publish/publish-journal-repo';

const files: FilePort = {
  pickFile: async () => 'unsupported',
  register: (_p, name, size) => ({ id: 'f1', name, size }),
  resolve: () => null,
  save: async (name, bytes) => ({ kind: 'saved', fileName: name, bytes: bytes.byteLength }),
};

const TEMPLATE: OfficeTemplate = {
  organization: { id: '5f1a2b3c4d5e6f7a8b9c0d1e', name: 'Град Панчево' },
  license: 'sodl',
  frequency: 'monthly',
  spatialGranularity: 'other',
  contact: { name: 'Градска управа', email: 'otvoreni.podaci@pancevo.rs' },
  tags: ['панчево', 'социјална заштита'],
};

const table: Table = {
  columns: [{ key: 'c0', name: 'Naselje', type: 'text' }],
  values: [['Pančevo', 'Starčevo']],
  originals: [new Map()],
  rowCount: 2,
};

function completeMetadata(title: string): PublicationMetadata {
  const base = newMetadata(title, TEMPLATE, table);
  return {
    ...base,
    title: `${title} по насељима`,
    description:
      'Месечни преглед исплаћене једнократне социјалне помоћи по насељима Града Панчева, без личних података грађана.',
    temporalCoverage: { start: '2026-01-01', end: '2026-10-31' },
    resource: { title: 'Исплате по насељима', description: 'CSV, UTF-8' },
    dictionary: base.dictionary.map((c) => ({ ...c, label: c.name, description: 'Насеље' })),
  };
}

let dir: string;
let backend: Backend;
let api: OtvoriApi;
let db: Db;

async function call<T>(promise: Promise<Result<T>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function attempt(publicationId: string, training: boolean): AttemptStart {
  return {
    publicationId,
    portalUrl: training ? 'http://127.0.0.1:4000' : 'https://data.gov.rs',
    profile: 'legacy',
    training,
    actor: 'vera',
    resourcePolicy: 'replace',
    period: null,
    fileName: 'pomoc.csv',
    rowCount: 2,
    recipeVersion: null,
    anonymizationSummary: null,
  };
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-home-'));
  backend = await createBackend({ host: { kind: 'test', version: '9.9.9', dataDir: dir }, files });
  api = createInProcessApi(backend);
  // A second connection stands in for the publisher, which records attempts in the same file.
  db = openDatabase(dir);
});
afterEach(async () => {
  db.close();
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('app:onboarding', () => {
  it('is not completed on a new computer, then remembers the start chosen', async () => {
    const first = await call(api.invoke('app:onboarding:get', {}));
    expect(first).toEqual({ completed: false, startMode: null, completedAt: null });
    const done = await call(api.invoke('app:onboarding:complete', { startMode: 'training' }));
    expect(done.completed).toBe(true);
    expect(done.startMode).toBe('training');
    expect(validateResponse('app:onboarding:complete', done).ok).toBe(true);
    const again = await call(api.invoke('app:onboarding:complete', { startMode: 'portal' }));
    expect(again.startMode).toBe('portal');
    expect(again.completedAt).toBe(done.completedAt);
    expect(await call(api.invoke('app:onboarding:get', {}))).toEqual(again);
  });

  it('refuses a start mode it does not know', async () => {
    const result = await api.invoke('app:onboarding:complete', {
      startMode: 'cloud' as 'portal',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_REQUEST');
  });
});

describe('app:home:overview', () => {
  it('gives each publication its state, last publication, rehearsal and due date', async () => {
    const draft = await call(
      api.invoke('app:publication:create', { title: 'Нацрт', sourceFileName: 'a.xlsx' }),
    );
    const ready = await call(
      api.invoke('app:publication:create', { title: 'Спремно', sourceFileName: 'b.xlsx' }),
    );
    const published = await call(
      api.invoke('app:publication:create', { title: 'Објављено', sourceFileName: 'c.xlsx' }),
    );
    const rehearsed = await call(
      api.invoke('app:publication:create', { title: 'Вежба', sourceFileName: 'd.xlsx' }),
    );
    await call(
      api.invoke('app:metadata:save', {
        publicationId: draft.id,
        metadata: newMetadata('Нацрт', TEMPLATE, table),
      }),
    );
    const readyState = await call(
      api.invoke('app:metadata:save', {
        publicationId: ready.id,
        metadata: completeMetadata('Спремно'),
      }),
    );
    expect(readyState.issues).toEqual([]);
    await call(
      api.invoke('app:metadata:save', {
        publicationId: published.id,
        metadata: completeMetadata('Објављено'),
      }),
    );
    await call(
      api.invoke('app:metadata:save', {
        publicationId: rehearsed.id,
        metadata: completeMetadata('Вежба'),
      }),
    );

    const journal = new PublishJournalRepo(db, () => new Date('2026-10-15T09:00:00Z'));
    const real = journal.startAttempt(attempt(published.id, false));
    journal.finishAttempt(real.id, {
      result: 'succeeded',
      datasetUrl: 'https://data.gov.rs/sr/datasets/objavljeno/',
    });
    const practice = journal.startAttempt(attempt(rehearsed.id, true));
    journal.finishAttempt(practice.id, { result: 'succeeded', datasetUrl: null });
    const failed = journal.startAttempt(attempt(draft.id, false));
    journal.finishAttempt(failed.id, { result: 'failed', errorCode: 'NETWORK' });

    const overview = await call(api.invoke('app:home:overview', { today: '2026-11-10' }));
    expect(validateResponse('app:home:overview', overview).ok).toBe(true);
    const byId = new Map(overview.items.map((item) => [item.id, item]));
    const titles: Record<string, string> = {
      [draft.id]: 'Нацрт',
      [ready.id]: 'Спремно',
      [published.id]: 'Објављено',
      [rehearsed.id]: 'Вежба',
    };
    const byTitle = new Map(overview.items.map((item) => [titles[item.id] ?? '', item]));
    // The title shown is the one written in Describe.
    expect(byId.get(ready.id)?.title).toBe('Спремно по насељима');
    expect(byId.get(draft.id)?.title).toBe('Нацрт');
    expect(byTitle.get('Нацрт')?.state).toBe('draft');
    expect(byTitle.get('Нацрт')?.metadataIssues).toBeGreaterThan(0);
    expect(byTitle.get('Нацрт')?.lastPublication).toBeNull();
    expect(byTitle.get('Спремно')?.state).toBe('ready');
    expect(byTitle.get('Спремно')?.frequency).toBe('monthly');

    const pub = byTitle.get('Објављено');
    expect(pub?.state).toBe('due');
    expect(pub?.nextDueDate).toBe('2026-11-15');
    expect(pub?.lastPublication).toEqual({
      at: '2026-10-15T09:00:00.000Z',
      portalUrl: 'https://data.gov.rs',
      datasetUrl: 'https://data.gov.rs/sr/datasets/objavljeno/',
    });

    // A rehearsal in the training portal is shown but never counts as published.
    const rehearsal = byTitle.get('Вежба');
    expect(rehearsal?.state).toBe('ready');
    expect(rehearsal?.lastRehearsal?.portalUrl).toBe('http://127.0.0.1:4000');
    expect(rehearsal?.nextDueDate).toBeNull();

    const later = await call(api.invoke('app:home:overview', { today: '2026-11-16' }));
    expect(later.items.find((i) => i.id === published.id)?.state).toBe('overdue');
    const earlier = await call(api.invoke('app:home:overview', { today: '2026-10-20' }));
    expect(earlier.items.find((i) => i.id === published.id)?.state).toBe('published');
  });

  it('a publication without metadata is a draft with no issue count', async () => {
    await call(api.invoke('app:publication:create', { title: 'Ново', sourceFileName: null }));
    const overview = await call(api.invoke('app:home:overview', { today: '2026-11-10' }));
    expect(overview.items).toHaveLength(1);
    expect(overview.items[0]).toMatchObject({
      state: 'draft',
      metadataIssues: null,
      frequency: null,
    });
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    const result = await api.invoke('app:home:overview', { today: '10.11.2026.' });
    expect(result.ok).toBe(false);
  });
});
