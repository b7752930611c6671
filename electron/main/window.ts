/**
 * The one application window. Its webPreferences are written out as a literal here, at the
 * `new BrowserWindow` call, so a reviewer (and Electronegativity) sees every security flag in
 * one place (architecture.md §8); none of them comes from a variable or a spread.
 */
import type { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './security/trusted-url';

export interface MainWindowOptions {
  /** DevTools only in development builds: in a packaged app they are a console into the page. */
  readonly devTools: boolean;
}

export function createMainWindow(
  BrowserWindowCtor: typeof BrowserWindow,
  preloadPath: string,
  options: MainWindowOptions = { devTools: false },
): BrowserWindow {
  const window = new BrowserWindowCtor({
    title: 'Otvori',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Shown on ready-to-show, so the clerk never sees a white flash or a half-drawn page.
    show: false,
    backgroundColor: '#f5f6f8',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      // The page and the preload live in separate JavaScript worlds: page code cannot reach
      // ipcRenderer or patch the preload's built-ins.
      contextIsolation: true,
      // The renderer runs in Chromium's OS sandbox: a renderer exploit does not get Node or files.
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Cell values would otherwise be sent to the OS spellchecker and underlined in red.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });

  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(
      `[otvori] could not load the app page: ${error instanceof Error ? error.message : 'error'}`,
    );
  });
  return window;
}
