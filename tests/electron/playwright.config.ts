/**
 * Smoke and security checks of the real Electron app (architecture.md §9). They need the
 * Electron runtime; where it was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD) every test
 * skips with the reason, and the run still exits 0.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
