// The training portal behaves like uData as udata-api.md documents it, in both profiles.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PORTAL_PROFILES } from '../../../electron/backend/portal/common/profile';
import { http, makeFixture, type Fixture } from './portal-fixture';

let f: Fixture;
afterEach(async () => f.close());

const UNAUTHORIZED =
  "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.";

function datasetBody(orgId: string, extra: Record<string, unknown> = {}) {
  return {
    title: 'Буџет Града Панчева за 2024. годину',
    description: 'Опис скупа података довољно дугачак.',
    organization: orgId,
    license: 'sodl',
    frequency: 'monthly',
    tags: ['буџет', 'финансије', 'панчево'],
    temporal_coverage: { start: '2024-01-01', end: '2024-12-31' },
    private: true,
    ...extra,
  };
}

function form(
  fields: Record<string, string>,
  file?: { name: string; data: string | Buffer; type?: string },
): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  if (file !== undefined)
    data.append(
      'file',
      new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], {
        type: file.type ?? 'text/csv',
      }),
      file.name,
    );
  return data;
}

async function created(
  fx: Fixture,
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const r = await http(fx.portal, 'POST', '/api/1/datasets/', {
    json: datasetBody(fx.orgId, extra),
  });
  expect(r.status).toBe(201);
  return r.json as Record<string, unknown>;
}

