// Publishing with the journal: first publication, updates per policy, and resumes after a crash,
// a lost answer, a cancelled upload — never a second dataset or resource.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PORTAL_PROFILES,
  type PortalProfile,
} from '../../../electron/backend/portal/common/profile';
import { PublishJournalRepo } from '../../../electron/backend/portal/publish/publish-journal-repo';
import {
  Publisher,
  type PublisherDeps,
  type PublishRequest,
} from '../../../electron/backend/portal/publish/publisher';
import { makeFixture, payload, type Fixture } from './portal-fixture';

let f: Fixture;
afterEach(async () => f.close());

const sha1 = (file: string): string => createHash('sha1').update(readFileSync(file)).digest('hex');

function live(fx: Fixture) {
  return fx.portal.datasets().filter((d) => d.deleted === null);
}

async function setup(profile: PortalProfile) {
  f = await makeFixture(profile);
  const db = f.db();
  const pub = f.publication('Буџет');
  const file = f.file('Буџет 2024.csv', 'конто;износ\r\n4111;1000\r\n'.repeat(200));
  const publisher = (extra: Partial<PublisherDeps> = {}) =>
    new Publisher({ db, client: f.client({ profile }), actor: 'vera', training: true, ...extra });
  const request = (extra: Partial<PublishRequest> = {}): PublishRequest => ({
    publicationId: pub,
    datasetPayload: payload(f.orgId),
    file: { path: file, name: 'Буџет 2024.csv' },
    resourcePolicy: 'replace',
    rowCount: 400,
    ...extra,
  });
  return { db, pub, file, publisher, request };
}

