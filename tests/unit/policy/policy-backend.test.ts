/**
 * The policy through the contract: `app:policy:get` answers what the host loaded, and IT's
 * default language applies until the clerk picks one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { validateResponse } from '../../../electron/backend/contract/validate';
import { createInProcessApi } from '../../../electron/backend/in-process-host';
import { evaluatePolicy } from '../../../electron/backend/policy/load-policy';
import type { FilePort } from '../../../electron/backend/ports';
import { DEFAULT_POLICY_VALUES } from '../../../shared/policy/policy';

const noFiles: FilePort = {
  pickFile: async () => 'unsupported',
  register: (_path, name, size) => ({ id: 'f1', name, size }),
  resolve: () => null,
  save: async () => ({ kind: 'cancelled' }),
};

let dir: string;
let backend: Backend | null = null;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-policy-backend-'));
});
afterEach(async () => {
  await backend?.close();
  backend = null;
  rmSync(dir, { recursive: true, force: true });
});

async function start(policy?: ReturnType<typeof evaluatePolicy>) {
  backend = await createBackend({
    host: { kind: 'test', version: '1.0.0', dataDir: dir, buildDate: '2025-01-02T03:04:05.000Z' },
    files: noFiles,
    reader: async () => {
      throw new Error('not used');
    },
    ...(policy === undefined ? {} : { policy }),
  });
  return createInProcessApi(backend);
}

it('answers the policy the host loaded, and defaults without one', async () => {
  const api = await start();
  const none = await api.invoke('app:policy:get', {});
  expect(none).toEqual({
    ok: true,
    value: { source: null, values: DEFAULT_POLICY_VALUES, fixed: [], errors: [] },
  });
});

it('serves a policy with errors as it is, for About to show', async () => {
  const loaded = evaluatePolicy('C:\\ProgramData\\Otvori\\policy.json', {
    organization: 'grad-pancevo',
    updates: 'never',
  });
  const api = await start(loaded);
  const result = await api.invoke('app:policy:get', {});
  expect(result.ok && result.value).toEqual(loaded);
  if (result.ok) expect(validateResponse('app:policy:get', result.value).ok).toBe(true);
});

it("uses IT's default language until the clerk picks one", async () => {
  const api = await start(evaluatePolicy('/etc/otvori/policy.json', { defaultLocale: 'en' }));
  expect(await api.invoke('app:settings:get', {})).toEqual({ ok: true, value: { locale: 'en' } });
  await api.invoke('app:settings:set', { locale: 'sr-Latn' });
  expect(await api.invoke('app:settings:get', {})).toEqual({
    ok: true,
    value: { locale: 'sr-Latn' },
  });
});

it('reports the build date in app info when the host knows it', async () => {
  const api = await start();
  const info = await api.invoke('app:app:info', {});
  expect(info.ok && info.value.buildDate).toBe('2025-01-02T03:04:05.000Z');
  if (info.ok) expect(validateResponse('app:app:info', info.value).ok).toBe(true);
});
