import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { ReferenceListsRepo } from '../../../electron/backend/db/reference-lists-repo';
import {
  apiRoot,
  refreshReferenceLists,
} from '../../../electron/backend/metadata/refresh-reference-lists';

/** A tiny portal on 127.0.0.1 answering the §4.5 reference routes. */
const ROUTES: Record<string, unknown> = {
  '/api/1/datasets/licenses/': [
    {
      id: 'sodl',
      title: 'Srpska licenca za otvorene podatke',
      url: 'https://data.gov.rs/sr/terms/',
      flags: [],
    },
    { id: 'cc-by', title: 'Creative Commons Attribution', flags: [] },
    { id: 'mystery', title: 'A licence Otvori does not know', flags: [] },
  ],
  '/api/1/datasets/frequencies/?lang=sr': [
    { id: 'unknown', label: 'Непознато' },
    { id: 'monthly', label: 'Месечно' },
    { id: 'quadrennial', label: 'Сваке четири године' },
  ],
  '/api/1/datasets/frequencies/?lang=en': [
    { id: 'unknown', label: 'Unknown' },
    { id: 'monthly', label: 'Monthly' },
    { id: 'quadrennial', label: 'Quadrennial' },
  ],
  '/api/1/datasets/resource_types/?lang=sr': [{ id: 'main', label: 'Главна датотека' }],
  '/api/1/datasets/resource_types/?lang=en': [{ id: 'main', label: 'Main file' }],
  '/api/1/datasets/extensions/': ['csv', 'json', 'xlsx'],
  // A broken answer: this list must keep its previous (shipped) contents.
  '/api/1/spatial/granularities/?lang=sr': { oops: true },
  '/api/1/spatial/granularities/?lang=en': [],
};

let server: Server;
let base: string;
let dir: string;
let db: Db;
const requests: string[] = [];

beforeEach(async () => {
  requests.length = 0;
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = ROUTES[req.url ?? ''];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"nope"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-refs-'));
  db = openDatabase(dir);
});
afterEach(async () => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('refreshing the reference lists from a portal', () => {
  it('normalises the portal base URL', () => {
    expect(apiRoot('https://data.gov.rs')).toBe('https://data.gov.rs/api/1/');
    expect(apiRoot('https://data.gov.rs/api/1')).toBe('https://data.gov.rs/api/1/');
    expect(apiRoot('https://data.gov.rs/api/1/?x=1')).toBe('https://data.gov.rs/api/1/');
    expect(() => apiRoot('file:///etc/passwd')).toThrow();
  });

  it('caches what the portal lists, with the date, and keeps shipped lists for broken answers', async () => {
    const repo = new ReferenceListsRepo(db);
    const before = repo.all();
    const result = await refreshReferenceLists(base, repo, {
      now: () => new Date('2026-11-27T10:00:00Z'),
    });
    expect(result.refreshed).toEqual(['licenses', 'frequencies', 'resourceTypes', 'extensions']);
    expect(result.failed.map((f) => f.kind)).toEqual(['granularities']);
    // Every route asked with its trailing slash (§3.1).
    expect(requests.every((url) => url.split('?')[0]!.endsWith('/'))).toBe(true);

    const lists = repo.all();
    expect(lists).not.toBe(before);
    expect(lists.frequencies).toEqual({
      fetchedAt: '2026-11-27T10:00:00.000Z',
      source: `${base}/api/1/`,
      items: [
        { id: 'unknown', label: { 'sr-Cyrl': 'Непознато', 'sr-Latn': 'Nepoznato', en: 'Unknown' } },
        { id: 'monthly', label: { 'sr-Cyrl': 'Месечно', 'sr-Latn': 'Mesečno', en: 'Monthly' } },
        {
          id: 'quadrennial',
          label: {
            'sr-Cyrl': 'Сваке четири године',
            'sr-Latn': 'Svake četiri godine',
            en: 'Quadrennial',
          },
        },
      ],
    });
    // Known licences keep Otvori's translated titles; unknown ones show the portal's title.
    expect(lists.licenses.items.map((l) => l.id)).toEqual(['sodl', 'cc-by', 'mystery']);
    expect(lists.licenses.items[2]?.label.en).toBe('A licence Otvori does not know');
    expect(lists.extensions.items.map((e) => e.id)).toEqual(['csv', 'json', 'xlsx']);
    expect(lists.granularities.fetchedAt).toBeNull();

    // The cache survives a restart.
    expect(new ReferenceListsRepo(db).all().frequencies.items).toHaveLength(3);
  });

  it('reports an unreachable portal without touching the cache', async () => {
    const repo = new ReferenceListsRepo(db);
    const result = await refreshReferenceLists('http://127.0.0.1:9/', repo, { timeoutMs: 2_000 });
    expect(result.refreshed).toEqual([]);
    expect(result.failed).toHaveLength(5);
    expect(repo.all().licenses.fetchedAt).toBeNull();
  });
});
