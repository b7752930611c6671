/**
 * The built bin as IT runs it: dist/node/otvori.mjs as its own process (the interpreter line, the
 * exit code through process.exitCode, stdout/stderr kept apart) and `npx otvori` from the project.
 */
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRegisterCsv } from '../../../electron/backend/sample/write-register';
import { BUDGET_2024 } from '../../unit/metadata/example-metadata';
import { CLI_BUNDLE, jsonOf, makeCliEnv, type CliEnv } from './cli-harness';

const run = promisify(execFile);
const root = path.resolve(path.dirname(CLI_BUNDLE), '../..');

let cli: CliEnv;
let register: string;

beforeAll(() => {
  cli = makeCliEnv();
  register = path.join(cli.dir, 'registar.csv');
  writeRegisterCsv(register, 50, 3);
});
afterAll(() => cli.close());

async function bin(args: readonly string[], command = process.execPath, prefix = [CLI_BUNDLE]) {
  try {
    const { stdout, stderr } = await run(command, [...prefix, ...args], {
      cwd: cli.dir,
      env: { ...process.env, ...cli.env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the otvori bin', () => {
  it('scans a file with --json: the document alone on stdout, exit 0', async () => {
    const result = await bin(['scan', register, '--json']);
    expect(result.code).toBe(0);
    expect(jsonOf('scan', result)).toMatchObject({ ok: true, verdict: 'personal-data' });
  });

  it('exits 2 for a file that does not exist, with the reason on stderr', async () => {
    const result = await bin(['inspect', 'nema.xlsx']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('nema.xlsx');
  });

  it('runs as `npx otvori` from the project, on the Node its native SQLite module is built for', async () => {
    const help = await run('npx', ['otvori', '--help'], {
      cwd: root,
      env: { ...process.env, OTVORI_LANG: 'en' },
    });
    expect(help.stdout).toContain('Exit codes: 0 success');
    // scan opens the local database (better-sqlite3): it loads only on the project's Node 22.
    const scan = await run('npx', ['otvori', 'scan', register, '--json'], {
      cwd: root,
      env: { ...process.env, ...cli.env },
    });
    expect(jsonOf('scan', { code: 0, ...scan })).toMatchObject({ ok: true });
  });

  it('runs the portal until Ctrl+C, and a publish to it ends on its own', async () => {
    const portal = spawn(process.execPath, [CLI_BUNDLE, 'portal', '--json'], {
      cwd: cli.dir,
      env: { ...process.env, ...cli.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => portal.on('exit', resolve));
    try {
      let text = '';
      const printed = await new Promise<{ url: string; apiKey: string }>((resolve, reject) => {
        portal.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          try {
            resolve(JSON.parse(text) as { url: string; apiKey: string });
          } catch {
            // not all of it yet
          }
        });
        portal.on('exit', () => reject(new Error(`portal ended: ${text}`)));
      });
      const me = (await (
        await fetch(`${printed.url}/api/1/me/`, { headers: { 'X-API-KEY': printed.apiKey } })
      ).json()) as { organizations: { id: string }[] };
      const budget = path.join(cli.dir, 'budzet.csv');
      writeFileSync(budget, 'Program;Iznos\r\nŠkolstvo;1.234,50\r\nKultura;980,00\r\n');
      const publication = path.join(cli.dir, 'budzet.publication.json');
      writeFileSync(
        publication,
        JSON.stringify({
          kind: 'otvori-publication',
          version: 1,
          id: randomUUID(),
          title: 'Budžet',
          recipe: { version: 1, steps: [] },
          metadata: {
            ...BUDGET_2024,
            organization: { id: me.organizations[0]!.id, name: 'Град Панчево' },
            dictionary: [],
          },
          target: { portalUrl: printed.url },
          policy: { resources: 'replace' },
        }),
      );
      const started = Date.now();
      const published = await run(
        process.execPath,
        [CLI_BUNDLE, 'publish', publication, '--file', budget, '--json'],
        { cwd: cli.dir, env: { ...process.env, ...cli.env, OTVORI_API_KEY: printed.apiKey } },
      );
      expect(jsonOf('publish', { code: 0, ...published })).toMatchObject({ ok: true });
      // A scheduled job must end by itself: nothing (sockets, workers) keeps it alive.
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      portal.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
