// The uData client against the training portal: every step and every error code, both profiles.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { PortalError } from '../../../electron/backend/portal/client/portal-error';
import { PORTAL_PROFILES } from '../../../electron/backend/portal/common/profile';
import { http, makeFixture, payload, type Fixture } from './portal-fixture';

let f: Fixture;
afterEach(async () => f.close());

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PortalError) return error.code;
    throw error;
  }
  return 'resolved';
}

describe.each(PORTAL_PROFILES)('UdataClient, %s profile', (profile) => {
  it('detects the profile from Swagger and /api/2/, without sending the key', async () => {
    f = await makeFixture(profile);
    const detected = await f.client().detectProfile();
    expect(detected.profile).toBe(profile);
    const probes = f.portal.requests.filter((r) => r.method === 'GET');
    expect(probes.every((r) => r.status === 200)).toBe(true);
  });

  it('verifies the key via /me/ and lists organisations with the role', async () => {
    f = await makeFixture(profile);
    const client = f.client();
    const me = await client.verifyKey();
    expect(me).toMatchObject({ firstName: 'Вера', hasApiKeyField: profile === 'legacy' });
    expect(await client.listOrganizations()).toEqual([
      expect.objectContaining({ id: f.orgId, slug: 'grad-panchevo', role: 'editor' }),
    ]);
    expect(await code(f.client({ apiKey: 'revoked-or-wrong' }).verifyKey())).toBe(
      'PORTAL_KEY_INVALID',
    );
    f.portal.setUserActive('editor', false);
    expect(await code(client.verifyKey())).toBe('PORTAL_KEY_INVALID');
  });

  it('reads the reference lists', async () => {
    f = await makeFixture(profile);
    const lists = await f.client().referenceLists();
    expect(lists.licenses.map((l) => l.id)).toContain('sodl');
    expect(lists.frequencies.map((x) => x.id)).toContain('monthly');
    expect(lists.resourceTypes.map((x) => x.id)).toContain('documentation');
    expect(lists.extensions).toContain('csv');
  });

  it('creates, reads, updates with GET-modify-PUT (no field wiped) and deletes a dataset', async () => {
    f = await makeFixture(profile);
    const client = f.client({ profile });
    const created = await client.createDataset(payload(f.orgId, { private: true }), {
      'otvori:publication': 'p',
    });
    expect(created).toMatchObject({
      private: true,
      tags: ['budzhet', 'finansije', 'gradska-uprava', 'panchevo'],
    });
    // Only the title changes; tags, coverage, privacy and extras survive (pitfall 1).
    const updated = await client.updateDataset(created.id, (body) => ({
      ...body,
      title: 'Буџет 2024 — ревизија',
    }));
    expect(updated).toMatchObject({
      title: 'Буџет 2024 — ревизија',
      private: true,
      tags: created.tags,
      temporal_coverage: { start: '2024-01-01', end: '2024-12-31' },
      extras: { 'otvori:publication': 'p' },
      license: 'sodl',
    });
    // The same change as a blind PUT shows the trap the client avoids.
    const blind = await http(f.portal, 'PUT', `/api/1/datasets/${created.id}/`, {
      json: { title: 'Слепи PUT' },
    });
    expect(blind.json).toMatchObject({ tags: [], temporal_coverage: null, private: false });
    await client.deleteDataset(created.id);
    expect(await code(client.getDataset(created.id))).toBe(
      profile === 'legacy' ? 'resolved' : 'resolved',
    );
    expect(
      await code(
        f.client({ apiKey: f.portal.ids.users['outsider']!.apiKey! }).getDataset(created.id),
      ),
    ).toBe('PORTAL_GONE');
    expect(await code(client.getDataset('0'.repeat(24)))).toBe('PORTAL_NOT_FOUND');
    // Every request carried its trailing slash: no 308 round trips (§3.1), no Content-Type refusals.
    expect(
      f.portal.requests
        .filter((r) => r.path.startsWith('/api/1/datasets/'))
        .every((r) => r.path.endsWith('/')),
    ).toBe(true);
    expect(f.portal.requests.some((r) => r.status === 308 || r.status === 500)).toBe(false);
  });

  it('maps refusals: organisation permission, rejected fields, 403, read-only', async () => {
    f = await makeFixture(profile);
    const client = f.client();
    const other = await client.createDataset(payload(f.otherOrgId)).catch((e: unknown) => e);
    expect(other).toMatchObject({
      code: 'PORTAL_NO_PERMISSION',
      details: { fields: ['organization'] },
    });
    const rejected = await client
      .createDataset(
        payload(f.orgId, {
          tags: ['ab'],
          frequency: 'sometimes',
          temporalCoverage: { start: 'nope', end: 'x' },
        }),
      )
      .catch((e: unknown) => e);
    expect(rejected).toMatchObject({ code: 'PORTAL_FIELD_REJECTED' });
    expect((rejected as PortalError).details.fields).toEqual(
      expect.arrayContaining(['tags', 'frequency', 'temporalCoverage']),
    );
    const mine = await client.createDataset(payload(f.orgId, { private: false }));
    const outsider = f.client({ apiKey: f.portal.ids.users['outsider']!.apiKey! });
    expect(await code(outsider.updateDataset(mine.id, (b) => b))).toBe('PORTAL_NO_PERMISSION');
    f.portal.setReadOnly(true);
    expect(await code(client.createDataset(payload(f.orgId)))).toBe('PORTAL_READ_ONLY');
  });

  it('uploads with an ASCII name, progress, sha1; sets resource metadata; replaces in place', async () => {
    f = await makeFixture(profile);
    const client = f.client();
    const d = await client.createDataset(payload(f.orgId));
    const content = Buffer.from('назив;износ\r\n'.repeat(5000));
    const file = f.file('Јавне набавке 2024.01.csv', content);
    const progress: number[] = [];
    const r = await client.upload({
      datasetId: d.id,
      filePath: file,
      fileName: 'Јавне набавке 2024.01.csv',
      onProgress: (p) => progress.push(p.sentBytes),
    });
    expect(r).toMatchObject({
      title: 'javne-nabavke-2024-01.csv',
      format: 'csv',
      filesize: content.length,
    });
    expect(r.checksum?.value).toBe(createHash('sha1').update(content).digest('hex'));
    expect(progress.at(-1)).toBe(content.length);
    const meta = await client.updateResource(d.id, r.id, {
      title: 'Јавне набавке',
      type: 'main',
      checksum: { type: 'sha1', value: 'stale' },
    });
    // The client never sends checksum/filesize/mime: LEGACY would overwrite the server's (§4.3).
    expect(meta).toMatchObject({ title: 'Јавне набавке', checksum: { value: r.checksum?.value } });
    const file2 = f.file('v2.csv', 'нова верзија');
    const replaced = await client.upload({
      datasetId: d.id,
      resourceId: r.id,
      filePath: file2,
      fileName: 'v2.csv',
    });
    expect(replaced.id).toBe(r.id);
    expect((await client.getDataset(d.id)).resources).toHaveLength(1);
  });

  it('uploads in chunks above the threshold, and falls back to chunks after a proxy 413', async () => {
    f = await makeFixture(profile);
    const client = f.client({ chunkThresholdBytes: 10_000, chunkSizeBytes: 4_000 });
    const d = await client.createDataset(payload(f.orgId));
    const content = Buffer.alloc(10_500, 'a');
    const file = f.file('veliki.csv', content);
    const r = await client.upload({ datasetId: d.id, filePath: file, fileName: 'veliki.csv' });
    expect(r.checksum?.value).toBe(createHash('sha1').update(content).digest('hex'));
    expect(f.portal.requests.filter((x) => x.path.endsWith('/upload/'))).toHaveLength(4); // 3 parts + combine
    f.portal.setMaxBodyBytes(6_000);
    const fallback = f.client({ chunkThresholdBytes: 1e9, chunkSizeBytes: 4_000 });
    const r2 = await fallback.upload({ datasetId: d.id, filePath: file, fileName: 'drugi.csv' });
    expect(r2.filesize).toBe(content.length);
    const noChunks = f.client({ chunkThresholdBytes: 1e9, chunkSizeBytes: 1e9 });
    expect(
      await code(noChunks.upload({ datasetId: d.id, filePath: file, fileName: 'treci.csv' })),
    ).toBe('PORTAL_TOO_LARGE');
  });

  it('refuses a file type the portal does not allow', async () => {
    f = await makeFixture(profile);
    const client = f.client();
    const d = await client.createDataset(payload(f.orgId));
    const file = f.file('program.exe', 'MZ');
    expect(
      await code(client.upload({ datasetId: d.id, filePath: file, fileName: 'program.exe' })),
    ).toBe('PORTAL_FILE_TYPE_NOT_ALLOWED');
  });

  it('cancels an upload mid-stream without creating a resource', async () => {
    f = await makeFixture(profile);
    const client = f.client();
    const d = await client.createDataset(payload(f.orgId));
    const file = f.file('big.csv', Buffer.alloc(8 * 1024 * 1024, 'x'));
    const controller = new AbortController();
    const result = await code(
      client.upload({
        datasetId: d.id,
        filePath: file,
        fileName: 'big.csv',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.sentBytes > 1024 * 1024) controller.abort();
        },
      }),
    );
    expect(result).toBe('PORTAL_CANCELLED');
    await new Promise((r) => setTimeout(r, 50));
    expect((await client.getDataset(d.id)).resources).toHaveLength(0);
  });

  it('portal down, timeout, proxy 502 HTML; retries only idempotent requests', async () => {
    f = await makeFixture(profile);
    const down = f.client({ baseUrl: 'http://127.0.0.1:9', profile });
    expect(await code(down.verifyKey())).toBe('PORTAL_DOWN');
    const client = f.client({ profile, timeoutMs: 200 });
    f.portal.faults.add({
      method: 'GET',
      path: '/api/1/me/',
      action: { kind: 'delay', ms: 1000 },
      times: 10,
    });
    expect(await code(client.verifyKey())).toBe('PORTAL_TIMEOUT');
    f.portal.faults.clear();
    // GET: two 503s, then success — retried.
    f.portal.faults.add({
      method: 'GET',
      path: '/api/1/me/',
      action: { kind: 'status', status: 503 },
      times: 2,
    });
    await client.verifyKey();
    expect(
      f.portal.requests
        .filter((r) => r.path === '/api/1/me/')
        .map((r) => r.status)
        .slice(-3),
    ).toEqual([503, 503, 200]);
    // POST /datasets/: one 503 → reported, never re-sent (pitfall 3).
    f.portal.faults.add({
      method: 'POST',
      path: '/api/1/datasets/',
      action: { kind: 'status', status: 503 },
      times: 5,
    });
    expect(await code(client.createDataset(payload(f.orgId)))).toBe('PORTAL_DOWN');
    expect(
      f.portal.requests.filter((r) => r.method === 'POST' && r.path === '/api/1/datasets/'),
    ).toHaveLength(1);
    f.portal.faults.clear();
    f.portal.faults.add({
      method: 'GET',
      path: '/api/1/me/',
      action: { kind: 'status', status: 502, html: '<html>502 Bad Gateway</html>' },
      times: 10,
    });
    expect(await code(client.verifyKey())).toBe('PORTAL_DOWN');
    f.portal.faults.clear();
    // Upload: a 503 is reported once, never re-sent.
    const d = await client.createDataset(payload(f.orgId));
    f.portal.faults.add({
      method: 'POST',
      path: `/api/1/datasets/${d.id}/upload/`,
      action: { kind: 'status', status: 503 },
      times: 5,
    });
    const file = f.file('a.csv', 'a');
    expect(await code(client.upload({ datasetId: d.id, filePath: file, fileName: 'a.csv' }))).toBe(
      'PORTAL_DOWN',
    );
    expect(f.portal.requests.filter((r) => r.path.endsWith('/upload/'))).toHaveLength(1);
  });

  it('reports a server error and an unexpected HTML answer', async () => {
    f = await makeFixture(profile);
    const client = f.client({ profile });
    f.portal.faults.add({
      method: 'GET',
      path: '/api/1/me/',
      action: { kind: 'status', status: 500 },
    });
    expect(await code(client.verifyKey())).toBe('PORTAL_SERVER_ERROR');
    f.portal.faults.add({
      method: 'GET',
      path: '/api/1/me/',
      action: { kind: 'status', status: 200, html: '<html>captive portal</html>' },
    });
    expect(await code(client.verifyKey())).toBe('PORTAL_UNEXPECTED');
  });
});
