/**
 * The recipe channels end to end in one process: a real backend on a scratch data dir (SQLite,
 * migrations), a reader that hands out a small register, every response checked against its
 * contract schema. Persistence is checked by closing the backend and opening a new one on the
 * same directory, as a restart of the app does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
import { computeRowKeys } from '../../../shared/recipe';
import { INLINE_MAX_CELLS } from '../../../electron/backend/recipe/recipe-runner';
import { registerTextTable } from '../recipe/helpers';
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

const saved: { name: string; bytes: Uint8Array }[] = [];
const known = new Map<string, { path: string; name: string }>();
const files: FilePort = {
  pickFile: async () => 'unsupported',
  register: (filePath, name, size) => {
    const id = `f${known.size + 1}`;
    known.set(id, { path: filePath, name });
    return { id, name, size };
  },
  resolve: (id) => known.get(id) ?? null,
  save: async (name, bytes) => {
    saved.push({ name, bytes });
    return { kind: 'saved', fileName: name, bytes: bytes.byteLength };
  },
};

/** The table the reader hands out next (next month's file in the replay tests). */
let nextTable: Table = source;

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
        table: nextTable,
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
  nextTable = source;
  saved.length = 0;
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

describe('editing one cell', () => {
  it('finds the row key of a grid row after a filter, and the edit lands on that row', async () => {
    const workbookId = await openWorkbook();
    await call('app:recipe:add', {
      workbookId,
      jobId: 'f1',
      steps: [
        {
          op: 'filter-rows',
          column: 'Mesto',
          params: { condition: 'equals', value: 'PANCEVO', keep: 'non-matching' },
        },
      ],
    });
    // Row 1 of the filtered table is row 2 of the file (Jovana Perić, Панчево).
    const cell = await call('app:recipe:cell', { workbookId, row: 1, column: 'Mesto' });
    expect(cell).toEqual({
      row: 1,
      column: 'Mesto',
      rowKey: computeRowKeys(source)[2],
      value: 'Панчево',
    });
    const preview = await call('app:recipe:preview', {
      workbookId,
      step: { op: 'edit-cell', column: 'Mesto', params: { rowKey: cell.rowKey, value: 'Pančevo' } },
    });
    expect(preview.error).toBeNull();
    expect(preview.changes).toEqual([
      { row: 1, column: 'Mesto', before: 'Панчево', after: 'Pančevo' },
    ]);
    const edited = await call('app:recipe:add', {
      workbookId,
      jobId: 'e1',
      steps: [
        { op: 'edit-cell', column: 'Mesto', params: { rowKey: cell.rowKey, value: 'Pančevo' } },
      ],
    });
    expect(edited.stepResults.at(-1)).toMatchObject({ status: 'applied', changedCells: 1 });
    expect((await rows(workbookId)).map((row) => row[1])).toEqual(['Pančevo', 'Pančevo', 'Opovo']);
    const again = await call('app:recipe:cell', { workbookId, row: 1, column: 'Mesto' });
    expect(again).toEqual({ ...cell, value: 'Pančevo' });

    await call('app:recipe:undo', { workbookId, jobId: 'e2' });
    expect((await rows(workbookId))[1]?.[1]).toBe('Панчево');
    await call('app:recipe:redo', { workbookId, jobId: 'e3' });
    expect((await rows(workbookId))[1]?.[1]).toBe('Pančevo');
  });

  it('previews an edit of a row far down a large table (not only its first rows)', async () => {
    nextTable = registerTextTable(40_000, 7);
    expect(nextTable.rowCount * nextTable.columns.length).toBeGreaterThan(INLINE_MAX_CELLS);
    const workbookId = await openWorkbook();
    const cell = await call('app:recipe:cell', { workbookId, row: 39_000, column: 'Naselje' });
    expect(cell.rowKey).toBe(computeRowKeys(nextTable)[39_000]);
    const preview = await call('app:recipe:preview', {
      workbookId,
      step: { op: 'edit-cell', column: 'Naselje', params: { rowKey: cell.rowKey, value: 'Novo' } },
    });
    expect(preview.error).toBeNull();
    expect(preview.changes).toEqual([
      { row: 39_000, column: 'Naselje', before: cell.value, after: 'Novo' },
    ]);
  });

  it('answers NOT_FOUND for a row or column the table does not have', async () => {
    const workbookId = await openWorkbook();
    const row = await api.invoke('app:recipe:cell', { workbookId, row: 4, column: 'Ime' });
    expect(row.ok ? null : row.error.code).toBe('NOT_FOUND');
    const column = await api.invoke('app:recipe:cell', { workbookId, row: 0, column: 'Nema' });
    expect(column.ok ? null : column.error.code).toBe('NOT_FOUND');
    const negative = await api.invoke('app:recipe:cell', { workbookId, row: -1, column: 'Ime' });
    expect(negative.ok ? null : negative.error.code).toBe('INVALID_REQUEST');
  });
});

