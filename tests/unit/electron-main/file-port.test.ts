import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../shared/contract';
import { DIALOG_LABELS } from '../../../electron/main/dialog-labels';
import { createElectronFilePort, OPEN_EXTENSIONS } from '../../../electron/main/file-port';

let tmp: string;
let workbook: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'otvori-file-port-'));
  workbook = path.join(tmp, 'budžet 2024.xlsx');
  writeFileSync(workbook, Buffer.alloc(1234, 1));
  mkdirSync(path.join(tmp, 'folder.xlsx'));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const window = { id: 1 } as unknown as BrowserWindow;
let dialog: {
  showOpenDialog: ReturnType<typeof vi.fn>;
  showSaveDialog: ReturnType<typeof vi.fn>;
};
let locale: Locale;
let parent: BrowserWindow | null;

function port() {
  return createElectronFilePort({
    dialog: dialog as unknown as Dialog,
    getWindow: () => parent,
    getLocale: async () => locale,
  });
}

beforeEach(() => {
  dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
  locale = 'sr-Latn';
  parent = window;
});

describe('pickFile', () => {
  it('returns an opaque ref (random id, base name, size), never the path', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [workbook] });
    const files = port();
    const ref = await files.pickFile();
    if (ref === null || ref === 'unsupported') throw new Error('expected a FileRef');
    expect(ref).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/u),
      name: 'budžet 2024.xlsx',
      size: 1234,
    });
    expect(JSON.stringify(ref)).not.toContain(tmp);
    expect(files.resolve(ref.id)).toEqual({ path: workbook, name: 'budžet 2024.xlsx' });
  });

  it('is modal to the window, with spreadsheet filters and localized labels', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await port().pickFile();
    const [owner, options] = dialog.showOpenDialog.mock.calls[0] as [
      unknown,
      Electron.OpenDialogOptions,
    ];
    expect(owner).toBe(window);
    expect(options.title).toBe(DIALOG_LABELS['sr-Latn'].openTitle);
    expect(options.properties).toContain('openFile');
    expect(options.properties).not.toContain('multiSelections');
    expect(options.filters?.[0]).toEqual({ name: 'Tabele', extensions: [...OPEN_EXTENSIONS] });
    expect(OPEN_EXTENSIONS).toEqual(['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'tsv', 'txt']);
  });

  it('works without a parent window and falls back to sr-Cyrl when the locale is unknown', async () => {
    parent = null;
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const files = createElectronFilePort({
      dialog: dialog as unknown as Dialog,
      getWindow: () => null,
      getLocale: async () => Promise.reject(new Error('db closed')),
    });
    await files.pickFile();
    const [options] = dialog.showOpenDialog.mock.calls[0] as [Electron.OpenDialogOptions];
    expect(options.title).toBe(DIALOG_LABELS['sr-Cyrl'].openTitle);
  });

  it('returns null when the clerk cancels or picks a folder', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [path.join(tmp, 'folder.xlsx')],
    });
    const files = port();
    expect(await files.pickFile()).toBeNull();
    expect(await files.pickFile()).toBeNull();
    expect(await files.pickFile()).toBeNull();
  });
});

describe('register / resolve', () => {
  it('gives each registration a fresh unguessable id', () => {
    const files = port();
    const a = files.register('/data/a.csv', 'a.csv', 1);
    const b = files.register('/data/a.csv', 'a.csv', 1);
    expect(a.id).not.toBe(b.id);
    expect(files.resolve(a.id)).toEqual({ path: '/data/a.csv', name: 'a.csv' });
  });

  it.each(['/data/a.csv', 'a.csv', '__proto__', 'constructor', '', '0'])(
    'resolves nothing for the id %j it never issued',
    (id) => {
      const files = port();
      files.register('/data/a.csv', 'a.csv', 1);
      expect(files.resolve(id)).toBeNull();
    },
  );

  it('does not share refs between ports', () => {
    const ref = port().register('/data/a.csv', 'a.csv', 1);
    expect(port().resolve(ref.id)).toBeNull();
  });
});

describe('save', () => {
  it('writes the bytes where the clerk chose and reports the saved name and size', async () => {
    const target = path.join(tmp, 'izvoz.csv');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new TextEncoder().encode('naziv,iznos\r\nŠkola,12\r\n');
    const outcome = await port().save('budžet.csv', bytes);
    expect(outcome).toEqual({ kind: 'saved', fileName: 'izvoz.csv', bytes: bytes.byteLength });
    expect(readFileSync(target)).toEqual(Buffer.from(bytes));
  });

  it('suggests only a file name, never a folder the suggestion could steer to', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const files = port();
    await files.save('../../Windows/System32/evil.csv', new Uint8Array());
    await files.save('..\\..\\Users\\evil.csv', new Uint8Array());
    const suggested = dialog.showSaveDialog.mock.calls.map(
      ([, options]) => (options as Electron.SaveDialogOptions).defaultPath,
    );
    expect(suggested).toEqual(['evil.csv', 'evil.csv']);
    const [owner, options] = dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      Electron.SaveDialogOptions,
    ];
    expect(owner).toBe(window);
    expect(options.title).toBe(DIALOG_LABELS['sr-Latn'].saveTitle);
    expect(options.filters).toEqual([{ name: 'CSV (UTF-8)', extensions: ['csv'] }]);
  });

  it('filters the save dialog by the export format, so Windows adds no .csv to another format', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    const files = port();
    await files.save('budžet.xlsx', new Uint8Array());
    await files.save('budžet.recept.json', new Uint8Array());
    const filters = dialog.showSaveDialog.mock.calls.map(
      ([, options]) => (options as Electron.SaveDialogOptions).filters,
    );
    expect(filters).toEqual([
      [{ name: 'XLSX', extensions: ['xlsx'] }],
      [{ name: 'JSON', extensions: ['json'] }],
    ]);
  });

  it('returns cancelled and writes nothing when the clerk cancels', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '' });
    const files = port();
    expect(await files.save('a.csv', new Uint8Array([1]))).toEqual({ kind: 'cancelled' });
    expect(await files.save('a.csv', new Uint8Array([1]))).toEqual({ kind: 'cancelled' });
  });
});

describe('dialog labels', () => {
  it('has every label in every locale', () => {
    const keys = Object.keys(DIALOG_LABELS.en).sort();
    for (const labels of Object.values(DIALOG_LABELS)) {
      expect(Object.keys(labels).sort()).toEqual(keys);
      for (const value of Object.values(labels)) expect(value.trim()).not.toBe('');
    }
    expect(DIALOG_LABELS['sr-Cyrl'].openTitle).toMatch(/[\u0400-\u04ff]/u);
    expect(DIALOG_LABELS['sr-Latn'].openTitle).not.toMatch(/[\u0400-\u04ff]/u);
  });
});
