/**
 * The Electron FilePort: native open/save dialogs. The renderer only ever holds random ids;
 * paths stay in this map in the main process, so a compromised page cannot name a file to read
 * or write (it can only ask the clerk to pick one).
 */
import { randomBytes } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileRef, Locale, SaveOutcome } from '../../shared/contract';
import type { FilePort, ResolvedFile } from '../backend/ports';
import { DIALOG_LABELS } from './dialog-labels';

/** Extensions offered in the open dialog; the reader decides the real format by magic bytes. */
export const OPEN_EXTENSIONS: readonly string[] = [
  'xlsx',
  'xlsm',
  'xls',
  'ods',
  'csv',
  'tsv',
  'txt',
];

export interface ElectronFilePortDeps {
  readonly dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** Parent of the dialogs (modal to the app window), or null before it exists. */
  readonly getWindow: () => BrowserWindow | null;
  /** The clerk's language for dialog titles; read when a dialog opens, so a change applies at once. */
  readonly getLocale: () => Promise<Locale>;
}

function newId(): string {
  // 128 random bits in base64url: matches the contract's id pattern, guessable by nobody.
  return randomBytes(16).toString('base64url');
}

async function localeOf(deps: ElectronFilePortDeps): Promise<Locale> {
  try {
    return await deps.getLocale();
  } catch {
    return 'sr-Cyrl';
  }
}

export function createElectronFilePort(deps: ElectronFilePortDeps): FilePort {
  const files = new Map<string, ResolvedFile>();

  const register = (filePath: string, name: string, size: number): FileRef => {
    const id = newId();
    files.set(id, { path: filePath, name });
    return { id, name, size };
  };

  const saveFilter = (name: string, csvLabel: string) => {
    const extension = path.extname(name).slice(1).toLowerCase() || 'csv';
    return {
      name: extension === 'csv' ? csvLabel : extension.toUpperCase(),
      extensions: [extension],
    };
  };

  return {
    async pickFile() {
      const labels = DIALOG_LABELS[await localeOf(deps)];
      const options: OpenDialogOptions = {
        title: labels.openTitle,
        buttonLabel: labels.openButton,
        properties: ['openFile', 'dontAddToRecent'],
        filters: [
          { name: labels.spreadsheets, extensions: [...OPEN_EXTENSIONS] },
          { name: labels.allFiles, extensions: ['*'] },
        ],
      };
      const window = deps.getWindow();
      const result = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      const filePath = result.filePaths[0];
      if (result.canceled || filePath === undefined) return null;
      const info = await stat(filePath);
      if (!info.isFile()) return null;
      return register(filePath, path.basename(filePath), info.size);
    },

    register,

    resolve(fileRefId) {
      return files.get(fileRefId) ?? null;
    },

    async save(suggestedName, bytes): Promise<SaveOutcome> {
      const labels = DIALOG_LABELS[await localeOf(deps)];
      const options: SaveDialogOptions = {
        title: labels.saveTitle,
        // Only a file name: the dialog opens in the OS default folder, never in one the
        // suggestion could steer it to.
        defaultPath: path.basename(suggestedName.replaceAll('\\', '/')),
        // The filter follows the export's format (CSV, XLSX, JSON, a recipe's .json): with a
        // CSV-only filter Windows would append .csv to an .xlsx name.
        filters: [saveFilter(suggestedName, labels.csv)],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const window = deps.getWindow();
      const result = window
        ? await deps.dialog.showSaveDialog(window, options)
        : await deps.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { kind: 'cancelled' };
      await writeFile(result.filePath, bytes);
      return { kind: 'saved', fileName: path.basename(result.filePath), bytes: bytes.byteLength };
    },
  };
}
