import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHANNEL_NAMES,
  fail,
  ok,
  type JobProgress,
  type OtvoriApi,
} from '../../../shared/contract';
import type { Table } from '../../../shared/table/types';
import { EMPTY_TEMPLATE, newMetadata } from '../../../shared/metadata/new-metadata';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { validateResponse } from '../../../electron/backend/contract/validate';
import { createInProcessApi } from '../../../electron/backend/in-process-host';
import type { FilePort } from '../../../electron/backend/ports';
import type { ReadRequest, WorkbookReader } from '../../../electron/backend/workbook/reader-api';

const table: Table = {
  columns: [{ key: 'c0', name: 'Ime', type: 'text' }],
  values: [Array.from({ length: 2500 }, (_, i) => `osoba ${i}`)],
  originals: [new Map()],
  rowCount: 2500,
};

const METADATA_EXAMPLE = newMetadata('Socijalna pomoć', EMPTY_TEMPLATE, table);

class MemoryFiles implements FilePort {
  readonly saved: { name: string; bytes: Uint8Array }[] = [];
  private readonly known = new Map<string, { path: string; name: string }>();
  async pickFile() {
    return 'unsupported' as const;
  }
  register(filePath: string, name: string, size: number) {
    const id = `f${this.known.size + 1}`;
    this.known.set(id, { path: filePath, name });
    return { id, name, size };
  }
  resolve(id: string) {
    return this.known.get(id) ?? null;
  }
  async save(name: string, bytes: Uint8Array) {
    this.saved.push({ name, bytes });
    return { kind: 'saved' as const, fileName: name, bytes: bytes.byteLength };
  }
}