describe('recipes saved with a publication', () => {
  it('keeps steps added before the publication was attached, and saves them with it', async () => {
    const publication = await call('app:publication:create', {
      title: 'Pomoć',
      sourceFileName: null,
    });
    const workbookId = await openWorkbook();
    await call('app:recipe:add', {
      workbookId,
      jobId: 'early',
      steps: [{ op: 'trim-whitespace', params: {} }],
    });
    const bound = await call('app:recipe:get', { workbookId, publicationId: publication.id });
    expect(bound.publicationId).toBe(publication.id);
    expect(bound.replayPending).toBe(false);
    expect(bound.recipe.steps.map((s) => s.op)).toEqual(['trim-whitespace']);
    expect(bound.canUndo).toBe(true);
    await backend.close();
    await start();
    const reopened = await openWorkbook();
    const pending = await call('app:recipe:get', {
      workbookId: reopened,
      publicationId: publication.id,
    });
    expect(pending.recipe.steps.map((s) => s.op)).toEqual(['trim-whitespace']);
    expect(pending.replayPending).toBe(true);
  });

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

function text(bytes: Uint8Array | undefined): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('export of the cleaned table', () => {
  it('writes CSV with the formula guard by default, without it when asked, and JSON and XLSX', async () => {
    const workbookId = await openWorkbook();
    await call('app:recipe:add', {
      workbookId,
      jobId: 'f',
      steps: [
        { op: 'trim-whitespace', params: {} },
        { op: 'find-replace', column: 'Ime', params: { find: 'Ana', replace: '=Ana' } },
        { op: 'parse-numbers', column: 'Iznos', params: { style: 'sr' } },
      ],
    });
    const csv = await call('app:workbook:export', { workbookId, bom: false });
    expect(csv).toMatchObject({ kind: 'saved', fileName: 'pancevo-registar-uzorak.csv' });
    const guarded = text(saved.at(-1)?.bytes);
    expect(guarded.split('\r\n')[1]).toBe("'=Ana Jović,Pančevo,1234.5");
    await call('app:workbook:export', { workbookId, bom: true, formulaGuard: false });
    const raw = text(saved.at(-1)?.bytes);
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw.split('\r\n')[1]).toBe('=Ana Jović,Pančevo,1234.5');
    const json = await call('app:workbook:export', { workbookId, bom: false, format: 'json' });
    expect(json).toMatchObject({ fileName: 'pancevo-registar-uzorak.json' });
    const rowsOut = JSON.parse(text(saved.at(-1)?.bytes)) as Record<string, unknown>[];
    expect(rowsOut[0]).toEqual({ ime: '=Ana Jović', mesto: 'Pančevo', iznos: 1234.5 });
    const xlsx = await call('app:workbook:export', { workbookId, bom: false, format: 'xlsx' });
    expect(xlsx).toMatchObject({ fileName: 'pancevo-registar-uzorak.xlsx' });
    expect(Array.from(saved.at(-1)?.bytes.slice(0, 2) ?? [])).toEqual([0x50, 0x4b]);
  });
});

describe('recipe files', () => {
  it('export leaves out steps with cell values unless asked, and import replaces the recipe', async () => {
    const workbookId = await openWorkbook();
    await call('app:recipe:add', {
      workbookId,
      jobId: 'a',
      steps: [
        { op: 'trim-whitespace', params: {} },
        { op: 'find-replace', column: 'Ime', params: { find: 'Ana', replace: 'Anа' } },
      ],
    });
    const exported = await call('app:recipe:export', { workbookId });
    expect(exported.omittedSteps).toEqual(['s2']);
    expect(saved.at(-1)?.name).toBe('pancevo-registar-uzorak.recept.json');
    const file = text(saved.at(-1)?.bytes);
    expect(file).not.toContain('Ana');
    expect(JSON.parse(file).recipe.steps).toHaveLength(1);
    const full = await call('app:recipe:export', { workbookId, includeValues: true });
    expect(full.omittedSteps).toEqual([]);

    const other = await openWorkbook();
    const filePath = path.join(dir, 'recept.json');
    writeFileSync(filePath, file);
    const ref = files.register(filePath, 'recept.json', file.length);
    const imported = await call('app:recipe:import', {
      workbookId: other,
      jobId: 'i',
      fileRef: ref.id,
    });
    expect(imported.recipe.steps.map((s) => s.op)).toEqual(['trim-whitespace']);
    expect((await rows(other))[0]?.[0]).toBe('Ana Jović');
    expect(imported.canUndo).toBe(true);

    writeFileSync(
      filePath,
      '{"kind":"otvori-recipe","recipe":{"version":1,"steps":[{"id":"s1","op":"nope","params":{},"enabled":true}]}}',
    );
    const bad = await api.invoke('app:recipe:import', {
      workbookId: other,
      jobId: 'j',
      fileRef: ref.id,
    });
    expect(bad.ok ? null : bad.error).toMatchObject({
      code: 'RECIPE_INVALID',
      details: { stepIndex: 0, field: 'op', code: 'unknownOp' },
    });
  });
});

describe("replay on next month's file", () => {
  it('plans with a renamed and a missing column, replays with the mapping, and summarizes the change', async () => {
    const publication = await call('app:publication:create', {
      title: 'Pomoć',
      sourceFileName: 'pomoc.xlsx',
    });
    const first = await openWorkbook();
    await call('app:recipe:get', { workbookId: first, publicationId: publication.id });
    await call('app:recipe:add', {
      workbookId: first,
      jobId: 'a',
      steps: [
        { op: 'trim-whitespace', params: {} },
        { op: 'transliterate', column: 'Mesto', params: { to: 'sr-Latn' } },
        { op: 'parse-numbers', column: 'Iznos', params: { style: 'sr' } },
      ],
    });
    // The review before publishing: nothing to compare with before the first export.
    expect(await call('app:recipe:change', { workbookId: first })).toMatchObject({
      baselineAt: null,
      rowsBefore: null,
      rowsAfter: 4,
    });
    await call('app:workbook:export', { workbookId: first, bom: false });
    expect(await call('app:recipe:change', { workbookId: first })).toMatchObject({
      rowsBefore: 4,
      rowsAfter: 4,
      rowsAdded: 0,
      rowsRemoved: 0,
      columnsAdded: [],
      columnsRemoved: [],
      typeChanged: [],
    });

    // Next month: "Mesto" became "MESTO", "Iznos" is gone, one row more.
    nextTable = {
      columns: [
        { key: 'c0', name: 'Ime', type: 'text' },
        { key: 'c1', name: 'MESTO', type: 'text' },
      ],
      values: [
        [...(source.values[0] ?? []), 'Novi Red'],
        [...(source.values[1] ?? []), 'Kovin'],
      ],
      originals: [new Map(), new Map()],
      rowCount: 5,
    };
    const next = await openWorkbook();
    const pending = await call('app:recipe:get', {
      workbookId: next,
      publicationId: publication.id,
    });
    expect(pending.replayPending).toBe(true);
    const { plan, baseline, lastColumns } = await call('app:recipe:plan', { workbookId: next });
    expect(plan.required).toEqual(['Mesto', 'Iznos']);
    expect(plan.matched).toEqual([]);
    expect(plan.missing).toEqual(['Mesto', 'Iznos']);
    expect(plan.renamedCandidates[0]).toMatchObject({ from: 'Mesto', to: 'MESTO', score: 1 });
    expect(plan.ok).toBe(false);
    expect(baseline?.rowCount).toBe(4);
    expect(lastColumns?.map((c) => c.name)).toEqual(['Ime', 'Mesto', 'Iznos']);
    // Still nothing ran.
    expect((await rows(next))[2]?.[1]).toBe('Панчево');

    const replayed = await call('app:recipe:replay', {
      workbookId: next,
      jobId: 'r',
      mode: 'replay',
      mapping: { Mesto: 'MESTO' },
    });
    // The recipe is not rewritten: the file's MESTO is read as Mesto, the output keeps the name.
    expect(replayed.state.recipe.steps[1]?.column).toBe('Mesto');
    expect(replayed.state.workbook.columns.map((c) => c.name)).toEqual(['Ime', 'Mesto']);
    expect(replayed.state.stepResults.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'failed',
    ]);
    expect(replayed.state.stepResults[2]?.error).toEqual({
      code: 'columnMissing',
      params: { column: 'Iznos' },
    });
    expect((await rows(next))[2]?.[1]).toBe('Pančevo');
    expect(replayed.change).toMatchObject({
      rowsBefore: 4,
      rowsAfter: 5,
      rowsAdded: null,
      columnsAdded: [],
      columnsRemoved: ['Iznos'],
    });
    // The review asks the same question without replaying.
    expect(await call('app:recipe:change', { workbookId: next })).toEqual(replayed.change);
    // Last time's columns are now the recipe's names, so next month MESTO is again a candidate.
    const again = await call('app:recipe:plan', { workbookId: next });
    expect(again.lastColumns?.map((c) => c.name)).toEqual(['Ime', 'Mesto']);
  });

  it('refuses a mapping to a column the file does not have', async () => {
    const publication = await call('app:publication:create', {
      title: 'Pomoć',
      sourceFileName: null,
    });
    const first = await openWorkbook();
    await call('app:recipe:get', { workbookId: first, publicationId: publication.id });
    await call('app:recipe:add', {
      workbookId: first,
      jobId: 'a',
      steps: [{ op: 'transliterate', column: 'Mesto', params: { to: 'sr-Latn' } }],
    });
    const next = await openWorkbook();
    await call('app:recipe:get', { workbookId: next, publicationId: publication.id });
    const bad = await api.invoke('app:recipe:replay', {
      workbookId: next,
      jobId: 'r',
      mode: 'replay',
      mapping: { Nema: 'Ni ovde' },
    });
    expect(bad.ok ? null : bad.error.details).toEqual({ reason: 'mapping', column: 'Nema' });
    expect((await call('app:recipe:get', { workbookId: next })).replayPending).toBe(true);
  });

  it("counts rows added and removed when last time's columns are all there", async () => {
    const publication = await call('app:publication:create', {
      title: 'Pomoć',
      sourceFileName: null,
    });
    const first = await openWorkbook();
    await call('app:recipe:get', { workbookId: first, publicationId: publication.id });
    await call('app:recipe:add', {
      workbookId: first,
      jobId: 'a',
      steps: [{ op: 'trim-whitespace', params: {} }],
    });
    await call('app:workbook:export', { workbookId: first, bom: false });
    nextTable = {
      ...source,
      values: source.values.map((column, c) => [
        ...column.slice(1),
        ['Nova Osoba', 'Kovin', '5,00'][c] ?? null,
      ]),
    };
    const next = await openWorkbook();
    await call('app:recipe:get', { workbookId: next, publicationId: publication.id });
    const replayed = await call('app:recipe:replay', {
      workbookId: next,
      jobId: 'r',
      mode: 'replay',
      mapping: {},
    });
    expect(replayed.change).toMatchObject({
      rowsBefore: 4,
      rowsAfter: 4,
      rowsAdded: 1,
      rowsRemoved: 1,
      columnsRemoved: [],
    });
    const fresh = await call('app:recipe:replay', {
      workbookId: next,
      jobId: 's',
      mode: 'start-empty',
      mapping: {},
    });
    expect(fresh.state.recipe.steps).toEqual([]);
    expect(fresh.state.canUndo).toBe(true);
  });
});