describe.each(PORTAL_PROFILES)('publish, %s profile', (profile) => {
  it('publishes: private draft → upload → resource metadata → verify → public, journaled and registered', async () => {
    const { db, pub, file, publisher, request } = await setup(profile);
    const progress: string[] = [];
    const out = await publisher().publish(request({ onProgress: (p) => progress.push(p.step) }));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value).toMatchObject({ datasetAction: 'created', resumed: false, attemptNo: 1 });
    expect(out.value.resource).toMatchObject({ action: 'uploaded', checksumSha1: sha1(file) });
    const [dataset] = live(f);
    expect(live(f)).toHaveLength(1);
    expect(dataset).toMatchObject({
      private: false,
      tags: ['budzhet', 'finansije', 'gradska-uprava', 'panchevo'],
      license: 'sodl',
    });
    expect(dataset!.temporalCoverage).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(dataset!.resources).toHaveLength(1);
    expect(dataset!.resources[0]).toMatchObject({
      title: 'Буџет Града Панчева за 2024. годину',
      type: 'main',
      format: 'csv',
    });
    expect(dataset!.extras['otvori:publication']).toBe(pub);
    if (profile === 'legacy') expect(dataset!.resources[0]!.published).not.toBeNull();
    // The create ran as a private draft (§12.3): visible in the journal's order of steps.
    expect(progress).toEqual(
      expect.arrayContaining([
        'ensure_dataset',
        'create_dataset',
        'upload_resource',
        'set_resource_metadata',
        'verify_resource',
        'update_dataset',
        'verify_dataset',
      ]),
    );
    const journal = new PublishJournalRepo(db).entries(pub);
    for (const step of [
      'create_dataset',
      'upload_resource',
      'set_resource_metadata',
      'verify_resource',
      'update_dataset',
      'verify_dataset',
    ]) {
      expect(journal.filter((e) => e.step === step).map((e) => e.phase)).toEqual([
        'started',
        'succeeded',
      ]);
    }
    const [entry] = new PublishJournalRepo(db).listRegister({ includeTraining: true });
    expect(entry).toMatchObject({
      result: 'succeeded',
      actor: 'vera',
      training: true,
      portalUrl: f.portal.url,
      portalProfile: profile,
      datasetId: dataset!.id,
      resourceId: dataset!.resources[0]!.id,
      rowCount: 400,
      checksumSha1: sha1(file),
      fileName: 'budzhet-2024.csv',
      recipeVersion: null,
    });
    expect(entry!.datasetUrl).toContain('/sr/datasets/');
    expect(entry!.resourceUrl).toContain('/sr/datasets/r/');
  });

  it('keeps the dataset private when the clerk chooses so', async () => {
    const { publisher, request } = await setup(profile);
    const out = await publisher().publish(
      request({ datasetPayload: payload(f.orgId, { private: true }) }),
    );
    expect(out.ok).toBe(true);
    expect(live(f)[0]!.private).toBe(true);
  });

  it("'replace' uploads the new file into the same resource; an unchanged file is not re-sent", async () => {
    const { publisher, request } = await setup(profile);
    const first = await publisher().publish(request());
    const again = await publisher().publish(request());
    expect(again.ok && again.value.resource.action).toBe('unchanged');
    const next = f.file('Буџет 2024 нов.csv', 'конто;износ\r\n4111;2000\r\n');
    const third = await publisher().publish(
      request({ file: { path: next, name: 'Буџет 2024 нов.csv' } }),
    );
    expect(third.ok && third.value.resource).toMatchObject({
      action: 'replaced',
      checksumSha1: sha1(next),
    });
    expect(first.ok && third.ok && third.value.resource.resourceId).toBe(
      first.ok ? first.value.resource.resourceId : '',
    );
    expect(live(f)).toHaveLength(1);
    expect(live(f)[0]!.resources).toHaveLength(1);
    expect(live(f)[0]!.resources[0]!.checksum?.value).toBe(sha1(next));
    // The title was restored after the re-upload reset it (pitfall 5).
    expect(live(f)[0]!.resources[0]!.title).toBe('Буџет Града Панчева за 2024. годину');
  });

  it("'per-period' adds one resource per period and is idempotent per period", async () => {
    const { publisher, request, file } = await setup(profile);
    const october = await publisher().publish(
      request({ resourcePolicy: 'per-period', period: '2026-10' }),
    );
    expect(october.ok).toBe(true);
    const novFile = f.file('novembar.csv', 'конто;износ\r\n4111;3000\r\n');
    const nov = request({
      resourcePolicy: 'per-period',
      period: '2026-11',
      file: { path: novFile, name: 'novembar.csv' },
    });
    expect((await publisher().publish(nov)).ok).toBe(true);
    const repeat = await publisher().publish(nov);
    expect(repeat.ok && repeat.value.resource.action).toBe('unchanged');
    const corrected = f.file('novembar-ispravka.csv', 'конто;износ\r\n4111;3100\r\n');
    const fix = await publisher().publish({
      ...nov,
      file: { path: corrected, name: 'novembar-ispravka.csv' },
    });
    expect(fix.ok && fix.value.resource.action).toBe('replaced');
    const resources = live(f)[0]!.resources;
    expect(resources).toHaveLength(2);
    expect(resources.map((r) => r.extras['otvori:key']).sort()).toEqual(['2026-10', '2026-11']);
    expect(resources.find((r) => r.extras['otvori:key'] === '2026-10')!.checksum?.value).toBe(
      sha1(file),
    );
    expect(resources.find((r) => r.extras['otvori:key'] === '2026-11')!.title).toBe(
      'Буџет Града Панчева за 2024. годину — 2026-11',
    );
    const bad = await publisher().publish(request({ resourcePolicy: 'per-period' }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'PUBLISH_INVALID_REQUEST' } });
  });

  it('uploads the column dictionary as a documentation resource, once', async () => {
    const { publisher, request } = await setup(profile);
    const dict = f.file('Речник колона.csv', 'колона;опис\r\nконто;економска класификација\r\n');
    const withDict = request({
      dictionaryFiles: [{ path: dict, name: 'Речник колона.csv', title: 'Речник колона' }],
    });
    expect((await publisher().publish(withDict)).ok).toBe(true);
    expect((await publisher().publish(withDict)).ok).toBe(true);
    const resources = live(f)[0]!.resources;
    expect(resources).toHaveLength(2);
    expect(resources.find((r) => r.type === 'documentation')).toMatchObject({
      title: 'Речник колона',
    });
  });

  it('(a) a crash after the dataset was created but before its id was recorded → one dataset', async () => {
    const { db, pub, publisher, request } = await setup(profile);
    const crashed = await publisher({
      afterRemote: (step) => {
        if (step === 'create_dataset') throw new Error('simulated crash');
      },
    }).publish(request());
    expect(crashed.ok).toBe(false);
    expect(new PublishJournalRepo(db).getTarget(pub, f.portal.url)).toBeNull();
    expect(live(f)).toHaveLength(1);
    const resumed = await publisher().publish(request());
    expect(resumed).toMatchObject({ ok: true, value: { datasetAction: 'adopted', resumed: true } });
    expect(live(f)).toHaveLength(1);
    expect(live(f)[0]!.resources).toHaveLength(1);
    expect(
      f.portal.requests.filter((r) => r.method === 'POST' && r.path === '/api/1/datasets/'),
    ).toHaveLength(1);
  });

  it('(a) finds the dataset of an unfinished create even after the clerk changed the title', async () => {
    const { publisher, request } = await setup(profile);
    const crash = await publisher({
      afterRemote: (step) => {
        if (step === 'create_dataset') throw new Error('simulated crash');
      },
    }).publish(request());
    expect(crash.ok).toBe(false);
    const renamed = request({
      datasetPayload: payload(f.orgId, { title: 'Извршење буџета 2024' }),
    });
    const resumed = await publisher().publish(renamed);
    expect(resumed.ok && resumed.value.datasetAction).toBe('adopted');
    expect(live(f)).toHaveLength(1);
    expect(live(f)[0]!.title).toBe('Извршење буџета 2024');
  });

  it('(a) the answer to the create is lost on the network → the next attempt finds it', async () => {
    const { publisher, request } = await setup(profile);
    f.portal.faults.add({
      method: 'POST',
      path: '/api/1/datasets/',
      action: { kind: 'drop-after' },
    });
    const lost = await publisher().publish(request());
    expect(lost).toMatchObject({
      ok: false,
      error: { code: 'PORTAL_DOWN', step: 'create_dataset' },
    });
    expect(live(f)).toHaveLength(1);
    // Even with a new title, the journal says the create's outcome is unknown: search it all.
    const resumed = await publisher().publish(
      request({ datasetPayload: payload(f.orgId, { title: 'Друкчији наслов' }) }),
    );
    expect(resumed.ok && resumed.value.datasetAction).toBe('adopted');
    expect(live(f)).toHaveLength(1);
  });

  it('(b) a cancelled upload mid-stream → one dataset, one resource with the right checksum', async () => {
    const { db, pub, publisher, request } = await setup(profile);
    const big = f.file('veliki.csv', Buffer.alloc(6 * 1024 * 1024, 'x'));
    const controller = new AbortController();
    const cancelled = await publisher().publish(
      request({
        file: { path: big, name: 'veliki.csv' },
        signal: controller.signal,
        onProgress: (p) => {
          if (p.step === 'upload_resource' && (p.sentBytes ?? 0) > 512 * 1024) controller.abort();
        },
      }),
    );
    expect(cancelled).toMatchObject({
      ok: false,
      error: { code: 'PORTAL_CANCELLED', step: 'upload_resource' },
    });
    expect(new PublishJournalRepo(db).listRegister({ includeTraining: true })[0]?.result).toBe(
      'cancelled',
    );
    const resumed = await publisher().publish(request({ file: { path: big, name: 'veliki.csv' } }));
    expect(resumed.ok).toBe(true);
    expect(live(f)).toHaveLength(1);
    expect(live(f)[0]!.resources).toHaveLength(1);
    expect(live(f)[0]!.resources[0]!.checksum?.value).toBe(sha1(big));
    expect(new PublishJournalRepo(db).unfinishedSteps(pub)).toEqual([]);
  });

  it('(b) the upload happened but its answer was lost → the resource is recognised by its SHA-1', async () => {
    const { publisher, request, file } = await setup(profile);
    f.portal.faults.add({ method: 'POST', path: /\/upload\/$/, action: { kind: 'drop-after' } });
    const lost = await publisher().publish(request());
    expect(lost).toMatchObject({ ok: false, error: { step: 'upload_resource' } });
    expect(live(f)[0]!.resources).toHaveLength(1);
    const resumed = await publisher().publish(request());
    expect(resumed.ok && resumed.value.resource.action).toBe('unchanged');
    expect(live(f)[0]!.resources).toHaveLength(1);
    expect(live(f)[0]!.resources[0]!.checksum?.value).toBe(sha1(file));
    expect(live(f)[0]!.resources[0]!.extras['otvori:role']).toBe('main');
  });

  it('retries idempotent steps under 503s but attempts the create only once', async () => {
    const { publisher, request } = await setup(profile);
    f.portal.faults.add({
      method: 'GET',
      path: /^\/api\/1\/datasets\//,
      action: { kind: 'status', status: 503 },
      times: 2,
    });
    f.portal.faults.add({
      method: 'PUT',
      path: /^\/api\/1\/datasets\//,
      action: { kind: 'status', status: 503 },
      times: 1,
    });
    expect((await publisher().publish(request())).ok).toBe(true);
    // A second publication: the create meets 503s and is not repeated.
    const pub2 = f.publication('Друга');
    f.portal.faults.add({
      method: 'POST',
      path: '/api/1/datasets/',
      action: { kind: 'status', status: 503 },
      times: 3,
    });
    const before = f.portal.requests.filter(
      (r) => r.method === 'POST' && r.path === '/api/1/datasets/',
    ).length;
    const failed = await publisher().publish(request({ publicationId: pub2 }));
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'PORTAL_DOWN', step: 'create_dataset' },
    });
    expect(
      f.portal.requests.filter((r) => r.method === 'POST' && r.path === '/api/1/datasets/').length -
        before,
    ).toBe(1);
  });

  it('fails clearly when the portal checksum differs from ours', async () => {
    const { publisher, request } = await setup(profile);
    f.portal.faults.add({
      method: 'GET',
      path: /\/resources\/[^/]+\/$/,
      action: {
        kind: 'status',
        status: 200,
        body: { id: 'x', title: 't', checksum: { type: 'sha1', value: 'deadbeef' } },
      },
    });
    const out = await publisher().publish(request());
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'PORTAL_CHECKSUM_MISMATCH', step: 'verify_resource' },
    });
  });

  it('maps a rejected field back to the form, and a deleted dataset is not silently re-created', async () => {
    const { publisher, request } = await setup(profile);
    const rejected = await publisher().publish(
      request({ datasetPayload: payload(f.orgId, { tags: ['ab', 'буџет'] }) }),
    );
    expect(rejected).toMatchObject({
      ok: false,
      error: { code: 'PORTAL_FIELD_REJECTED', step: 'create_dataset', fields: ['tags'] },
    });
    const ok = await publisher().publish(request());
    expect(ok.ok).toBe(true);
    const id = live(f)[0]!.id;
    await f.client().deleteDataset(id);
    const gone = await publisher().publish(request());
    expect(gone).toMatchObject({
      ok: false,
      error: { code: 'PORTAL_GONE', step: 'ensure_dataset' },
    });
    expect(live(f)).toHaveLength(0);
  });

  it('puts an attempt that cannot reach the portal on the register, and refuses unknown publications', async () => {
    const { db, pub, request } = await setup(profile);
    const offline = new Publisher({
      db,
      client: f.client({ baseUrl: 'http://127.0.0.1:9' }),
      actor: 'vera',
    });
    const out = await offline.publish(request());
    expect(out).toMatchObject({ ok: false, error: { code: 'PORTAL_DOWN', step: null } });
    expect(new PublishJournalRepo(db).listRegister({ publicationId: pub })[0]).toMatchObject({
      result: 'failed',
      errorCode: 'PORTAL_DOWN',
      portalProfile: null,
    });
    const unknown = await offline.publish(request({ publicationId: 'no-such-publication' }));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'PUBLISH_INVALID_REQUEST' } });
    const online = new Publisher({ db, client: f.client({ profile }), actor: 'vera' });
    const missing = await online.publish(
      request({ file: { path: `${f.dir}/missing.csv`, name: 'x.csv' } }),
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'PUBLISH_FILE_UNREADABLE' } });
    const controller = new AbortController();
    controller.abort();
    const cancelled = await online.publish(request({ signal: controller.signal }));
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'PORTAL_CANCELLED' } });
  });

  it('runs one publish at a time per publication', async () => {
    const { publisher, request } = await setup(profile);
    const p = publisher();
    const [a, b] = await Promise.all([p.publish(request()), p.publish(request())]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((x) => !x.ok)).toMatchObject({ error: { code: 'PUBLISH_BUSY' } });
  });
});