describe.each(PORTAL_PROFILES)('training portal, %s profile', (profile) => {
  it('authenticates like uData: 401 bodies, WWW-Authenticate, even on public GETs (§2.3)', async () => {
    f = await makeFixture(profile);
    const noKey = await http(f.portal, 'POST', '/api/1/datasets/', { key: null, json: {} });
    expect(noKey.status).toBe(401);
    expect(noKey.json).toEqual({ message: UNAUTHORIZED });
    expect(noKey.headers.get('www-authenticate')).toBe('Bearer realm="uData"');
    const wrong = await http(f.portal, 'GET', '/api/1/datasets/licenses/', { key: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({
      message: profile === 'legacy' ? 'Invalid API Key' : 'Invalid API token',
    });
    f.portal.setUserActive('editor', false);
    expect((await http(f.portal, 'GET', '/api/1/me/')).json).toEqual({ message: 'Inactive user' });
    f.portal.setUserActive('editor', true);
    const old = f.portal.apiKey;
    f.portal.regenerateKey('editor');
    const revoked = await http(f.portal, 'GET', '/api/1/me/', { key: old });
    expect(revoked.json).toEqual({
      message: profile === 'legacy' ? 'Invalid API Key' : 'Revoked API token',
    });
    expect((await http(f.portal, 'GET', '/api/1/me/')).status).toBe(200);
  });

  it('serves /me/ with organisations; apikey only in LEGACY (§5.6)', async () => {
    f = await makeFixture(profile);
    const me = (await http(f.portal, 'GET', '/api/1/me/')).json as Record<string, unknown>;
    expect((me['organizations'] as { slug: string }[]).map((o) => o.slug)).toEqual([
      'grad-panchevo',
    ]);
    expect('apikey' in me).toBe(profile === 'legacy');
    const org = (await http(f.portal, 'GET', `/api/1/organizations/${f.orgId}/`)).json as {
      members: { role: string }[];
    };
    expect(org.members.map((m) => m.role).sort()).toEqual(['admin', 'editor', 'editor']);
  });

  it('redirects a missing trailing slash with 308 and answers unknown paths with HTML 404 (§3.1)', async () => {
    f = await makeFixture(profile);
    const r = await http(f.portal, 'GET', '/api/1/me?lang=en');
    expect(r.status).toBe(308);
    expect(r.headers.get('location')).toBe(`${f.portal.url}/api/1/me/?lang=en`);
    const unknown = await http(f.portal, 'GET', '/api/1/nothing/here/');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/text\/html/);
    const known = await http(f.portal, 'GET', `/api/1/datasets/${'0'.repeat(24)}/`);
    expect(known.status).toBe(404);
    expect((known.json as { message: string }).message).toMatch(/^The requested URL was not found/);
  });

  it('checks Content-Type: wrong → 400; missing → 500 in LEGACY, 400 in MODERN (§3.2)', async () => {
    f = await makeFixture(profile);
    const wrong = await http(f.portal, 'POST', '/api/1/datasets/', {
      body: '{}',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json).toEqual({ errors: { 'Content-Type': 'expecting application/json' } });
    const missing = await http(f.portal, 'POST', '/api/1/datasets/', {
      body: new Uint8Array(Buffer.from('{}')),
    });
    expect(missing.status).toBe(profile === 'legacy' ? 500 : 400);
  });

  it('validates datasets with exact error bodies (§5.1, §7)', async () => {
    f = await makeFixture(profile);
    const empty = await http(f.portal, 'POST', '/api/1/datasets/', { json: { title: '' } });
    expect(empty.status).toBe(400);
    expect(empty.json).toEqual({
      errors: { title: ['This field is required.'], description: ['This field is required.'] },
    });
    const bad = await http(f.portal, 'POST', '/api/1/datasets/', {
      json: datasetBody(f.orgId, { tags: ['ab', 'добро'], frequency: 'sometimes' }),
    });
    expect(bad.json).toEqual({
      errors: {
        frequency: ['Not a valid choice'],
        tags: ['Tag "ab" must be between 3 and 96 characters long.'],
      },
    });
    // Publishing for an organisation one is not a member of: 400 on `organization`, Serbian by default.
    const other = await http(f.portal, 'POST', '/api/1/datasets/', {
      json: datasetBody(f.otherOrgId),
    });
    expect(other.status).toBe(400);
    expect(other.json).toEqual({
      errors: { organization: ['Дозвола ја ову организацију је одбијена'] },
    });
    const otherEn = await http(f.portal, 'POST', '/api/1/datasets/?lang=en', {
      json: datasetBody(f.otherOrgId),
    });
    expect(otherEn.json).toEqual({
      errors: { organization: ['Permission denied for this organization'] },
    });
    const unknownLicense = await http(f.portal, 'POST', '/api/1/datasets/', {
      json: datasetBody(f.orgId, { license: 'made-up' }),
    });
    if (profile === 'legacy') {
      // Unknown licence silently dropped (pitfall 8).
      expect(unknownLicense.status).toBe(201);
      expect((unknownLicense.json as { license: string }).license).toBe('notspecified');
    } else {
      expect(unknownLicense.status).toBe(400);
    }
    const acronym = await http(f.portal, 'POST', '/api/1/datasets/', {
      json: datasetBody(f.orgId, { acronym: 'x'.repeat(129) }),
    });
    expect(acronym.status).toBe(profile === 'legacy' ? 500 : 400);
  });

  it('normalises slugs and tags, suffixes duplicates, keeps deleted slugs reserved (§5.4, pitfalls 3, 16)', async () => {
    f = await makeFixture(profile);
    const a = await created(f);
    expect(a['slug']).toBe('budzhet-grada-pancheva-za-2024-godinu');
    expect(a['tags']).toEqual(['budzhet', 'finansije', 'panchevo']);
    const b = await created(f);
    expect(b['slug']).toBe('budzhet-grada-pancheva-za-2024-godinu-1');
    expect((await http(f.portal, 'DELETE', `/api/1/datasets/${String(b['id'])}/`)).status).toBe(
      204,
    );
    expect((await http(f.portal, 'DELETE', `/api/1/datasets/${String(b['id'])}/`)).status).toBe(
      410,
    );
    expect((await created(f))['slug']).toBe('budzhet-grada-pancheva-za-2024-godinu-2');
    const gone = await http(f.portal, 'GET', `/api/1/datasets/${String(b['id'])}/`, { key: null });
    expect(gone).toMatchObject({ status: 410, json: { message: 'Dataset has been deleted' } });
    // /me/org_datasets/ lists private and deleted ones, `q` = title substring.
    const list = (
      await http(f.portal, 'GET', '/api/1/me/org_datasets/?q=%D0%B1%D1%83%D1%9F%D0%B5%D1%82')
    ).json as unknown[];
    expect(list).toHaveLength(3);
  });

  it('reproduces the PUT trap: omitted tags and coverage wiped, private → false (§5.5)', async () => {
    f = await makeFixture(profile);
    const d = await created(f);
    const put = await http(f.portal, 'PUT', `/api/1/datasets/${String(d['id'])}/`, {
      json: { title: 'Нови наслов буџета' },
    });
    expect(put.status).toBe(200);
    const after = put.json as Record<string, unknown>;
    expect(after['tags']).toEqual([]);
    expect(after['temporal_coverage']).toBeNull();
    expect(after['private']).toBe(false);
    expect(after['license']).toBe('sodl');
    expect(after['description']).toBe('Опис скупа података довољно дугачак.');
    // Slug follows the title; the old slug answers 308.
    expect(after['slug']).toBe('novi-naslov-budzheta');
    const old = await http(f.portal, 'GET', `/api/1/datasets/${String(d['slug'])}/`);
    expect(old.status).toBe(308);
    expect(old.headers.get('location')).toBe(
      `${f.portal.url}/api/1/datasets/novi-naslov-budzheta/`,
    );
  });

  it('answers 403 to a non-member and restores a deleted dataset only with deleted:null (§2.3, §4.2)', async () => {
    f = await makeFixture(profile);
    const d = await created(f, { private: false });
    const outsider = f.portal.ids.users['outsider']!.apiKey!;
    const put = await http(f.portal, 'PUT', `/api/1/datasets/${String(d['id'])}/`, {
      key: outsider,
      json: { title: 'x' },
    });
    expect(put).toMatchObject({
      status: 403,
      json: { message: 'You do not have the permission to modify that object.' },
    });
    // Private datasets: LEGACY returns them to anyone; the modern profile hides them.
    const hidden = await created(f);
    const anon = await http(f.portal, 'GET', `/api/1/datasets/${String(hidden['id'])}/`, {
      key: null,
    });
    expect(anon.status).toBe(profile === 'legacy' ? 200 : 404);
    await http(f.portal, 'DELETE', `/api/1/datasets/${String(d['id'])}/`);
    expect(
      (
        await http(f.portal, 'PUT', `/api/1/datasets/${String(d['id'])}/`, {
          json: { title: 'x y z' },
        })
      ).status,
    ).toBe(410);
    const restored = await http(f.portal, 'PUT', `/api/1/datasets/${String(d['id'])}/`, {
      json: { deleted: null, title: 'Врати' },
    });
    expect(restored.status).toBe(200);
    expect((restored.json as { deleted: unknown }).deleted).toBeNull();
  });

  it('uploads: renames to ASCII, sets sha1, format, title; serves the bytes back (§4.4, §9)', async () => {
    f = await makeFixture(profile);
    const d = await created(f);
    const content = 'назив,износ\r\nПанчево,1\r\n';
    const up = await http(f.portal, 'POST', `/api/1/datasets/${String(d['id'])}/upload/`, {
      body: form({}, { name: 'Izveštaj v1.2.csv', data: content }),
    });
    expect(up.status).toBe(201);
    const r = up.json as Record<string, unknown>;
    expect(r).toMatchObject({
      success: true,
      title: 'izvestaj-v1.2.csv',
      format: profile === 'legacy' ? '2.csv' : 'csv',
      mime: 'text/csv',
      filetype: 'file',
      type: 'main',
      filesize: Buffer.byteLength(content),
      checksum: { type: 'sha1' },
    });
    expect(String(r['url'])).toMatch(
      /\/s\/resources\/budzhet-grada-pancheva-za-2024-godinu\/\d{8}-\d{6}\/izvestaj-v1\.2\.csv$/,
    );
    const bytes = await fetch(String(r['url']));
    expect(await bytes.text()).toBe(content);
    const { createHash } = await import('node:crypto');
    expect((r['checksum'] as { value: string }).value).toBe(
      createHash('sha1').update(content).digest('hex'),
    );
    // Re-upload into the same resource: same id, 200, title overwritten by the file name again.
    await http(
      f.portal,
      'PUT',
      `/api/1/datasets/${String(d['id'])}/resources/${String(r['id'])}/`,
      { json: { title: 'Мој наслов' } },
    );
    const again = await http(
      f.portal,
      'POST',
      `/api/1/datasets/${String(d['id'])}/resources/${String(r['id'])}/upload/`,
      {
        body: form({}, { name: 'Буџет 2023.csv', data: 'x' }),
      },
    );
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ id: r['id'], title: 'budzhet-2023.csv' });
    expect((await fetch(String(r['url']))).status).toBe(404);
    // The redirect permalink.
    const latest = await http(f.portal, 'GET', `/api/1/datasets/r/${String(r['id'])}`);
    expect(latest.status).toBe(302);
  });

  it('refuses uploads by extension, HTML, missing file, body size (§4.4)', async () => {
    f = await makeFixture(profile);
    const d = await created(f);
    const path = `/api/1/datasets/${String(d['id'])}/upload/`;
    const exe = await http(f.portal, 'POST', path, {
      body: form({}, { name: 'virus.exe', data: 'MZ' }),
    });
    expect(exe.status).toBe(400);
    expect(exe.json).toEqual({
      message: `This file type is not allowed.The allowed file type list is available at ${f.portal.url}/api/1/datasets/extensions/`,
    });
    const ics = await http(f.portal, 'POST', path, {
      body: form({}, { name: 'kalendar.ics', data: 'x' }),
    });
    // `ics` is missing from LEGACY's list (the `icsrdf` quirk, pitfall 21).
    expect(ics.status).toBe(profile === 'legacy' ? 400 : 201);
    const missing = await http(f.portal, 'POST', path, { body: form({ other: '1' }) });
    expect(missing).toMatchObject({
      status: 400,
      json: { success: false, error: 'Missing file parameter' },
    });
    f.portal.setMaxBodyBytes(1000);
    const big = await http(f.portal, 'POST', path, {
      body: form({}, { name: 'big.csv', data: 'x'.repeat(5000) }),
    });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/text\/html/);
    expect(big.text).toContain('413 Request Entity Too Large');
  });

  it('implements the chunk protocol with its errors (§4.4)', async () => {
    f = await makeFixture(profile);
    const d = await created(f);
    const path = `/api/1/datasets/${String(d['id'])}/upload/`;
    const fields = (i: number, size: number) => ({
      uuid: 'u-1',
      filename: 'Велики фајл.csv',
      partindex: String(i),
      partbyteoffset: String(i * 4),
      totalparts: '3',
      chunksize: String(size),
    });
    const mismatch = await http(f.portal, 'POST', path, {
      body: form(fields(0, 5), { name: 'blob', data: 'abcd' }),
    });
    expect(mismatch).toMatchObject({
      status: 400,
      json: { success: false, error: 'Chunk size mismatch' },
    });
    for (const [i, part] of ['abcd', 'efgh', 'ij'].entries()) {
      const r = await http(f.portal, 'POST', path, {
        body: form(fields(i, part.length), { name: 'blob', data: part }),
      });
      expect(r).toMatchObject({ status: 200, json: { success: true, error: null } });
    }
    const done = await http(f.portal, 'POST', path, {
      body: new URLSearchParams({
        uuid: 'u-1',
        filename: 'Велики фајл.csv',
        totalparts: '3',
      }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(done.status).toBe(201);
    expect(done.json).toMatchObject({ title: 'veliki-fajl.csv', filesize: 10 });
    expect(await (await fetch(String((done.json as { url: string }).url))).text()).toBe(
      'abcdefghij',
    );
  });

  it('creates remote resources only, with profile-specific refusals (§4.3)', async () => {
    f = await makeFixture(profile);
    const d = await created(f);
    const path = `/api/1/datasets/${String(d['id'])}/resources/`;
    const notRemote = await http(f.portal, 'POST', path, {
      json: { title: 't', url: 'https://example.rs/a.csv', filetype: 'file' },
    });
    expect(notRemote.status).toBe(400);
    if (profile === 'modern')
      expect(notRemote.json).toEqual({ message: 'This endpoint only supports remote resources' });
    else expect((notRemote.json as Record<string, unknown>)['id']).toBeNull();
    const local = await http(f.portal, 'POST', path, {
      json: { title: 't', url: 'http://localhost/a.csv', filetype: 'remote' },
    });
    expect(local).toMatchObject({ status: 400, json: { errors: { url: ['Неправилан URL'] } } });
    const ok = await http(f.portal, 'POST', path, {
      json: {
        title: 't',
        url: 'https://data.pancevo.rs/a.csv',
        filetype: 'remote',
        format: ' CSV ',
      },
    });
    expect(ok).toMatchObject({ status: 201, json: { format: 'csv', filetype: 'remote' } });
  });

  it('resource PUT: LEGACY overwrites checksum of hosted files, MODERN protects it and filetype (§4.3)', async () => {
    f = await makeFixture(profile);
    const d = await created(f);
    const up = (
      await http(f.portal, 'POST', `/api/1/datasets/${String(d['id'])}/upload/`, {
        body: form({}, { name: 'a.csv', data: 'a' }),
      })
    ).json as Record<string, unknown>;
    const path = `/api/1/datasets/${String(d['id'])}/resources/${String(up['id'])}/`;
    const put = await http(f.portal, 'PUT', path, {
      json: { checksum: { type: 'sha1', value: 'stale' }, url: 'https://evil.example/x' },
    });
    expect(put.status).toBe(200);
    const after = put.json as { checksum: { value: string }; url: string };
    expect(after.url).toBe(up['url']);
    expect(after.checksum.value).toBe(
      profile === 'legacy' ? 'stale' : (up['checksum'] as { value: string }).value,
    );
    const filetype = await http(f.portal, 'PUT', path, { json: { filetype: 'remote' } });
    expect(filetype.status).toBe(profile === 'legacy' ? 200 : 400);
  });

  it('serves reference lists per profile (§4.5, §6)', async () => {
    f = await makeFixture(profile);
    const ext = (await http(f.portal, 'GET', '/api/1/datasets/extensions/')).json as string[];
    expect(ext.includes('icsrdf')).toBe(profile === 'legacy');
    const freq = (await http(f.portal, 'GET', '/api/1/datasets/frequencies/')).json as {
      id: string;
      label: string;
    }[];
    expect(freq.find((x) => x.id === 'monthly')?.label).toBe('Месечно');
    expect(freq.some((x) => x.id === 'decennial')).toBe(profile === 'modern');
    const lic = (await http(f.portal, 'GET', '/api/1/datasets/licenses/')).json as { id: string }[];
    expect(lic.map((l) => l.id)).toContain('sodl');
    const types = (await http(f.portal, 'GET', '/api/1/datasets/resource_types/?lang=en')).json as {
      id: string;
    }[];
    expect(types.map((t) => t.id)).toEqual([
      'main',
      'documentation',
      'update',
      'api',
      'code',
      'other',
    ]);
    const v2 = await http(f.portal, 'GET', '/api/2/datasets/?page_size=1', { key: null });
    expect(v2.status).toBe(profile === 'modern' ? 200 : 404);
  });

  it('formats dates per profile (§3.4) and paginates organisation datasets (§8)', async () => {
    f = await makeFixture(profile);
    const d = await created(f);
    const createdAt = String(d['created_at']);
    if (profile === 'legacy')
      expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$/);
    else expect(createdAt).toMatch(/\+00:00$/);
    const page = (
      await http(f.portal, 'GET', `/api/1/organizations/${f.orgId}/datasets/?page_size=1`)
    ).json as Record<string, unknown>;
    expect(page).toMatchObject({ page: 1, page_size: 1, total: 1, next_page: null });
    expect(
      (await http(f.portal, 'GET', `/api/1/organizations/${f.orgId}/datasets/?page=2&page_size=1`))
        .status,
    ).toBe(404);
  });

  it('honours X-Fields, computing quality on request (§3.6, §10.4)', async () => {
    f = await makeFixture(profile);
    const d = await created(f, {
      tags: ['буџет', 'финансије', 'панчево', 'градска управа'],
      description: 'x'.repeat(120),
    });
    const full = (await http(f.portal, 'GET', `/api/1/datasets/${String(d['id'])}/`))
      .json as Record<string, unknown>;
    expect('quality' in full).toBe(profile === 'modern');
    const masked = await http(f.portal, 'GET', `/api/1/datasets/${String(d['id'])}/`, {
      headers: { 'X-Fields': 'id,slug,quality' },
    });
    const body = masked.json as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['id', 'quality', 'slug']);
    if (profile === 'legacy')
      expect(body['quality']).toMatchObject({ tags_count: 4, score: 4, has_resources: false });
    else
      expect(body['quality']).toMatchObject({
        license: true,
        temporal_coverage: true,
        dataset_description_quality: true,
      });
  });

  it('blocks creation in read-only mode with 423, and labels itself as training (§14)', async () => {
    f = await makeFixture(profile);
    f.portal.setReadOnly(true);
    const r = await http(f.portal, 'POST', '/api/1/datasets/', { json: datasetBody(f.orgId) });
    expect(r).toMatchObject({
      status: 423,
      json: {
        message: 'Due to security reasons, the creation of new content is currently disabled.',
      },
    });
    const banner = await http(f.portal, 'GET', '/');
    expect(banner.text).toContain('НИЈЕ data.gov.rs');
  });
});

describe('training portal storage', () => {
  it('stores uploads under its data folder and forgets everything on reset', async () => {
    f = await makeFixture('legacy');
    const d = await created(f);
    const up = (
      await http(f.portal, 'POST', `/api/1/datasets/${String(d['id'])}/upload/`, {
        body: form({}, { name: 'a.csv', data: 'abc' }),
      })
    ).json as { url: string };
    const relative = up.url.split('/s/resources/')[1]!;
    expect(readFileSync(`${f.dir}/portal/files/${relative}`, 'utf8')).toBe('abc');
    const key = f.portal.apiKey;
    f.portal.reset();
    expect(f.portal.datasets()).toHaveLength(0);
    expect(f.portal.apiKey).toBe(key);
  });
});
