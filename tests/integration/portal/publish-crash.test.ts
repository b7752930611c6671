// (c) The process is killed during an upload; a fresh process (fresh database connection)
// resumes and ends with exactly one dataset and one resource with the right checksum.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/db/database';
import {
  PORTAL_PROFILES,
  type PortalProfile,
} from '../../../electron/backend/portal/common/profile';
import { PublishJournalRepo } from '../../../electron/backend/portal/publish/publish-journal-repo';
import { Publisher } from '../../../electron/backend/portal/publish/publisher';
import { makeFixture, type Fixture } from './portal-fixture';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../../artifacts/portal');
const bundle = path.join(outDir, `publish-child-${process.pid}.mjs`);

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(here, 'publish-child.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    external: ['better-sqlite3'],
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
});
afterAll(() => rmSync(bundle, { force: true }));

let f: Fixture;
let child: ChildProcess | null = null;
afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  await f.close();
});

function waitFor(predicate: () => boolean, ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = (): void => {
      if (predicate()) resolve();
      else if (Date.now() - started > ms) reject(new Error('timed out waiting'));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

async function runChild(
  fx: Fixture,
  profile: PortalProfile,
  pub: string,
  file: string,
  mode: 'stall' | 'plain',
) {
  const proc = spawn(
    process.execPath,
    [
      bundle,
      JSON.stringify({
        dataDir: path.join(fx.dir, 'otvori'),
        portalUrl: fx.portal.url,
        apiKey: fx.portal.apiKey,
        profile,
        publicationId: pub,
        orgId: fx.orgId,
        filePath: file,
        fileName: 'Дозволе.csv',
        mode,
      }),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child = proc;
  let out = '';
  let err = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, exited, output: () => out, errors: () => err };
}

describe.each(PORTAL_PROFILES)('kill during upload, %s profile', (profile) => {
  async function prepare() {
    f = await makeFixture(profile);
    const pub = f.publication('Дозволе');
    f.db().close();
    // Close every connection the fixture opened: the child owns the database now.
    const file = f.file('dozvole.csv', Buffer.alloc(8 * 1024 * 1024, 'д'));
    return { pub, file, sha1: createHash('sha1').update(readFileSync(file)).digest('hex') };
  }

  async function resumeInFreshProcess(pub: string, file: string) {
    const db = openDatabase(path.join(f.dir, 'otvori'));
    try {
      const publisher = new Publisher({
        db,
        client: f.client({ profile }),
        actor: 'parent',
        training: true,
      });
      const out = await publisher.publish({
        publicationId: pub,
        datasetPayload: {
          title: 'Регистар дозвола',
          description: 'Регистар издатих грађевинских дозвола Града Панчева, месечно ажуриран.',
          organizationId: f.orgId,
          license: 'sodl',
          tags: ['dozvole', 'gradnja', 'panchevo'],
        },
        file: { path: file, name: 'Дозволе.csv' },
        resourcePolicy: 'replace',
      });
      const register = new PublishJournalRepo(db).listRegister({
        includeTraining: true,
        publicationId: pub,
      });
      return { out, register };
    } finally {
      db.close();
    }
  }

  it('killed while the file is on the wire', async () => {
    const { pub, file, sha1 } = await prepare();
    const run = await runChild(f, profile, pub, file, 'stall');
    await waitFor(() => run.output().includes('UPLOADING') || run.proc.exitCode !== null);
    expect(run.errors()).toBe('');
    expect(run.output()).toContain('UPLOADING');
    run.proc.kill('SIGKILL');
    await run.exited;
    expect(f.portal.datasets()).toHaveLength(1);
    expect(f.portal.datasets()[0]!.resources).toHaveLength(0);
    const { out, register } = await resumeInFreshProcess(pub, file);
    expect(out).toMatchObject({ ok: true, value: { resumed: true, datasetAction: 'found' } });
    expect(register.map((r) => r.result)).toEqual(['succeeded', 'interrupted']);
    const datasets = f.portal.datasets();
    expect(datasets).toHaveLength(1);
    expect(datasets[0]!.resources).toHaveLength(1);
    expect(datasets[0]!.resources[0]!.checksum?.value).toBe(sha1);
  });

  it('killed after the portal stored the upload but before the answer arrived', async () => {
    const { pub, file, sha1 } = await prepare();
    f.portal.faults.add({ method: 'POST', path: /\/upload\/$/, action: { kind: 'hang-after' } });
    const run = await runChild(f, profile, pub, file, 'plain');
    await waitFor(() =>
      f.portal.requests.some((r) => r.path.endsWith('/upload/') && r.status === 'dropped'),
    );
    run.proc.kill('SIGKILL');
    await run.exited;
    expect(f.portal.datasets()[0]!.resources).toHaveLength(1);
    const { out, register } = await resumeInFreshProcess(pub, file);
    expect(out).toMatchObject({
      ok: true,
      value: { resumed: true, resource: { action: 'unchanged' } },
    });
    expect(register.map((r) => r.result)).toEqual(['succeeded', 'interrupted']);
    const datasets = f.portal.datasets();
    expect(datasets).toHaveLength(1);
    expect(datasets[0]!.resources).toHaveLength(1);
    expect(datasets[0]!.resources[0]!.checksum?.value).toBe(sha1);
  });
});
