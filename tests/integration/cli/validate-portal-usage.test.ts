/**
 * `otvori validate`, `otvori portal`, and the runner: help, usage errors (exit 1), the key never
 * taken from an argument, the language chosen from the environment.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  catalogueKeys,
  pickLocale,
  translator,
  type MessageKey,
} from '../../../electron/backend/cli/messages';
import { BUDGET_2024 } from '../../unit/metadata/example-metadata';
import { jsonOf, makeCliEnv, type CliEnv } from './cli-harness';

let cli: CliEnv;
const write = (name: string, content: unknown): string => {
  const file = path.join(cli.dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
};

beforeAll(() => {
  cli = makeCliEnv();
});
afterAll(() => cli.close());

describe('otvori validate', () => {
  it('accepts valid metadata (exit 0)', async () => {
    const run = await cli.run(['validate', write('ok.json', BUDGET_2024), '--json']);
    expect(run.code).toBe(0);
    expect(jsonOf('validate', run)).toMatchObject({ ok: true, valid: true, errors: [] });
  });

  it('lists each problem by field and exits 4', async () => {
    const broken = {
      ...BUDGET_2024,
      title: '',
      license: 'no-such-license',
      temporalCoverage: { start: '2024-12-31', end: '2024-01-01' },
      contact: { name: 'Odeljenje', email: 'not-an-address' },
    };
    const run = await cli.run(['validate', write('bad.json', broken), '--json']);
    expect(run.code).toBe(4);
    const out = jsonOf('validate', run);
    const errors = out['errors'] as { field: string; code: string; message: string }[];
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.code]));
    expect(byField).toMatchObject({
      title: 'required',
      license: 'notInList',
      'contact.email': 'invalidEmail',
    });
    expect(errors.some((e) => e.field.startsWith('temporalCoverage'))).toBe(true);
    // One line per problem on stderr, naming the field.
    for (const error of errors) expect(run.stderr).toContain(error.field);
  });

  it('reports a draft with missing fields by field, not as unreadable', async () => {
    const { dictionary: _dictionary, ...partial } = BUDGET_2024;
    const run = await cli.run(['validate', write('partial.json', partial), '--json']);
    expect(run.code).toBe(4);
    expect(jsonOf('validate', run)['errors']).toEqual([
      expect.objectContaining({ field: 'dictionary', code: 'required' }),
    ]);
  });

  it('exits 2 for a file that is not JSON or does not exist', async () => {
    const notJson = await cli.run(['validate', write('x.json', '{ title: '), '--json']);
    expect(notJson.code).toBe(2);
    expect(jsonOf('validate', notJson)).toMatchObject({ error: { code: 'NOT_JSON' } });
    const missing = await cli.run(['validate', 'nema.json']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
  });
});

describe('otvori portal', () => {
  it.each(['legacy', 'modern'] as const)(
    'starts the %s training portal, prints its address and key, stops on the signal',
    async (profile) => {
      const stop = new AbortController();
      let listening: (document: { url: string; apiKey: string }) => void = () => {};
      const printed = new Promise<{ url: string; apiKey: string }>(
        (resolve) => (listening = resolve),
      );
      const running = cli.run(
        ['portal', '--profile', profile, '--data-dir', `vezbaonica-${profile}`, '--json'],
        {},
        {
          stop: stop.signal,
          onOut: (text) => listening(JSON.parse(text) as { url: string; apiKey: string }),
        },
      );
      // While the command runs, the portal answers with the printed key.
      const { url, apiKey } = await printed;
      const me = await fetch(`${url}/api/1/me/`, { headers: { 'X-API-KEY': apiKey } });
      expect(me.status).toBe(200);
      stop.abort();
      const run = await running;
      expect(run.code).toBe(0);
      const out = jsonOf('portal', run);
      expect(out).toMatchObject({ ok: true, profile, training: true });
      expect(out['dataDir']).toBe(path.join(cli.dir, `vezbaonica-${profile}`));
    },
  );

  it('refuses a bad port or profile with exit 1', async () => {
    expect((await cli.run(['portal', '--port', 'http'])).code).toBe(1);
    const run = await cli.run(['portal', '--profile', 'ckan', '--json']);
    expect(run.code).toBe(1);
    expect(jsonOf('portal', run)).toMatchObject({
      ok: false,
      exitCode: 1,
      error: { code: 'USAGE' },
    });
  });
});

describe('the runner', () => {
  it('prints help on stdout with --help (exit 0) and on stderr without a command (exit 1)', async () => {
    const help = await cli.run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('otvori publish PUBLICATION.json --file FILE');
    const none = await cli.run([]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Exit codes');
  });

  it('exits 1 for an unknown command, an unknown option, a missing file and extra arguments', async () => {
    const unknown = await cli.run(['publsh', '--json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({
      ok: false,
      exitCode: 1,
      error: { code: 'USAGE' },
    });
    expect((await cli.run(['scan', 'a.csv', '--shet', '2'])).code).toBe(1);
    expect((await cli.run(['scan'])).code).toBe(1);
    expect((await cli.run(['scan', 'a.csv', 'b.csv'])).code).toBe(1);
  });

  it('never takes an API key from an argument', async () => {
    const run = await cli.run(['publish', 'p.json', '--file', 'a.csv', '--api-key', 'secret-123']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('OTVORI_API_KEY');
    expect(run.stderr).not.toContain('secret-123');
    const inline = await cli.run(['publish', 'p.json', '--api-key=secret-456', '--json']);
    expect(inline.code).toBe(1);
    expect(inline.stdout + inline.stderr).not.toContain('secret-456');
  });

  it('picks the language from OTVORI_LANG, then the POSIX locale, else Serbian Latin', () => {
    expect(pickLocale({ OTVORI_LANG: 'sr-Cyrl', LANG: 'en_US.UTF-8' })).toBe('sr-Cyrl');
    expect(pickLocale({ LANG: 'sr_RS.UTF-8@latin' })).toBe('sr-Latn');
    expect(pickLocale({ LANG: 'sr_RS.UTF-8' })).toBe('sr-Cyrl');
    expect(pickLocale({ LC_ALL: 'C.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(pickLocale({})).toBe('sr-Latn');
  });

  it('has every message in all three languages, with the same placeholders', () => {
    const latin = catalogueKeys('sr-Latn').sort();
    expect(catalogueKeys('sr-Cyrl').sort()).toEqual(latin);
    expect(catalogueKeys('en').sort()).toEqual(latin);
    const placeholders = (locale: 'sr-Latn' | 'sr-Cyrl' | 'en', key: string) =>
      [...translator(locale)(key as MessageKey).matchAll(/\{([a-zA-Z]+)\}/g)]
        .map((m) => m[1])
        .sort();
    for (const key of latin) {
      expect(placeholders('sr-Cyrl', key), key).toEqual(placeholders('sr-Latn', key));
      expect(placeholders('en', key), key).toEqual(placeholders('sr-Latn', key));
    }
  });
});
