/**
 * The reference-list refresh through the client's Agent (electron/backend/publishing/
 * proxied-fetch.ts): the five lists come from the training portal as they do with global fetch.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { ReferenceListsRepo } from '../../../electron/backend/db/reference-lists-repo';
import { refreshReferenceLists } from '../../../electron/backend/metadata/refresh-reference-lists';
import {
  startTrainingPortal,
  type TrainingPortal,
} from '../../../electron/backend/portal/training-portal/training-portal';
import { proxiedFetch } from '../../../electron/backend/publishing/proxied-fetch';

let dir = '';
let portal: TrainingPortal | null = null;
let db: Db | null = null;

afterEach(async () => {
  await portal?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('refreshes every list through the given Agent', async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-proxied-fetch-'));
  portal = await startTrainingPortal({ profile: 'modern', dataDir: path.join(dir, 'portal') });
  db = openDatabase(path.join(dir, 'otvori'));
  let sockets = 0;
  class CountingAgent extends http.Agent {
    override createConnection(...args: Parameters<http.Agent['createConnection']>) {
      sockets += 1;
      return super.createConnection(...args);
    }
  }
  const agent = new CountingAgent();
  const repo = new ReferenceListsRepo(db);
  const result = await refreshReferenceLists(portal.url, repo, { fetch: proxiedFetch(agent) });
  expect(result.failed).toEqual([]);
  expect(result.refreshed).toHaveLength(5);
  expect(repo.all().licenses.items.map((i) => i.id)).toContain('sodl');
  expect(sockets).toBeGreaterThan(0);
  const missing = await proxiedFetch(agent)(`${portal.url}/api/1/no-such-list/`);
  expect(missing.ok).toBe(false);
});
