// Shared set-up for the portal tests: a training portal in a temp folder, a client with instant
// backoff, and a fresh Otvori database with one publication.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../electron/backend/db/database';
import { PublicationsRepo } from '../../../electron/backend/db/publications-repo';
import type { PortalProfile } from '../../../electron/backend/portal/common/profile';
import {
  UdataClient,
  type UdataClientOptions,
} from '../../../electron/backend/portal/client/udata-client';
import type { DatasetPayload } from '../../../electron/backend/portal/client/portal-types';
import {
  startTrainingPortal,
  type TrainingPortal,
  type TrainingPortalOptions,
} from '../../../electron/backend/portal/training-portal/training-portal';

export interface Fixture {
  readonly dir: string;
  readonly portal: TrainingPortal;
  readonly orgId: string;
  readonly otherOrgId: string;
  client(options?: Partial<UdataClientOptions>): UdataClient;
  db(): Db;
  publication(title?: string): string;
  file(name: string, content: string | Buffer): string;
  close(): Promise<void>;
}

export const noSleep = (): Promise<void> => Promise.resolve();

export async function makeFixture(
  profile: PortalProfile,
  options: Partial<TrainingPortalOptions> = {},
): Promise<Fixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-portal-'));
  const portal = await startTrainingPortal({
    profile,
    dataDir: path.join(dir, 'portal'),
    ...options,
  });
  const dbs: Db[] = [];
  const openDb = (): Db => {
    const db = openDatabase(path.join(dir, 'otvori'));
    dbs.push(db);
    return db;
  };
  return {
    dir,
    portal,
    orgId: portal.ids.orgs['pancevo']!.id,
    otherOrgId: portal.ids.orgs['other']!.id,
    client: (extra = {}) =>
      new UdataClient({
        baseUrl: portal.url,
        apiKey: portal.apiKey,
        sleep: noSleep,
        timeoutMs: 5000,
        ...extra,
      }),
    db: openDb,
    publication(title = 'Регистар') {
      const db = dbs.find((d) => d.open) ?? openDb();
      return new PublicationsRepo(db).create(title, null).id;
    },
    file(name, content) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    async close() {
      for (const db of dbs) if (db.open) db.close();
      await portal.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function payload(orgId: string, extra: Partial<DatasetPayload> = {}): DatasetPayload {
  return {
    title: 'Буџет Града Панчева за 2024. годину',
    description:
      'Извршење буџета Града Панчева по економској класификацији, месечно, за потребе јавности и поновне употребе.',
    organizationId: orgId,
    license: 'sodl',
    frequency: 'monthly',
    tags: ['буџет', 'финансије', 'панчево', 'градска управа'],
    temporalCoverage: { start: '2024-01-01', end: '2024-12-31' },
    private: false,
    ...extra,
  };
}

/** Raw HTTP for portal-behaviour tests. */
export async function http(
  portal: TrainingPortal,
  method: string,
  pathAndQuery: string,
  options: {
    key?: string | null;
    json?: unknown;
    body?: BodyInit;
    headers?: Record<string, string>;
  } = {},
): Promise<{ status: number; headers: Headers; text: string; json: unknown }> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  const key = options.key === undefined ? portal.apiKey : options.key;
  if (key !== null) headers['X-API-KEY'] = key;
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${portal.url}${pathAndQuery}`, {
    method,
    headers,
    redirect: 'manual',
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, text, json };
}
