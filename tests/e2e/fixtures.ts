/**
 * Each e2e test gets its own Otvori: a fresh data dir and a web host on a free port, serving the
 * built renderer (run `npm run build` first; `npm test` does).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWebApp, type WebApp } from '../../electron/backend/web-host/create-web-app';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = path.join(root, 'dist', 'renderer');
export const WORKER_FILE = path.join(root, 'dist', 'node', 'reader-worker.mjs');
export const SCREENSHOT_DIR = path.join(root, 'tests', 'artifacts', 'e2e');

export interface OtvoriFixture {
  /** The running app (a new one after restart()). */
  readonly app: WebApp;
  readonly dataDir: string;
  /**
   * Opens the app with its launch URL (token in the fragment). The first-run screen (issue 9) is
   * recorded as done beforehand, as on a clerk's second day, unless `firstRun` asks for it.
   */
  open(page: Page, options?: { readonly firstRun?: boolean }): Promise<void>;
  /** Full-page screenshot kept for review in tests/artifacts/e2e. */
  shot(page: Page, name: string): Promise<void>;
  /** Closes the app and starts a new one on the same data dir, as quitting and reopening does. */
  restart(): Promise<void>;
}

export const test = base.extend<{ otvori: OtvoriFixture }>({
  // Playwright requires object destructuring for fixture dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  otvori: async ({}, use) => {
    if (!existsSync(path.join(RENDERER_DIR, 'index.html')) || !existsSync(WORKER_FILE)) {
      throw new Error('Build Otvori first: npm run build');
    }
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'otvori-e2e-'));
    const start = () =>
      createWebApp({
        dataDir,
        rendererDir: RENDERER_DIR,
        workerFile: WORKER_FILE,
        version: '0.0.0-e2e',
      });
    let app = await start();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await use({
      get app() {
        return app;
      },
      dataDir,
      async restart() {
        await app.close();
        app = await start();
      },
      async open(page, options) {
        if (options?.firstRun !== true) {
          const done = await app.backend.handlers['app:onboarding:complete'](
            { startMode: 'training' },
            app.backend.context,
          );
          if (!done.ok) throw new Error(`onboarding: ${done.error.code}`);
        }
        await page.goto(app.host.launchUrl);
      },
      async shot(page, name) {
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
      },
    });
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
