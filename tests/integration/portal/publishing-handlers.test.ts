/**
 * The publishing channels (electron/backend/handlers/portal-handlers.ts) against the training
 * portal: connect (key verified, profile detected, key only in the SecretStore, organizations,
 * reference lists refreshed), the refusals a clerk can act on, the gate and metadata checks
 * before anything is sent, publish with progress, next month's file per period, resume after a
 * failure without duplicates, cancel, the register with its next due date and CSV, and the
 * training portal started from settings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  AppError,
  Channel,
  EventTypes,
  RequestOf,
  ResponseOf,
  Result,
} from '../../../shared/contract';
import type { PublishProgress } from '../../../shared/contract/channels/portal';
import { DEFAULT_POLICY_VALUES, type LoadedPolicy } from '../../../shared/policy/policy';
import type { PublicationMetadata } from '../../../shared/metadata/types';
import type { Table } from '../../../shared/table/types';
import { validateResponse } from '../../../electron/backend/contract/validate';
import { AuditLog } from '../../../electron/backend/db/audit-log';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { MetadataRepo } from '../../../electron/backend/db/metadata-repo';
import { PublicationsRepo } from '../../../electron/backend/db/publications-repo';
import { ReferenceListsRepo } from '../../../electron/backend/db/reference-lists-repo';
import type { HandlerContext } from '../../../electron/backend/handlers/types';
import { JobRegistry } from '../../../electron/backend/jobs';
import {
  startTrainingPortal,
  type TrainingPortal,
} from '../../../electron/backend/portal/training-portal/training-portal';
import type { FilePort } from '../../../electron/backend/ports';
import type {
  GateCheck,
  PublicationGate,
} from '../../../electron/backend/privacy/publication-gate';
import {
  publishingModule,
  type PublishingModule,
} from '../../../electron/backend/publishing/publishing-module';
import {
  MemorySecretStore,
  type SecretStore,
} from '../../../electron/backend/secrets/secret-store';
import type { ReadWorkbook } from '../../../electron/backend/workbook/reader-api';
import { WorkbookStore } from '../../../electron/backend/workbook/workbook-store';
import { noSleep } from './portal-fixture';

const table: Table = {
  columns: [
    { key: 'c0', name: 'Naselje', type: 'text' },
    { key: 'c1', name: 'Iznos', type: 'decimal' },
  ],
  values: [
    ['Pančevo', 'Starčevo', 'Omoljica'],
    [1000, 2000.5, 300],
  ],
  originals: [new Map(), new Map()],
  rowCount: 3,
};

function metadataFor(orgId: string, frequency = 'monthly'): PublicationMetadata {
  return {
    schemaVersion: 1,
    title: 'Помоћ по насељима',
    titleLatin: '',
    description:
      'Износи једнократне помоћи Града Панчева по насељима, у динарима, месечно. Подаци не садрже личне податке примаоца помоћи.',
    descriptionLatin: '',
    tags: ['панчево', 'социјална заштита', 'помоћ', 'насеља'],
    license: 'sodl',
    frequency,
    temporalCoverage: { start: '2026-10-01', end: '2026-10-31' },
    spatialGranularity: 'other',
    organization: { id: orgId, name: 'Град Панчево' },
    contact: { name: 'Градска управа', email: 'otvoreni.podaci@pancevo.rs' },
    resource: { title: 'Помоћ по насељима (CSV)', description: 'CSV, UTF-8, зарез.' },
    dictionary: [
      {
        name: 'Naselje',
        label: 'Насеље',
        description: 'Насеље',
        type: 'string',
        unit: '',
        allowedValues: [],
      },
      {
        name: 'Iznos',
        label: 'Износ',
        description: 'Износ помоћи',
        type: 'number',
        unit: 'RSD',
        allowedValues: [],
      },
    ],
  };
}

class SwitchableGate implements PublicationGate {
  next: GateCheck = { passed: true, blockers: [], reportSummary: 'no personal data; k=5' };
  async check(): Promise<GateCheck> {
    return this.next;
  }
}

interface Harness {
  readonly dir: string;
  readonly portal: TrainingPortal;
  readonly db: Db;
  readonly module: PublishingModule;
  readonly gate: SwitchableGate;
  readonly secrets: SecretStore;
  readonly events: PublishProgress[];
  readonly saved: { name: string; text: string }[];
  readonly workbookId: string;
  /** Workbooks the module reported as published (the recipe's change-summary baseline). */
  readonly published: readonly string[];
  readonly publicationId: string;
  readonly metadata: MetadataRepo;
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}

