/** The main process's log file for IT (electron/main/log-file.ts): time-stamped, capped at two files. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { installFileLog, MAX_LOG_BYTES, type FileLog } from '../../../electron/main/log-file';

let dir: string;
let log: FileLog | null = null;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-log-'));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  log?.dispose();
  log = null;
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

it('appends console lines with time and level to logs/main.log', () => {
  log = installFileLog(path.join(dir, 'logs'), () => new Date('2026-01-02T03:04:05.000Z'));
  console.log('[otvori] policy: %s', 'none (defaults)');
  console.warn('[otvori] updates: check failed (offline)');
  expect(log.file).toBe(path.join(dir, 'logs', 'main.log'));
  expect(readFileSync(log.file, 'utf8')).toBe(
    '2026-01-02T03:04:05.000Z LOG [otvori] policy: none (defaults)\n' +
      '2026-01-02T03:04:05.000Z WARN [otvori] updates: check failed (offline)\n',
  );
});

it('rolls over to main.old.log past the size limit', () => {
  log = installFileLog(dir);
  const chunk = 'x'.repeat(64 * 1024);
  for (let i = 0; i < 20; i++) console.log(chunk);
  expect(existsSync(path.join(dir, 'main.old.log'))).toBe(true);
  expect(readFileSync(path.join(dir, 'main.log')).byteLength).toBeLessThanOrEqual(MAX_LOG_BYTES);
});
