/**
 * The recipe channels end to end in one process: a real backend on a scratch data dir (SQLite,
 * migrations), a reader that hands out a small register, every response checked against its
 * contract schema. Persistence is checked by closing the backend and opening a new one on the
 * same directory, as a restart of the app does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ok,
  type Channel,
  type JobProgress,
  type OtvoriApi,
  type RequestOf,
  type ResponseOf,
  type Result,
} from '../../../shared/contract';
import type { Table } from '../../../shared/table/types';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { validateResponse } from '../../../electron/backend/contract/validate';
import { createInProcessApi } from '../../../electron/backend/in-process-host';
import type { FilePort } from '../../../electron/backend/ports';
import { MemorySecretStore } from '../../../electron/backend/secrets/secret-store';

const source: Table = {
  columns: [
    { key: 'c0', name: 'Ime', type: 'text' },
    { key: 'c1', name: 'Mesto', type: 'text' },
    { key: 'c2', name: 'Iznos', type: 'text' },
  ],
  values: [
    ['  Ana  Jović ', 'Marko\u00a0Ilić', 'Jovana Perić', '   '],
    ['Pančevo', 'PANCEVO', 'Панчево', 'Opovo'],
    ['1.234,50', '2.000,00', 'nije broj', null],
  ],
  originals: [new Map(), new Map(), new Map()],
  rowCount: 4,
};

const files: FilePort = {
  pickFile: async () => 'unsupported',
  register: (_p, name, size) => ({ id: 'f1', name, size }),
  resolve: () => null,
  save: async (name, bytes) => ({ kind: 'saved', fileName: name, bytes: bytes.byteLength }),
};

let dir: string;
let backend: Backend;
let api: OtvoriApi;
const secrets = new MemorySecretStore();

async function start(): Promise<void> {
  backend = await createBackend({
    host: { kind: 'test', version: '1.0.0', dataDir: dir },
    files,
    secrets,
    reader: async () =>
      ok({
        format: 'xlsx',
        sheets: [{ name: 'Lista', hidden: false }],
        sheetIndex: 0,
        table: source,
      }),
  });
  api = createInProcessApi(backend);
}

async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = (await api.invoke(channel, request)) as Result<ResponseOf<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  const checked = validateResponse(channel, result.value);
  expect(checked.ok, `${channel} response matches its schema`).toBe(true);
  return result.value;
}

async function openWorkbook(): Promise<string> {
  const summary = await call('app:workbook:open', { source: { kind: 'sample' }, jobId: 'open' });
  return summary.workbookId;
}

async function rows(workbookId: string) {
  return (await call('app:workbook:rows', { workbookId, offset: 0, limit: 10 })).rows;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-recipe-'));
  await start();
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('recipe channels without a publication', () => {
  it('apply, undo, redo, edit, disable, move and remove steps; the grid shows the result', async () => {
    const workbookId = await openWorkbook();
    const progress: JobProgress[] = [];
    backend.subscribe((event, payload) => {
      if (event === 'app:job:progress') progress.push(payload as JobProgress);
    });
    const empty = await call('app:recipe:get', { workbookId });
    expect(empty.recipe.steps).toEqual([]);
    expect(empty.canUndo).toBe(false);

    const added = await call('app:recipe:add', {
      workbookId,
      jobId: 'j1',
      steps: [
        { op: 'trim-whitespace', params: {} },
        { op: 'parse-numbers', column: 'Iznos', params: { style: 'sr' } },
      ],
    });
    expect(added.recipe.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(added.stepResults.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(added.stepResults[1]?.invalidCells).toBe(1);
    expect(added.canUndo).toBe(true);
    expect(added.workbook.columns[2]?.type).toBe('decimal');
    expect((await rows(workbookId))[0]).toEqual(['Ana Jović', 'Pančevo', 1234.5]);
    expect(progress.some((p) => p.jobId === 'j1' && p.phase === 'building')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ jobId: 'j1', phase: 'done' });

    const renamed = await call('app:recipe:add', {
      workbookId,
      jobId: 'j2',
      steps: [{ op: 'rename-column', column: 'Mesto', params: { to: 'mesto' } }],
    });
    expect(renamed.workbook.columns.map((c) => c.name)).toEqual(['Ime', 'mesto', 'Iznos']);

    const undone = await call('app:recipe:undo', { workbookId, jobId: 'j3' });
    expect(undone.recipe.steps).toHaveLength(2);
    expect(undone.canRedo).toBe(true);
    expect(undone.workbook.columns.map((c) => c.name)).toEqual(['Ime', 'Mesto', 'Iznos']);
    const redone = await call('app:recipe:redo', { workbookId, jobId: 'j4' });
    expect(redone.recipe.steps).toHaveLength(3);
    expect(redone.canRedo).toBe(false);

    const disabled = await call('app:recipe:update', {
      workbookId,
      jobId: 'j5',
      stepId: 's1',
      enabled: false,
      note: 'provera',
    });
    expect(disabled.stepResults[0]?.status).toBe('disabled');
    expect(disabled.recipe.steps[0]?.note).toBe('provera');
    expect((await rows(workbookId))[0]?.[0]).toBe('  Ana  Jović ');

    const moved = await call('app:recipe:move', { workbookId, jobId: 'j6', stepId: 's3', to: 0 });
    expect(moved.recipe.steps.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    const removed = await call('app:recipe:remove', { workbookId, jobId: 'j7', stepId: 's3' });
    expect(removed.recipe.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(removed.workbook.columns[1]?.name).toBe('Mesto');
  });

  it('previews a step on the current table without applying it', async () => {
    const workbookId = await openWorkbook();
    const preview = await call('app:recipe:preview', {
      workbookId,
      step: { op: 'trim-whitespace', column: 'Ime', params: {} },
    });
    expect(preview.changedCells).toBe(3);
    expect(preview.changes[0]).toEqual({
      row: 0,
      column: 'Ime',
      before: '  Ana  Jović ',
      after: 'Ana Jović',
    });
    expect(preview.rowsExamined).toBe(4);
    const state = await call('app:recipe:get', { workbookId });
    expect(state.recipe.steps).toEqual([]);
    expect((await rows(workbookId))[0]?.[0]).toBe('  Ana  Jović ');

    const missing = await call('app:recipe:preview', {
      workbookId,
      step: { op: 'trim-whitespace', column: 'Nema', params: {} },
    });
    expect(missing.error).toEqual({ code: 'columnMissing', params: { column: 'Nema' } });
  });

  it('profiles a column and finds clusters across case, diacritics and script', async () => {
    const workbookId = await openWorkbook();
    const profile = await call('app:recipe:profile', { workbookId, column: 'Mesto' });
    expect(profile).toMatchObject({ rows: 4, empty: 0, distinct: 4, type: 'text' });
    const { clusters } = await call('app:recipe:clusters', { workbookId, column: 'Mesto' });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.values.map((v) => v.value).sort()).toEqual(
      ['PANCEVO', 'Pančevo', 'Панчево'].sort(),
    );
    const unknown = await api.invoke('app:recipe:profile', { workbookId, column: 'Nema' });
    expect(unknown.ok ? null : unknown.error.code).toBe('NOT_FOUND');
  });

  it('refuses a malformed step with the field and code, and keeps the recipe', async () => {
    const workbookId = await openWorkbook();
    const result = await api.invoke('app:recipe:add', {
      workbookId,
      jobId: 'bad',
      steps: [{ op: 'transliterate', column: 'Ime', params: { to: 'klingon' } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('RECIPE_INVALID');
    expect(result.error.details).toMatchObject({ stepIndex: 0, field: 'params.to', code: 'enum' });
    expect((await call('app:recipe:get', { workbookId })).recipe.steps).toEqual([]);
  });

  it('answers NOT_FOUND for a workbook that is not open', async () => {
    const result = await api.invoke('app:recipe:get', { workbookId: 'nope' });
    expect(result.ok ? null : result.error.code).toBe('NOT_FOUND');
  });
});

describe('recipes saved with a publication', () => {
  it('survive a restart, are not applied silently, and keep undo', async () => {
    const publication = await call('app:publication:create', {
      title: 'Socijalna pomoć',
      sourceFileName: 'pomoc.xlsx',
    });
    const first = await openWorkbook();
    const bound = await call('app:recipe:get', {
      workbookId: first,
      publicationId: publication.id,
    });
    expect(bound.publicationId).toBe(publication.id);
    await call('app:recipe:add', {
      workbookId: first,
      jobId: 'a',
      steps: [{ op: 'trim-whitespace', params: {} }],
    });
    const second = await call('app:recipe:add', {
      workbookId: first,
      jobId: 'b',
      steps: [{ op: 'transliterate', column: 'Mesto', params: { to: 'sr-Latn' } }],
    });
    expect(second.version).toBeGreaterThan(1);

    await backend.close();
    await start();
    const reopened = await openWorkbook();
    const pending = await call('app:recipe:get', {
      workbookId: reopened,
      publicationId: publication.id,
    });
    expect(pending.replayPending).toBe(true);
    expect(pending.recipe.steps.map((s) => s.op)).toEqual(['trim-whitespace', 'transliterate']);
    expect(pending.stepResults).toEqual([]);
    // Nothing ran: the grid shows the file as read.
    expect((await rows(reopened))[2]?.[1]).toBe('Панчево');
    const blocked = await api.invoke('app:recipe:undo', { workbookId: reopened, jobId: 'u' });
    expect(blocked.ok ? null : blocked.error.details).toEqual({ reason: 'replayPending' });

    const replayed = await call('app:recipe:replay', {
      workbookId: reopened,
      jobId: 'r',
      mode: 'replay',
      mapping: {},
    });
    expect(replayed.state.replayPending).toBe(false);
    expect((await rows(reopened))[2]?.[1]).toBe('Pančevo');
    expect(replayed.state.canUndo).toBe(true);
    const undone = await call('app:recipe:undo', { workbookId: reopened, jobId: 'u2' });
    expect(undone.recipe.steps.map((s) => s.op)).toEqual(['trim-whitespace']);
    expect((await rows(reopened))[2]?.[1]).toBe('Панчево');
    const emptied = await call('app:recipe:undo', { workbookId: reopened, jobId: 'u3' });
    expect(emptied.recipe.steps).toEqual([]);
    expect(emptied.canUndo).toBe(false);
  });
});
