import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, type OtvoriApi } from '../../../shared/contract';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { planSteps } from '../../../shared/privacy';
import { validateResponse } from '../../../electron/backend/contract/validate';
import { createInProcessApi } from '../../../electron/backend/in-process-host';
import type { FilePort } from '../../../electron/backend/ports';
import { table } from '../recipe/helpers';

const source = table(
  [
    ['Prezime i ime', 'text'],
    ['JMBG', 'text'],
    ['Naselje', 'text'],
    ['Pol', 'text'],
    ['Iznos', 'integer'],
  ],
  [
    ['Petrović Petar', '1506985865129', 'Pančevo', 'M', 1200],
    ['Jovanović Jelena', '3112999860005', 'Pančevo', 'Ž', 900],
    ['Marković Marko', '0102985860049', 'Glogonj', 'M', 300],
  ],
);

const files: FilePort = {
  pickFile: async () => 'unsupported' as const,
  register: (_path: string, name: string, size: number) => ({ id: 'f1', name, size }),
  resolve: () => ({ path: '/tmp/pomoc.csv', name: 'pomoc.csv' }),
  save: async (name: string, bytes: Uint8Array) => ({
    kind: 'saved' as const,
    fileName: name,
    bytes: bytes.byteLength,
  }),
};

let dir: string;
let backend: Backend;
let api: OtvoriApi;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-privacy-channels-'));
  backend = await createBackend({
    host: { kind: 'test', version: '9.9.9', dataDir: dir },
    files,
    reader: async () =>
      ok({
        format: 'csv',
        sheets: [{ name: 'pomoc', hidden: false }],
        sheetIndex: 0,
        table: source,
      }),
  });
  api = createInProcessApi(backend);
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(withPublication: boolean): Promise<{ workbookId: string }> {
  let publicationId: string | undefined;
  if (withPublication) {
    const created = await api.invoke('app:publication:create', {
      title: 'Pomoć',
      sourceFileName: 'pomoc.csv',
    });
    if (!created.ok) throw new Error('create failed');
    publicationId = created.value.id;
  }
  const opened = await api.invoke('app:workbook:open', {
    source: { kind: 'file', fileRef: 'f1' },
    jobId: 'j1',
    ...(publicationId === undefined ? {} : { publicationId }),
  });
  if (!opened.ok) throw new Error('open failed');
  return { workbookId: opened.value.workbookId };
}

