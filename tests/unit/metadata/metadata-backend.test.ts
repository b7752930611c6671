import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, type OtvoriApi } from '../../../shared/contract';
import type { OfficeTemplate } from '../../../shared/metadata/types';
import type { Table } from '../../../shared/table/types';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { validateResponse } from '../../../electron/backend/contract/validate';
import { createInProcessApi } from '../../../electron/backend/in-process-host';
import type { FilePort } from '../../../electron/backend/ports';
import type { ReadWorkbook } from '../../../electron/backend/workbook/reader-api';

const table: Table = {
  columns: [
    { key: 'c0', name: 'Naselje', type: 'text' },
    { key: 'c1', name: 'Iznos (RSD)', type: 'decimal' },
    { key: 'c2', name: 'Datum', type: 'date' },
  ],
  values: [
    Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 'Pančevo' : 'Starčevo')),
    Array.from({ length: 12 }, (_, i) => 1000 + i),
    Array.from({ length: 12 }, (_, i) => `2024-0${(i % 9) + 1}-15`),
  ],
  originals: [new Map(), new Map(), new Map()],
  rowCount: 12,
};

const saved: { name: string; text: string }[] = [];
const files: FilePort = {
  pickFile: async () => 'unsupported',
  register: (_p, name, size) => ({ id: 'f1', name, size }),
  resolve: () => ({ path: '/tmp/x.csv', name: 'Pomoć 2024.csv' }),
  save: async (name, bytes) => {
    saved.push({ name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
    return { kind: 'saved', fileName: name, bytes: bytes.byteLength };
  },
};

const TEMPLATE: OfficeTemplate = {
  organization: { id: '5f1a2b3c4d5e6f7a8b9c0d1e', name: 'Град Панчево' },
  license: 'sodl',
  frequency: 'monthly',
  spatialGranularity: 'other',
  contact: { name: 'Градска управа', email: 'otvoreni.podaci@pancevo.rs' },
  tags: ['панчево', 'социјална заштита'],
};

let dir: string;
let backend: Backend;
let api: OtvoriApi;

async function call<T>(promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>) {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-metadata-'));
  saved.length = 0;
  backend = await createBackend({
    host: { kind: 'test', version: '9.9.9', dataDir: dir },
    files,
    reader: async () =>
      ok({
        format: 'csv',
        sheets: [{ name: 'x', hidden: false }],
        sheetIndex: 0,
        table,
      } as unknown as ReadWorkbook),
  });
  api = createInProcessApi(backend);
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('metadata through the backend', () => {
  it('round-trips the office template, and new publications start from it', async () => {
    const empty = await call(api.invoke('app:template:get', {}));
    expect(empty.savedAt).toBeNull();
    expect(empty.template.license).toBe('sodl');
    const savedTemplate = await call(api.invoke('app:template:save', { template: TEMPLATE }));
    expect(savedTemplate.issues).toEqual([]);
    expect((await call(api.invoke('app:template:get', {}))).template).toEqual(TEMPLATE);

    const workbook = await call(
      api.invoke('app:workbook:open', { source: { kind: 'sample' }, jobId: 'j1' }),
    );
    const publication = await call(
      api.invoke('app:publication:create', {
        title: 'Pomoć 2024',
        sourceFileName: 'Pomoć 2024.csv',
      }),
    );
    const state = await call(
      api.invoke('app:metadata:get', {
        publicationId: publication.id,
        workbookId: workbook.workbookId,
      }),
    );
    expect(validateResponse('app:metadata:get', state).ok).toBe(true);
    expect(state.metadata).toMatchObject({
      title: 'Pomoć 2024',
      organization: TEMPLATE.organization,
      contact: TEMPLATE.contact,
      tags: TEMPLATE.tags,
      frequency: 'monthly',
      temporalCoverage: { start: '2024-01-15', end: '2024-09-15' },
    });
    expect(state.coverageProposal?.columns).toEqual(['Datum']);
    expect(state.metadata.dictionary.map((d) => [d.name, d.unit, d.allowedValues])).toEqual([
      ['Naselje', '', ['Pančevo', 'Starčevo']],
      ['Iznos (RSD)', 'RSD', []],
      ['Datum', '', []],
    ]);
    // Only the description is missing for the portal.
    expect(state.issues.map((i) => [i.field, i.code])).toEqual([['description', 'required']]);
  });

  it('autosaves drafts in any state, reports issues, and reloads what was typed', async () => {
    const publication = await call(
      api.invoke('app:publication:create', { title: 'Pomoć', sourceFileName: null }),
    );
    const first = await call(
      api.invoke('app:metadata:get', { publicationId: publication.id, workbookId: null }),
    );
    const draft = { ...first.metadata, title: 'Ab', description: 'Опис у току' };
    const savedState = await call(
      api.invoke('app:metadata:save', { publicationId: publication.id, metadata: draft }),
    );
    expect(savedState.issues).toContainEqual({
      field: 'title',
      code: 'tooShort',
      params: { limit: 8, length: 2 },
    });
    const again = await call(
      api.invoke('app:metadata:get', { publicationId: publication.id, workbookId: null }),
    );
    expect(again.metadata).toEqual(draft);
  });

  it('refuses a draft of another shape and unknown publications', async () => {
    const publication = await call(
      api.invoke('app:publication:create', { title: 'Pomoć', sourceFileName: null }),
    );
    const state = await call(
      api.invoke('app:metadata:get', { publicationId: publication.id, workbookId: null }),
    );
    const bad = await api.invoke('app:metadata:save', {
      publicationId: publication.id,
      metadata: { ...state.metadata, injected: true } as never,
    });
    expect(bad.ok === false && bad.error.code).toBe('INVALID_REQUEST');
    const missing = await api.invoke('app:metadata:get', {
      publicationId: 'nope',
      workbookId: null,
    });
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
  });

  it('exports the dictionary as CSV (with BOM) and Table Schema, with ASCII file names', async () => {
    const workbook = await call(
      api.invoke('app:workbook:open', { source: { kind: 'sample' }, jobId: 'j1' }),
    );
    const publication = await call(
      api.invoke('app:publication:create', { title: 'Помоћ 2024', sourceFileName: null }),
    );
    await call(
      api.invoke('app:metadata:get', {
        publicationId: publication.id,
        workbookId: workbook.workbookId,
      }),
    );
    await call(
      api.invoke('app:dictionary:export', {
        publicationId: publication.id,
        format: 'csv',
      }),
    );
    await call(
      api.invoke('app:dictionary:export', {
        publicationId: publication.id,
        format: 'table-schema',
      }),
    );
    expect(saved.map((s) => s.name)).toEqual([
      'pomotsh-2024-recnik-podataka.csv',
      'pomotsh-2024-tableschema.json',
    ]);
    expect(
      saved[0]?.text.startsWith('\uFEFFname,title,description,type,unit,allowed_values\r\n'),
    ).toBe(true);
    expect(JSON.parse(saved[1]?.text ?? '')).toMatchObject({
      fields: [
        { name: 'Naselje' },
        { name: 'Iznos (RSD)', unit: 'RSD' },
        { name: 'Datum', type: 'date' },
      ],
    });
  });

  it('serves the shipped reference lists offline', async () => {
    const lists = await call(api.invoke('app:metadata:lists', {}));
    expect(lists.licenses.fetchedAt).toBeNull();
    expect(lists.licenses.items[0]?.id).toBe('sodl');
    expect(lists.frequencies.items.map((f) => f.id)).toContain('monthly');
  });

  it('stores metadata in its own STRICT tables (migration 0004)', async () => {
    await backend.close();
    const db = new Database(path.join(dir, 'otvori.db'), { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all();
    db.close();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining(['publication_metadata', 'metadata_template', 'reference_lists']),
    );
  });
});