let dir: string;
let backend: Backend;
let api: OtvoriApi;
let files: MemoryFiles;
let lastRequest: ReadRequest | undefined;
let reader: WorkbookReader;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-handlers-'));
  files = new MemoryFiles();
  reader = async (request) => {
    lastRequest = request;
    request.onProgress?.('parsing', 0, 0);
    return ok({
      format: 'xlsx',
      sheets: [
        { name: 'Lista', hidden: false },
        { name: 'Skriveno', hidden: true },
      ],
      sheetIndex: 0,
      table,
    });
  };
  backend = await createBackend({
    host: { kind: 'test', version: '9.9.9', dataDir: dir },
    files,
    reader: (request) => reader(request),
  });
  api = createInProcessApi(backend);
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('handler map', () => {
  it('has exactly one handler per channel', () => {
    expect(Object.keys(backend.handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const channel of CHANNEL_NAMES) expect(typeof backend.handlers[channel]).toBe('function');
  });

  it('answers every channel with a response that matches its schema', async () => {
    const progress: JobProgress[] = [];
    api.subscribe('app:job:progress', (p) => progress.push(p));
    const ref = files.register(path.join(dir, 'x.xlsx'), 'Spisak korisnika.xlsx', 10);
    const opened = await api.invoke('app:workbook:open', {
      source: { kind: 'file', fileRef: ref.id },
      jobId: 'j1',
    });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const workbookId = opened.value.workbookId;
    const created = await api.invoke('app:publication:create', {
      title: 'Socijalna pomoć',
      sourceFileName: null,
    });
    if (!created.ok) throw new Error('create failed');
    const publicationId = created.value.id;
    writeFileSync(path.join(dir, 'x.xlsx'), '');
    writeFileSync(
      path.join(dir, 'recept.json'),
      '{"kind":"otvori-recipe","recipe":{"version":1,"steps":[]}}',
    );
    const recipeRef = files.register(path.join(dir, 'recept.json'), 'recept.json', 60);
    const another = await api.invoke('app:workbook:open', {
      source: { kind: 'file', fileRef: ref.id },
      jobId: 'j0',
    });
    if (!another.ok) throw new Error('open failed');
    const forPublication = await api.invoke('app:workbook:open', {
      source: { kind: 'file', fileRef: ref.id },
      jobId: 'j4',
      publicationId,
    });
    if (!forPublication.ok) throw new Error('open failed');
    const calls = {
      'app:publication:create': { title: 'Subvencije', sourceFileName: 'subvencije.xlsx' },
      'app:publication:list': {},
      'app:publication:get': { publicationId },
      'app:publication:rename': { publicationId, title: 'Jednokratna pomoć' },
      'app:workbook:reread': {
        workbookId: another.value.workbookId,
        jobId: 'j3',
        options: { headerRow: 0, encoding: 'windows-1251' },
        publicationId,
      },
      'app:privacy:plan': { workbookId },
      'app:privacy:risk': { workbookId, quasiIdentifiers: ['Ime'], targetK: 5 },
      'app:privacy:justify': {
        workbookId: forPublication.value.workbookId,
        column: 'Ime',
        kind: 'name',
        text: 'Spisak odbornika je javan',
      },
      'app:privacy:gate': { workbookId: forPublication.value.workbookId },
      'app:privacy:report': { workbookId: forPublication.value.workbookId, locale: 'sr-Cyrl' },
      'app:metadata:get': { publicationId, workbookId },
      'app:metadata:save': { publicationId, metadata: METADATA_EXAMPLE },
      'app:dictionary:export': { publicationId, format: 'table-schema' },
      'app:publication:export': { publicationId },
      'app:metadata:lists': {},
      'app:template:get': {},
      'app:template:save': { template: EMPTY_TEMPLATE },
      'app:publication:archive': { publicationId },
      'app:app:info': {},
      'app:settings:get': {},
      'app:settings:set': { locale: 'sr-Latn' },
      'app:files:pick': {},
      'app:workbook:open': { source: { kind: 'file', fileRef: ref.id }, jobId: 'j2' },
      'app:workbook:cancel': { jobId: 'none' },
      'app:privacy:scan': { workbookId },
      'app:recipe:get': { workbookId },
      'app:recipe:add': { workbookId, jobId: 'r1', steps: [{ op: 'trim-whitespace', params: {} }] },
      'app:recipe:update': { workbookId, jobId: 'r2', stepId: 's1', enabled: false },
      'app:recipe:preview': {
        workbookId,
        step: { op: 'trim-whitespace', column: 'Ime', params: {} },
      },
      'app:recipe:cell': { workbookId, row: 0, column: 'Ime' },
      'app:recipe:profile': { workbookId, column: 'Ime' },
      'app:recipe:clusters': { workbookId, column: 'Ime' },
      'app:recipe:move': { workbookId, jobId: 'r3', stepId: 's1', to: 0 },
      'app:recipe:undo': { workbookId, jobId: 'r4' },
      'app:recipe:redo': { workbookId, jobId: 'r5' },
      'app:recipe:plan': { workbookId },
      'app:recipe:change': { workbookId },
      'app:recipe:replay': { workbookId, jobId: 'r6', mode: 'replay', mapping: {} },
      'app:recipe:remove': { workbookId, jobId: 'r7', stepId: 's1' },
      'app:recipe:export': { workbookId },
      'app:recipe:import': { workbookId, jobId: 'r8', fileRef: recipeRef.id },
      'app:portal:status': {},
      'app:portal:proxy': { proxy: 'direct' },
      'app:portal:connect': { portalUrl: 'https://example.org', apiKey: 'not-a-real-key' },
      'app:portal:training': { enabled: true },
      'app:publish:check': { workbookId: workbookId, publicationId },
      'app:publish:run': {
        workbookId: workbookId,
        publicationId,
        jobId: 'p1',
        options: { keepPrivate: true, resourcePolicy: 'replace', period: null },
      },
      'app:publish:cancel': { jobId: 'p1' },
      'app:register:list': { publicationId: null, includeTraining: true },
      'app:register:export': { includeTraining: true },
      'app:portal:disconnect': {},
      'app:workbook:rows': { workbookId, offset: 2400, limit: 1000 },
      'app:workbook:export': { workbookId, bom: true },
      'app:recent:list': {},
      'app:workbook:close': { workbookId },
      'app:policy:get': {},
      'app:home:overview': { today: '2026-11-27' },
      'app:onboarding:get': {},
      'app:onboarding:complete': { startMode: 'training' },
    } as const;
    expect(Object.keys(calls).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const [channel, request] of Object.entries(calls)) {
      const result = await api.invoke(channel as never, request as never);
      if (channel === 'app:files:pick') {
        expect(result.ok === false && result.error.code).toBe('NOT_SUPPORTED');
        continue;
      }
      if (channel === 'app:portal:connect') {
        // Only portals in IT's policy (data.gov.rs by default).
        expect(result.ok === false && result.error.code).toBe('PORTAL_NOT_ALLOWED');
        continue;
      }
      expect(result.ok, channel).toBe(true);
      if (result.ok)
        expect(validateResponse(channel as never, result.value).ok, channel).toBe(true);
    }
    expect(progress.some((p) => p.jobId === 'j1' && p.phase === 'done')).toBe(true);
    expect(files.saved.at(-1)?.name).toBe('Spisak korisnika.csv');
    expect(Array.from(files.saved.at(-1)?.bytes.slice(0, 3) ?? [])).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('pages rows within the table and clamps at its end', async () => {
    const ref = files.register('/tmp/x.xlsx', 'x.xlsx', 1);
    const opened = await api.invoke('app:workbook:open', {
      source: { kind: 'file', fileRef: ref.id },
      jobId: 'j',
    });
    if (!opened.ok) throw new Error('open failed');
    const window = await api.invoke('app:workbook:rows', {
      workbookId: opened.value.workbookId,
      offset: 2498,
      limit: 10,
    });
    expect(window).toEqual({
      ok: true,
      value: { offset: 2498, rows: [['osoba 2498'], ['osoba 2499']] },
    });
  });

  it('reports NOT_FOUND for unknown files, recents and workbooks', async () => {
    for (const result of [
      await api.invoke('app:workbook:open', {
        source: { kind: 'file', fileRef: 'nope' },
        jobId: 'j',
      }),
      await api.invoke('app:workbook:open', {
        source: { kind: 'recent', recentId: 42 },
        jobId: 'j',
      }),
      await api.invoke('app:workbook:rows', { workbookId: 'gone', offset: 0, limit: 1 }),
      await api.invoke('app:workbook:export', { workbookId: 'gone', bom: false }),
      await api.invoke('app:privacy:scan', { workbookId: 'gone' }),
    ]) {
      expect(result.ok === false && result.error.code).toBe('NOT_FOUND');
    }
  });

  it('passes the reader error through and cancels a running job', async () => {
    reader = (request) =>
      new Promise((resolve) => {
        request.signal?.addEventListener('abort', () => resolve(fail('CANCELLED', 'cancelled')));
      });
    const ref = files.register('/tmp/x.xlsx', 'x.xlsx', 1);
    const opening = api.invoke('app:workbook:open', {
      source: { kind: 'file', fileRef: ref.id },
      jobId: 'long',
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(await api.invoke('app:workbook:cancel', { jobId: 'long' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    const result = await opening;
    expect(result.ok === false && result.error.code).toBe('CANCELLED');
    expect(lastRequest?.limits.maxFileBytes).toBeGreaterThan(0);
    expect(await api.invoke('app:recent:list', {})).toEqual({ ok: true, value: { items: [] } });
  });

  it('sends the reader’s preview under the job, and drops one the contract does not allow', async () => {
    reader = async (request) => {
      request.onPreview?.([
        ['Ime', 'Iznos'],
        ['Petar', '1234.5'],
      ]);
      // Too wide for the event's schema: must never reach the renderer.
      request.onPreview?.([Array.from({ length: 500 }, () => 'x')]);
      return ok({ format: 'csv', sheets: [{ name: 'x', hidden: false }], sheetIndex: 0, table });
    };
    const previews: unknown[] = [];
    api.subscribe('app:job:preview', (p) => previews.push(p));
    const ref = files.register('/tmp/x.csv', 'x.csv', 1);
    const result = await api.invoke('app:workbook:open', {
      source: { kind: 'file', fileRef: ref.id },
      jobId: 'p1',
    });
    expect(result.ok).toBe(true);
    expect(previews).toEqual([
      {
        jobId: 'p1',
        rows: [
          ['Ime', 'Iznos'],
          ['Petar', '1234.5'],
        ],
      },
    ]);
  });

  it('turns a throwing handler into INTERNAL without leaking the error text', async () => {
    reader = async () => {
      throw new Error('secret cell value 0101990710006');
    };
    const ref = files.register('/tmp/x.xlsx', 'x.xlsx', 1);
    const result = await api.invoke('app:workbook:open', {
      source: { kind: 'file', fileRef: ref.id },
      jobId: 'j',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INTERNAL');
      expect(result.error.message).not.toContain('0101990710006');
    }
  });
});