describe('privacy channels', () => {
  it('plan: drops the JMBG and the names, suggests quasi-identifiers', async () => {
    const { workbookId } = await open(false);
    const plan = await api.invoke('app:privacy:plan', { workbookId });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(validateResponse('app:privacy:plan', plan.value).ok).toBe(true);
    expect(plan.value.items.map((i) => [i.column, i.action])).toEqual([
      ['Prezime i ime', 'drop'],
      ['JMBG', 'drop'],
    ]);
    expect(plan.value.quasiIdentifiers).toEqual(['Naselje', 'Pol']);
  });

  it('risk: k and the next step, saved with the publication for the report', async () => {
    const { workbookId } = await open(true);
    const risk = await api.invoke('app:privacy:risk', {
      workbookId,
      quasiIdentifiers: ['Naselje', 'Pol'],
    });
    if (!risk.ok) throw new Error(risk.error.message);
    expect(risk.value).toMatchObject({ k: 1, uniqueRows: 3, targetK: 5, rows: 3 });
    const report = await api.invoke('app:privacy:report', { workbookId, locale: 'sr-Latn' });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.report.risk).toMatchObject({ quasiIdentifiers: ['Naselje', 'Pol'], k: 1 });
    expect(report.value.saved).toBe(true);
  });

  it('gate: refuses with codes, no values; justifications lift it; removing one restores it', async () => {
    const { workbookId } = await open(true);
    const gate = await api.invoke('app:privacy:gate', { workbookId });
    if (!gate.ok) throw new Error(gate.error.message);
    expect(gate.value).toEqual({
      passed: false,
      blockers: [
        { column: 'Prezime i ime', kinds: ['name'], code: 'unhandled-personal-data' },
        { column: 'JMBG', kinds: ['jmbg'], code: 'unhandled-personal-data' },
      ],
      justifications: [],
      canJustify: true,
    });
    await api.invoke('app:privacy:justify', {
      workbookId,
      column: 'Prezime i ime',
      kind: 'name',
      text: 'Dobitnici nagrada su javni',
    });
    const both = await api.invoke('app:privacy:justify', {
      workbookId,
      column: 'JMBG',
      kind: 'jmbg',
      text: 'Test',
    });
    if (!both.ok) throw new Error(both.error.message);
    expect(both.value.passed).toBe(true);
    expect(both.value.justifications.map((j) => j.column)).toEqual(['JMBG', 'Prezime i ime']);
    const removed = await api.invoke('app:privacy:justify', {
      workbookId,
      column: 'JMBG',
      kind: 'jmbg',
      text: null,
    });
    if (!removed.ok) throw new Error(removed.error.message);
    expect(removed.value.passed).toBe(false);
    expect(validateResponse('app:privacy:justify', removed.value).ok).toBe(true);
  });

  it('justify without a publication is refused; unknown workbooks are NOT_FOUND', async () => {
    const { workbookId } = await open(false);
    const result = await api.invoke('app:privacy:justify', {
      workbookId,
      column: 'JMBG',
      kind: 'jmbg',
      text: 'x',
    });
    expect(result.ok === false && result.error.code).toBe('INVALID_REQUEST');
    const gate = await api.invoke('app:privacy:gate', { workbookId });
    expect(gate.ok && gate.value.canJustify).toBe(false);
    for (const channel of ['app:privacy:plan', 'app:privacy:gate'] as const) {
      const missing = await api.invoke(channel, { workbookId: 'gone' });
      expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
    }
    const blank = await api.invoke('app:privacy:justify', {
      workbookId,
      column: 'JMBG',
      kind: 'jmbg',
      text: '   ',
    });
    expect(blank.ok === false && blank.error.code).toBe('INVALID_REQUEST');
  });

  it('accepting the plan through app:recipe:add clears the gate (the CURRENT table is checked)', async () => {
    const { workbookId } = await open(false);
    const plan = await api.invoke('app:privacy:plan', { workbookId });
    if (!plan.ok) throw new Error(plan.error.message);
    const steps = planSteps(plan.value.items);
    const added = await api.invoke('app:recipe:add', { workbookId, jobId: 'plan1', steps });
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.workbook.columns.map((c) => c.name)).toEqual(['Naselje', 'Pol', 'Iznos']);
    const gate = await api.invoke('app:privacy:gate', { workbookId });
    expect(gate.ok && gate.value.passed).toBe(true);
    const report = await api.invoke('app:privacy:report', { workbookId, locale: 'sr-Latn' });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.report.removed).toEqual(['Prezime i ime', 'JMBG']);
    expect(report.value.note).toContain('Uklonjene kolone: Prezime i ime, JMBG.');
  });

  it('a publication linked later through the recipe carries the justifications', async () => {
    const { workbookId } = await open(false);
    const created = await api.invoke('app:publication:create', {
      title: 'Pomoć',
      sourceFileName: 'pomoc.csv',
    });
    if (!created.ok) throw new Error('create failed');
    await api.invoke('app:recipe:get', { workbookId, publicationId: created.value.id });
    const gate = await api.invoke('app:privacy:gate', { workbookId });
    expect(gate.ok && gate.value.canJustify).toBe(true);
    const justified = await api.invoke('app:privacy:justify', {
      workbookId,
      column: 'JMBG',
      kind: 'jmbg',
      text: 'Proba',
    });
    expect(justified.ok && justified.value.justifications.length).toBe(1);
  });

  it('report: the processing note in the clerk’s language', async () => {
    const { workbookId } = await open(true);
    const cyrillic = await api.invoke('app:privacy:report', { workbookId, locale: 'sr-Cyrl' });
    if (!cyrillic.ok) throw new Error(cyrillic.error.message);
    expect(validateResponse('app:privacy:report', cyrillic.value).ok).toBe(true);
    expect(cyrillic.value.report.open.map((o) => o.column)).toEqual(['Prezime i ime', 'JMBG']);
    expect(cyrillic.value.note).toMatch(/^Пре објављивања/);
    const english = await api.invoke('app:privacy:report', { workbookId, locale: 'en' });
    expect(english.ok && english.value.note).toMatch(/^Before publication/);
    expect(JSON.stringify(english)).not.toMatch(/1506985865129|Petrović/);
  });
});
