/**
 * Connecting to a training portal already running on this machine (`otvori portal`) by its
 * loopback address: it is used as Vežbaonica (publishing goes there, marked training), the real
 * connection and the stored key stay untouched, and IT's policy can turn it off.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_VALUES, type LoadedPolicy } from '../../../shared/policy/policy';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { PortalConnectionRepo } from '../../../electron/backend/db/portal-connection-repo';
import { ReferenceListsRepo } from '../../../electron/backend/db/reference-lists-repo';
import {
  startTrainingPortal,
  type TrainingPortal,
} from '../../../electron/backend/portal/training-portal/training-portal';
import {
  ConnectionRefused,
  PortalConnection,
} from '../../../electron/backend/publishing/portal-connection';
import { MemorySecretStore } from '../../../electron/backend/secrets/secret-store';
import { noSleep } from './portal-fixture';

let dir: string;
let db: Db;
let portal: TrainingPortal;

const policy = (trainingPortal: boolean): LoadedPolicy => ({
  source: null,
  values: { ...DEFAULT_POLICY_VALUES, trainingPortal },
  fixed: [],
  errors: [],
});

function connection(trainingPortal = true, secrets = new MemorySecretStore()) {
  return new PortalConnection({
    repo: new PortalConnectionRepo(db),
    lists: new ReferenceListsRepo(db),
    secrets,
    policy: policy(trainingPortal),
    clientOptions: { sleep: noSleep, timeoutMs: 5000 },
  });
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-local-training-'));
  db = openDatabase(path.join(dir, 'data'));
  portal = await startTrainingPortal({ profile: 'modern', dataDir: path.join(dir, 'portal') });
});

afterEach(async () => {
  db.close();
  await portal.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a training portal running on this machine', () => {
  it('is connected as training, without storing its key or touching the real connection', async () => {
    const secrets = new MemorySecretStore();
    const portalConnection = connection(true, secrets);
    await portalConnection.connect(`${portal.url}/`, portal.apiKey);
    const status = await portalConnection.status();
    expect(status).toMatchObject({
      connected: true,
      training: true,
      portalUrl: portal.url,
      profile: 'modern',
      realPortalUrl: null,
    });
    const active = await portalConnection.active();
    expect(active).toMatchObject({ portalUrl: portal.url, training: true });
    expect(await secrets.get('portal-api-key')).toBeNull();
    // Stopping it does not stop the portal this process does not own.
    await portalConnection.close();
    expect((await fetch(`${portal.url}/api/1/site/`)).status).toBeLessThan(500);
  });

  it('is refused when IT turned the training portal off, and with a wrong key', async () => {
    await expect(connection(false).connect(portal.url, portal.apiKey)).rejects.toBeInstanceOf(
      ConnectionRefused,
    );
    await expect(connection(true).connect(portal.url, 'pogresan-kljuc')).rejects.toMatchObject({
      code: 'PORTAL_KEY_INVALID',
    });
  });

  it('is not a way around the policy for other plain-http addresses', async () => {
    await expect(
      connection(true).connect('http://10.0.0.5:8080', portal.apiKey),
    ).rejects.toMatchObject({ code: 'PORTAL_NOT_ALLOWED' });
  });
});