const files = (saved: { name: string; text: string }[]): FilePort => ({
  pickFile: async () => 'unsupported',
  register: (_p, name, size) => ({ id: 'f1', name, size }),
  resolve: () => null,
  save: async (name, bytes) => {
    saved.push({ name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
    return { kind: 'saved', fileName: name, bytes: bytes.byteLength };
  },
});

let h: Harness;
let extra: (() => Promise<void>)[] = [];

async function harness(
  options: {
    secrets?: SecretStore;
    policy?: Partial<LoadedPolicy['values']>;
    fixed?: string[];
  } = {},
): Promise<Harness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-publishing-'));
  const portal = await startTrainingPortal({
    profile: 'legacy',
    dataDir: path.join(dir, 'portal'),
  });
  const db = openDatabase(path.join(dir, 'otvori'));
  const store = new WorkbookStore();
  const publications = new PublicationsRepo(db);
  const publication = publications.create('Помоћ по насељима', 'pomoc.xlsx');
  const entry = store.add(
    { format: 'csv', sheets: [], sheetIndex: 0, table } as unknown as ReadWorkbook,
    'pomoc.csv',
    '/tmp/pomoc.csv',
    publication.id,
  );
  const metadata = new MetadataRepo(db);
  metadata.save(publication.id, metadataFor(portal.ids.orgs['pancevo']?.id ?? ''));
  const gate = new SwitchableGate();
  const secrets = options.secrets ?? new MemorySecretStore();
  const saved: { name: string; text: string }[] = [];
  const published: string[] = [];
  const policy: LoadedPolicy = {
    source: 'test',
    values: {
      ...DEFAULT_POLICY_VALUES,
      allowedPortals: [portal.url, 'https://data.gov.rs'],
      ...options.policy,
    },
    fixed: (options.fixed ?? []) as LoadedPolicy['fixed'],
    errors: [],
  };
  const module = publishingModule({
    db,
    secrets,
    policy,
    lists: new ReferenceListsRepo(db),
    tables: store,
    gate,
    jobs: new JobRegistry(),
    files: files(saved),
    audit: new AuditLog(db, 'test-clerk'),
    clientOptions: { sleep: noSleep, timeoutMs: 1000 },
    onPublished: (workbookId) => published.push(workbookId),
  });
  const events: PublishProgress[] = [];
  const context: HandlerContext = {
    emit<E extends keyof EventTypes>(event: E, payload: EventTypes[E]) {
      if (event === 'app:publish:progress') events.push(payload as PublishProgress);
    },
  };
  return {
    dir,
    portal,
    db,
    module,
    gate,
    secrets,
    events,
    saved,
    published,
    workbookId: entry.summary.workbookId,
    publicationId: publication.id,
    metadata,
    async call(channel, request) {
      const handler = (
        module.handlers as unknown as Record<
          string,
          ((request: unknown, context: HandlerContext) => Promise<unknown>) | undefined
        >
      )[channel];
      if (handler === undefined) throw new Error(`no handler ${channel}`);
      const result = (await handler(request, context)) as Result<ResponseOf<typeof channel>>;
      if (result.ok) {
        const checked = validateResponse(channel, result.value);
        if (!checked.ok) throw new Error(`${channel} response: ${JSON.stringify(checked)}`);
      }
      return result;
    },
  };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function error<T>(result: Result<T>): AppError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const monthly = (period: string) => ({
  keepPrivate: false,
  resourcePolicy: 'per-period' as const,
  period,
});

beforeEach(async () => {
  h = await harness();
});

afterEach(async () => {
  for (const close of extra) await close();
  extra = [];
  await h.module.close();
  await h.portal.close();
  h.db.close();
  rmSync(h.dir, { recursive: true, force: true });
});

describe('connect', () => {
  it('verifies the key, detects the profile, keeps the key only in the secret store, refreshes the lists', async () => {
    const before = value(await h.call('app:portal:status', {}));
    expect(before.connected).toBe(false);
    const status = value(
      await h.call('app:portal:connect', {
        portalUrl: `${h.portal.url}/`,
        apiKey: h.portal.apiKey,
      }),
    );
    expect(status).toMatchObject({
      connected: true,
      portalUrl: h.portal.url,
      training: false,
      profile: 'legacy',
      account: { name: 'Вера Уредник' },
      keyProtection: 'session',
      realPortalUrl: h.portal.url,
    });
    expect(status.organizations).toEqual([
      expect.objectContaining({ name: 'Град Панчево', role: 'editor', allowed: true }),
    ]);
    expect(status.lists.refreshed).toContain('licenses');
    expect(JSON.stringify(status)).not.toContain(h.portal.apiKey);
    expect(await h.secrets.get('portal-api-key')).toBe(h.portal.apiKey);
    const stored = h.db.prepare('SELECT * FROM portal_connection').all();
    expect(JSON.stringify(stored)).not.toContain(h.portal.apiKey);
    const audit = h.db.prepare('SELECT detail FROM audit_log').all();
    expect(JSON.stringify(audit)).not.toContain(h.portal.apiKey);
  });

  it('refuses a wrong, regenerated or inactive key with PORTAL_KEY_INVALID and stores nothing', async () => {
    expect(
      error(
        await h.call('app:portal:connect', { portalUrl: h.portal.url, apiKey: 'wrong-key-123456' }),
      ).code,
    ).toBe('PORTAL_KEY_INVALID');
    const old = h.portal.apiKey;
    h.portal.regenerateKey('editor');
    expect(
      error(await h.call('app:portal:connect', { portalUrl: h.portal.url, apiKey: old })).code,
    ).toBe('PORTAL_KEY_INVALID');
    expect(await h.secrets.get('portal-api-key')).toBeNull();
    expect(value(await h.call('app:portal:status', {})).connected).toBe(false);
  });

  it('refuses a portal IT does not allow, and storing without OS encryption', async () => {
    expect(
      error(
        await h.call('app:portal:connect', {
          portalUrl: 'https://example.org',
          apiKey: 'k-12345678',
        }),
      ).code,
    ).toBe('PORTAL_NOT_ALLOWED');
    const locked = await harness({
      secrets: {
        protection: 'unavailable',
        get: async () => null,
        set: async () => {
          throw new Error('must not be called');
        },
        delete: async () => undefined,
      },
    });
    extra.push(async () => {
      await locked.portal.close();
      locked.db.close();
      rmSync(locked.dir, { recursive: true, force: true });
    });
    expect(
      error(
        await locked.call('app:portal:connect', {
          portalUrl: locked.portal.url,
          apiKey: locked.portal.apiKey,
        }),
      ).code,
    ).toBe('SECRET_STORAGE_UNAVAILABLE');
  });

  it('reports a portal that is down', async () => {
    await h.portal.close();
    expect(
      error(
        await h.call('app:portal:connect', { portalUrl: h.portal.url, apiKey: h.portal.apiKey }),
      ).code,
    ).toBe('PORTAL_DOWN');
  });

  it('disconnects: the key is deleted', async () => {
    value(await h.call('app:portal:connect', { portalUrl: h.portal.url, apiKey: h.portal.apiKey }));
    const status = value(await h.call('app:portal:disconnect', {}));
    expect(status.connected).toBe(false);
    expect(await h.secrets.get('portal-api-key')).toBeNull();
  });

  it('keeps the proxy choice unless IT fixed it', async () => {
    const proxy = { server: 'http://proxy.pancevo.local:8080', bypass: ['*.pancevo.local'] };
    expect(value(await h.call('app:portal:proxy', { proxy })).proxy).toEqual(proxy);
    expect(value(await h.call('app:portal:status', {})).proxy).toEqual(proxy);
    const fixed = await harness({ policy: { proxy: 'direct' }, fixed: ['proxy'] });
    extra.push(async () => {
      await fixed.portal.close();
      fixed.db.close();
      rmSync(fixed.dir, { recursive: true, force: true });
    });
    expect(error(await fixed.call('app:portal:proxy', { proxy })).code).toBe('PORTAL_NOT_ALLOWED');
    expect(value(await fixed.call('app:portal:status', {}))).toMatchObject({
      proxy: 'direct',
      proxyFixed: true,
    });
  });
});

describe('publish', () => {
  beforeEach(async () => {
    value(await h.call('app:portal:connect', { portalUrl: h.portal.url, apiKey: h.portal.apiKey }));
  });

  const run = (options = monthly('2026-10'), jobId = 'job-1') =>
    h.call('app:publish:run', {
      workbookId: h.workbookId,
      publicationId: h.publicationId,
      jobId,
      options,
    });

  it('checks first: target portal, gate, metadata, suggested policy and period', async () => {
    const check = value(
      await h.call('app:publish:check', {
        workbookId: h.workbookId,
        publicationId: h.publicationId,
      }),
    );
    expect(check).toMatchObject({
      gate: { passed: true },
      issues: [],
      rowCount: 3,
      columnCount: 2,
      last: null,
      suggestedPolicy: 'per-period',
      suggestedPeriod: '2026-10',
    });
    expect(check.status.portalUrl).toBe(h.portal.url);
  });

  it('is refused by the privacy gate before anything is sent', async () => {
    h.gate.next = {
      passed: false,
      blockers: [{ column: 'JMBG', kinds: ['jmbg'] }],
      reportSummary: null,
    };
    const before = h.portal.requests.length;
    expect(value(await run())).toEqual({
      kind: 'blocked',
      gate: { passed: false, blockers: [{ column: 'JMBG', kinds: ['jmbg'] }], reportSummary: null },
    });
    expect(h.portal.requests.length).toBe(before);
    expect(h.portal.datasets()).toHaveLength(0);
    expect(h.published).toEqual([]);
  });

  it('is refused on metadata problems, and on an organization the account may not publish for', async () => {
    const other = h.portal.ids.orgs['other']?.id ?? '';
    h.metadata.save(h.publicationId, { ...metadataFor(other), title: 'Кратко' });
    const result = value(await run());
    expect(result.kind).toBe('invalid');
    const fields = result.kind === 'invalid' ? result.issues.map((i) => i.field) : [];
    expect(fields).toContain('title');
    h.metadata.save(h.publicationId, metadataFor(other));
    const org = value(await run());
    expect(org).toEqual({
      kind: 'invalid',
      issues: [{ field: 'organization.id', code: 'invalidOrganization', params: {} }],
    });
    expect(h.portal.datasets()).toHaveLength(0);
  });

  it('publishes with progress, the dictionary as documentation, and registers it', async () => {
    const result = value(await run());
    expect(result).toMatchObject({
      kind: 'published',
      portalUrl: h.portal.url,
      training: false,
      datasetAction: 'created',
      rowCount: 3,
      private: false,
    });
    if (result.kind !== 'published') return;
    expect(result.links.map((l) => [l.kind, l.action])).toEqual([
      ['data', 'uploaded'],
      ['dictionary', 'uploaded'],
      ['dictionary', 'uploaded'],
    ]);
    const [dataset] = h.portal.datasets();
    expect(dataset?.private).toBe(false);
    expect(dataset?.resources.map((r) => r.type).sort()).toEqual([
      'documentation',
      'documentation',
      'main',
    ]);
    const steps = new Set(h.events.map((e) => e.step));
    for (const step of ['prepare', 'create_dataset', 'upload_resource', 'verify_dataset'])
      expect(steps).toContain(step);
    // The CSV on the portal is the current table, with its SHA-1.
    const main = dataset?.resources.find((r) => r.type === 'main');
    expect(main?.checksum?.value).toBe(result.checksumSha1);
    const csv = await (await fetch(main?.url ?? '')).text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Naselje,Iznos');
    expect(h.published).toEqual([h.workbookId]);

    const register = value(
      await h.call('app:register:list', { publicationId: null, includeTraining: false }),
    ).items;
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({
      result: 'succeeded',
      actor: expect.any(String),
      portalUrl: h.portal.url,
      period: '2026-10',
      rowCount: 3,
      checksumSha1: result.checksumSha1,
      anonymizationSummary: 'no personal data; k=5',
      datasetUrl: result.datasetUrl,
    });
    const published = register[0]?.finishedAt?.slice(0, 10) ?? '';
    const due = new Date(`${published}T00:00:00Z`);
    due.setUTCMonth(due.getUTCMonth() + 1);
    expect(register[0]?.nextDue?.slice(0, 7)).toBe(due.toISOString().slice(0, 7));

    value(await h.call('app:register:export', { includeTraining: false }));
    expect(h.saved[0]?.name).toMatch(/^otvori-registar-objava-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(h.saved[0]?.text).toContain(result.checksumSha1);
  });

  it("publishes next month's file as a second resource of the same dataset", async () => {
    value(await run(monthly('2026-10')));
    const next = value(await run(monthly('2026-11')));
    expect(next).toMatchObject({ kind: 'published', datasetAction: 'found' });
    const [dataset] = h.portal.datasets();
    expect(h.portal.datasets()).toHaveLength(1);
    const main = dataset?.resources.filter((r) => r.type === 'main') ?? [];
    expect(main.map((r) => r.title).sort()).toEqual([
      'Помоћ по насељима (CSV) — 2026-10',
      'Помоћ по насељима (CSV) — 2026-11',
    ]);
    // The dictionary did not change: not sent again.
    if (next.kind === 'published')
      expect(next.links.filter((l) => l.kind === 'dictionary').map((l) => l.action)).toEqual([
        'unchanged',
        'unchanged',
      ]);
    const check = value(
      await h.call('app:publish:check', {
        workbookId: h.workbookId,
        publicationId: h.publicationId,
      }),
    );
    expect(check.last?.period).toBe('2026-11');
  });

  it('resumes after a failed upload without a second dataset or resource', async () => {
    h.portal.faults.add({
      method: 'POST',
      path: /\/upload\/$/,
      action: { kind: 'drop-after' },
    });
    const failed = error(await run());
    expect(['PORTAL_DOWN', 'PORTAL_TIMEOUT']).toContain(failed.code);
    expect(failed.details?.['step']).toBe('upload_resource');
    const again = value(await run());
    expect(again).toMatchObject({ kind: 'published', resumed: true, datasetAction: 'found' });
    expect(h.portal.datasets()).toHaveLength(1);
    expect(h.portal.datasets()[0]?.resources.filter((r) => r.type === 'main')).toHaveLength(1);
    const results = value(
      await h.call('app:register:list', { publicationId: h.publicationId, includeTraining: false }),
    ).items.map((i) => i.result);
    expect(results).toEqual(['succeeded', 'failed']);
  });

  it('maps refused fields back to the form fields', async () => {
    const ds = /^\/api\/1\/datasets\/$/;
    h.portal.faults.add({
      method: 'POST',
      path: ds,
      action: {
        kind: 'status',
        status: 400,
        body: { errors: { title: ['Field cannot be longer'], temporal_coverage: ['Unable'] } },
      },
    });
    const failed = error(await run());
    expect(failed.code).toBe('PORTAL_FIELD_REJECTED');
    expect(String(failed.details?.['fields']).split(',').sort()).toEqual([
      'temporalCoverage.start',
      'title',
    ]);
  });

  it('maps no permission, read-only, server error, file type, timeout and too large to their codes', async () => {
    h.portal.faults.add({
      method: 'POST',
      path: /^\/api\/1\/datasets\/$/,
      action: {
        kind: 'status',
        status: 400,
        body: { errors: { organization: ['Permission denied for this organization'] } },
      },
    });
    expect(error(await run()).code).toBe('PORTAL_NO_PERMISSION');
    h.portal.setReadOnly(true);
    expect(error(await run()).code).toBe('PORTAL_READ_ONLY');
    h.portal.setReadOnly(false);
    h.portal.faults.add({
      method: 'POST',
      path: /^\/api\/1\/datasets\/$/,
      action: { kind: 'status', status: 500 },
    });
    expect(error(await run()).code).toBe('PORTAL_SERVER_ERROR');
    // The portal's extension whitelist refuses the upload (400 with a message, no `success`).
    h.portal.faults.add({
      method: 'POST',
      path: /\/upload\/$/,
      action: {
        kind: 'status',
        status: 400,
        body: { message: 'This file type is not allowed.' },
      },
    });
    const refused = error(await run());
    expect(refused.code).toBe('PORTAL_FILE_TYPE_NOT_ALLOWED');
    expect(refused.details?.['step']).toBe('upload_resource');
    // No answer within the client's time limit (1 s here).
    h.portal.faults.add({
      method: 'GET',
      path: /^\/api\/1\/datasets\/[0-9a-f]{24}\/$/,
      action: { kind: 'delay', ms: 1500 },
      times: 10,
    });
    expect(error(await run()).code).toBe('PORTAL_TIMEOUT');
    h.portal.faults.clear();
    h.portal.setMaxBodyBytes(64);
    expect(error(await run()).code).toBe('PORTAL_TOO_LARGE');
  });

  it('cancels a running publish; the next attempt completes it', async () => {
    h.portal.faults.add({
      method: 'POST',
      path: /\/upload\/$/,
      action: { kind: 'delay', ms: 1500 },
    });
    const running = run(monthly('2026-10'), 'job-cancel');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(value(await h.call('app:publish:cancel', { jobId: 'job-cancel' }))).toEqual({
      cancelled: true,
    });
    expect(error(await running).code).toBe('CANCELLED');
    expect(value(await run())).toMatchObject({ kind: 'published' });
    expect(h.portal.datasets()).toHaveLength(1);
  });

  it('needs a connection', async () => {
    value(await h.call('app:portal:disconnect', {}));
    expect(error(await run()).code).toBe('PORTAL_NOT_CONNECTED');
  });
});

describe('training portal from the settings', () => {
  it('starts Vežbaonica, publishes there off the real register, and stops it', async () => {
    value(await h.call('app:portal:connect', { portalUrl: h.portal.url, apiKey: h.portal.apiKey }));
    const on = value(await h.call('app:portal:training', { enabled: true }));
    expect(on).toMatchObject({ connected: true, training: true, realPortalUrl: h.portal.url });
    expect(on.portalUrl).not.toBe(h.portal.url);
    expect(on.portalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const result = value(
      await h.call('app:publish:run', {
        workbookId: h.workbookId,
        publicationId: h.publicationId,
        jobId: 'job-training',
        options: monthly('2026-10'),
      }),
    );
    // The training portal has its own organizations: the stored org id is not one of them.
    expect(result.kind).toBe('invalid');
    expect(h.portal.datasets()).toHaveLength(0);
    const off = value(await h.call('app:portal:training', { enabled: false }));
    expect(off).toMatchObject({ training: false, portalUrl: h.portal.url });
    await expect(fetch(`${on.portalUrl ?? ''}/api/1/datasets/licenses/`)).rejects.toThrow();
  });

  it("limits the real portal to IT's organization, but not rehearsals", async () => {
    const limited = await harness({ policy: { organization: 'some-other-org' } });
    extra.push(async () => {
      await limited.module.close();
      await limited.portal.close();
      limited.db.close();
      rmSync(limited.dir, { recursive: true, force: true });
    });
    const real = value(
      await limited.call('app:portal:connect', {
        portalUrl: limited.portal.url,
        apiKey: limited.portal.apiKey,
      }),
    );
    expect(real.organizations.map((o) => o.allowed)).toEqual([false]);
    const result = value(
      await limited.call('app:publish:run', {
        workbookId: limited.workbookId,
        publicationId: limited.publicationId,
        jobId: 'job-policy',
        options: monthly('2026-10'),
      }),
    );
    expect(result).toEqual({
      kind: 'invalid',
      issues: [{ field: 'organization.id', code: 'invalidOrganization', params: {} }],
    });
    const training = value(await limited.call('app:portal:training', { enabled: true }));
    expect(training.organizations.map((o) => o.allowed)).toEqual([true]);
  });

  it('is refused when IT turned it off', async () => {
    const locked = await harness({ policy: { trainingPortal: false } });
    extra.push(async () => {
      await locked.portal.close();
      locked.db.close();
      rmSync(locked.dir, { recursive: true, force: true });
    });
    expect(error(await locked.call('app:portal:training', { enabled: true })).code).toBe(
      'PORTAL_NOT_ALLOWED',
    );
  });
});
