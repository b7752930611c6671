/**
 * Electron main entry: the composition root of the desktop shell. It only wires things
 * together; the logic lives in the backend (tested in plain Node) and in the small modules
 * next to this file (tested with a fake `electron`). Bundled to dist/electron/main.cjs.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import type { Locale } from '../../shared/contract';
import type { LoadedPolicy } from '../../shared/policy/policy';
import { createBackend, type Backend } from '../backend/backend';
import { buildDate } from '../backend/build-info';
import { loadPolicy, policyFilePath } from '../backend/policy/load-policy';
import { installAppProtocol, registerAppScheme } from './app-protocol';
import { resolveDataDir } from './data-dir';
import { SafeStorageSecretStore } from './safe-storage-secrets';
import { DIALOG_LABELS } from './dialog-labels';
import { createElectronFilePort } from './file-port';
import { registerIpc } from './ipc';
import { installFileLog } from './log-file';
import { installWebContentsGuards } from './security/guards';
import { toProxyConfig } from './proxy-config';
import { createOpenExternal } from './security/open-external';
import { toUnpackedPath } from './unpacked-path';
import { startUpdater } from './updater';
import { createMainWindow } from './window';

// The bundle runs from dist/electron/; its siblings are laid out by scripts/build-node.mjs.
const bundleDir = __dirname;
const preloadPath = path.join(bundleDir, 'preload.cjs');
const rendererRoot = path.join(bundleDir, '..', 'renderer');
// Unpacked in the packaged app: the worker is an ES module loaded outside Electron's asar support.
const readerWorker = toUnpackedPath(path.join(bundleDir, '..', 'node', 'reader-worker.mjs'));
const recipeWorker = toUnpackedPath(path.join(bundleDir, '..', 'node', 'recipe-worker.mjs'));
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

/** IT's policy, read once at start; its problems go to the log and to About, never stop the app. */
async function readPolicy(): Promise<LoadedPolicy> {
  const policy = await loadPolicy(policyFilePath());
  console.log(`[otvori] policy: ${policy.source ?? 'none (defaults)'}`);
  for (const problem of policy.errors) console.warn(`[otvori] policy: ${problem.message}`);
  return policy;
}

async function start(dataDir: string): Promise<void> {
  installAppProtocol(protocol, rendererRoot);
  await mkdir(dataDir, { recursive: true });
  const policy = await readPolicy();
  const proxy = toProxyConfig(policy.values.proxy);
  if (proxy !== null) await session.defaultSession.setProxy(proxy);
  const files = createElectronFilePort({ dialog, getWindow, getLocale: currentLocale });
  const built = buildDate();
  backend = await createBackend({
    host: {
      kind: 'electron',
      version: app.getVersion(),
      dataDir,
      ...(built === undefined ? {} : { buildDate: built }),
    },
    files,
    workerFile: readerWorker,
    recipeWorkerFile: recipeWorker,
    policy,
    // The portal key is encrypted by the OS and decrypted only here in main.
    secrets: new SafeStorageSecretStore(safeStorage, dataDir),
    // Portal calls leave from the backend: resolve the OS/PAC proxy like Chromium does.
    resolveProxy: (url) => session.defaultSession.resolveProxy(url),
  });
  // IPC before the window: the page may call the backend as soon as its script runs.
  disposeIpc = registerIpc(ipcMain, backend, getWindow);
  openMainWindow();
  // After the window: a slow or unreachable update server never delays the clerk.
  void startUpdater({
    isPackaged: app.isPackaged,
    policy: policy.values,
    resourcesPath: process.resourcesPath,
    log: (line) => {
      console.log(`[otvori] ${line}`);
    },
  });
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
  // IT finds the log next to the database (README "For IT"): a packaged app has no console.
  // process.resourcesPath exists only in a real Electron process (not under a fake electron).
  if (app.isPackaged && process.resourcesPath !== undefined) {
    const logDir = path.join(dataDir, 'logs');
    app.setAppLogsPath(logDir);
    installFileLog(logDir);
  }

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
