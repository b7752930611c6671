/**
 * Electron main entry: the composition root of the desktop shell. It only wires things
 * together; the logic lives in the backend (tested in plain Node) and in the small modules
 * next to this file (tested with a fake `electron`). Bundled to dist/electron/main.cjs.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, shell } from 'electron';
import type { Locale } from '../../shared/contract';
import { createBackend, type Backend } from '../backend/backend';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { resolveDataDir } from './data-dir';
import { DIALOG_LABELS } from './dialog-labels';
import { createElectronFilePort } from './file-port';
import { registerIpc } from './ipc';
import { installWebContentsGuards } from './security/guards';
import { createOpenExternal } from './security/open-external';
import { createMainWindow } from './window';

// The bundle runs from dist/electron/; its siblings are laid out by scripts/build-node.mjs.
const bundleDir = __dirname;
const preloadPath = path.join(bundleDir, 'preload.cjs');
const rendererRoot = path.join(bundleDir, '..', 'renderer');
const readerWorker = path.join(bundleDir, '..', 'node', 'reader-worker.mjs');
const DEFAULT_LOCALE: Locale = 'sr-Cyrl';

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let disposeIpc: (() => void) | null = null;

function getWindow(): BrowserWindow | null {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow : null;
}

function focusMainWindow(): void {
  const window = getWindow();
  if (window === null) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function openMainWindow(): void {
  const window = createMainWindow(BrowserWindow, preloadPath, { devTools: !app.isPackaged });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
}

async function currentLocale(): Promise<Locale> {
  const result = await backend?.handlers['app:settings:get']({}, backend.context);
  return result?.ok ? result.value.locale : DEFAULT_LOCALE;
}

async function start(dataDir: string): Promise<void> {
  installAppProtocol(protocol, rendererRoot);
  await mkdir(dataDir, { recursive: true });
  const files = createElectronFilePort({ dialog, getWindow, getLocale: currentLocale });
  backend = await createBackend({
    host: { kind: 'electron', version: app.getVersion(), dataDir },
    files,
    workerFile: readerWorker,
  });
  // IPC before the window: the page may call the backend as soon as its script runs.
  disposeIpc = registerIpc(ipcMain, backend, getWindow);
  openMainWindow();
}

function failStartup(dataDir: string, error: unknown): void {
  console.error(
    `[otvori] startup failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  const labels = DIALOG_LABELS[DEFAULT_LOCALE];
  dialog.showErrorBox(labels.startupFailedTitle, `${labels.startupFailedMessage}\n\n${dataDir}`);
  app.exit(1);
}

function main(): void {
  const dataDir = resolveDataDir(process.env, process.platform, app.getPath('userData'));
  if (process.env['OTVORI_DATA_DIR']) {
    // A test or IT-chosen data folder is a separate instance: the single-instance lock and
    // Chromium's profile follow userData, so move it too.
    app.setPath('userData', dataDir);
  }
  // Chromium's cache and storage also stay out of the roaming profile.
  app.setPath('sessionData', path.join(dataDir, 'chromium'));

  // A second launch (double-clicking the shortcut again) focuses the running window instead
  // of opening the same SQLite database from two processes.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Before ready: every renderer sandboxed, the app:// scheme privileged, and the guards
  // waiting for the first web-contents.
  app.enableSandbox();
  registerAppScheme(protocol);
  installWebContentsGuards(app, createOpenExternal(shell));

  app.on('second-instance', focusMainWindow);
  // One window is the whole app: closing it quits, on macOS too.
  app.on('window-all-closed', () => {
    app.quit();
  });
  // Close the database (checkpoint the WAL) and stop readers before the process exits.
  app.on('will-quit', (event) => {
    const closing = backend;
    if (closing === null) return;
    backend = null;
    event.preventDefault();
    disposeIpc?.();
    disposeIpc = null;
    closing
      .close()
      .catch((error: unknown) => {
        console.error(
          `[otvori] closing the backend failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        app.quit();
      });
  });

  app
    .whenReady()
    .then(() => start(dataDir))
    .catch((error: unknown) => {
      failStartup(dataDir, error);
    });
}

main();
