/**
 * `otvori inspect` and `otvori scan` on the sample register and the reader's fixtures: what the
 * app's reader and Protect step find, as JSON that matches the schemas, and exit code 2 with the
 * reason for each file that cannot be read.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  writeRegisterCsv,
  writeRegisterXlsx,
} from '../../../electron/backend/sample/write-register';
import { makeFixtures, type Fixtures } from '../../fixtures/make-fixtures';
import { jsonOf, makeCliEnv, type CliEnv } from './cli-harness';

let cli: CliEnv;
let fixtures: Fixtures;
let registerXlsx: string;
let registerCsv: string;

beforeAll(() => {
  cli = makeCliEnv();
  fixtures = makeFixtures(path.join(cli.dir, 'fixtures'));
  registerXlsx = path.join(cli.dir, 'registar.xlsx');
  registerCsv = path.join(cli.dir, 'registar.csv');
  writeRegisterXlsx(registerXlsx, 200, 7);
  writeRegisterCsv(registerCsv, 120, 7);
});

afterAll(() => cli.close());

describe('otvori inspect', () => {
  it('describes the sample register: sheet, header, columns with types and personal data', async () => {
    const run = await cli.run(['inspect', registerXlsx, '--json']);
    expect(run.code).toBe(0);
    const out = jsonOf('inspect', run);
    expect(out).toMatchObject({
      ok: true,
      command: 'inspect',
      file: 'registar.xlsx',
      format: 'xlsx',
      encoding: null,
      sheet: { index: 1, name: 'Korisnici' },
      headerRow: 1,
      rowCount: 200,
    });
    const columns = out['columns'] as {
      name: string;
      type: string;
      personal: boolean;
      kinds: { kind: string }[];
    }[];
    const jmbg = columns.find((c) => c.name === 'JMBG');
    expect(jmbg).toMatchObject({ type: 'text', personal: true });
    expect(jmbg?.kinds.map((k) => k.kind)).toContain('jmbg');
    expect(columns.find((c) => c.name === 'Iznos pomoći')).toMatchObject({
      type: 'decimal',
      personal: false,
    });
    // No cell value of the register may reach stdout (job logs keep it).
    expect(run.stdout).not.toMatch(/[0-9]{13}/);
  });

  it('reports the CSV encoding and delimiter', async () => {
    const out = jsonOf('inspect', await cli.run(['inspect', registerCsv, '--json']));
    expect(out).toMatchObject({ format: 'csv', encoding: 'utf-8', rowCount: 120 });
    expect([';', ',']).toContain(out['delimiter']);
  });

  it('skips the hidden sheet by default and reads another sheet by name or position', async () => {
    const first = jsonOf('inspect', await cli.run(['inspect', fixtures.xlsx, '--json']));
    expect(first['sheet']).toEqual({ index: 2, name: 'Podaci' });
    expect(first['sheets']).toEqual([
      { index: 1, name: 'Pomoćno', hidden: true },
      { index: 2, name: 'Podaci', hidden: false },
    ]);
    const byPosition = jsonOf(
      'inspect',
      await cli.run(['inspect', fixtures.xlsx, '--sheet', '1', '--json']),
    );
    expect(byPosition['sheet']).toEqual({ index: 1, name: 'Pomoćno' });
    expect(byPosition['rowCount']).toBe(1);
    const byName = jsonOf(
      'inspect',
      await cli.run(['inspect', fixtures.xlsx, '--sheet', 'Podaci', '--json']),
    );
    expect(byName['sheet']).toEqual({ index: 2, name: 'Podaci' });
    expect(byName['rowCount']).toBe(3);
  });

  it('prints a readable report without --json', async () => {
    const run = await cli.run(['inspect', registerXlsx], { OTVORI_LANG: 'sr-Latn' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('List: Korisnici');
    expect(run.stdout).toMatch(/JMBG \[text\] — lični podaci: jmbg 200\/200/);
  });

  it('exits 2 naming a missing sheet and listing the sheets there are', async () => {
    const run = await cli.run(['inspect', fixtures.xlsx, '--sheet', 'Jun', '--json']);
    expect(run.code).toBe(2);
    expect(jsonOf('inspect', run)).toMatchObject({
      ok: false,
      exitCode: 2,
      error: { code: 'SHEET_NOT_FOUND' },
    });
    expect(run.stderr).toContain('1. Pomoćno, 2. Podaci');
  });

  it.each([
    ['missing', 'nema.xlsx', 'NOT_FOUND'],
    ['encrypted', 'encryptedXlsx', 'FILE_ENCRYPTED'],
    ['truncated', 'truncatedXlsx', 'FILE_CORRUPT'],
    ['a Word file', 'docxNamedXlsx', 'FILE_UNSUPPORTED'],
    ['empty', 'emptyXlsx', 'FILE_EMPTY'],
    ['a zip bomb', 'bombRatioXlsx', 'FILE_SUSPICIOUS'],
  ] as const)('exits 2 with the reason for a %s file', async (_label, name, code) => {
    const file = name in fixtures ? fixtures[name as keyof Fixtures] : path.join(cli.dir, name);
    const run = await cli.run(['inspect', file, '--json']);
    expect(run.code).toBe(2);
    const out = jsonOf('inspect', run);
    expect(out).toMatchObject({ ok: false, command: 'inspect', exitCode: 2, error: { code } });
    expect(run.stderr.trim()).not.toBe('');
  });
});

describe('otvori scan', () => {
  it('finds the register personal and names the columns', async () => {
    const run = await cli.run(['scan', registerXlsx, '--json']);
    expect(run.code).toBe(0);
    const out = jsonOf('scan', run);
    expect(out['verdict']).toBe('personal-data');
    const personal = (out['columns'] as { name: string; personal: boolean }[])
      .filter((c) => c.personal)
      .map((c) => c.name);
    expect(personal).toEqual(
      expect.arrayContaining(['Prezime i ime', 'JMBG', 'Adresa', 'Telefon']),
    );
    expect(personal).not.toContain('Iznos pomoći');
  });

  it('calls a table without personal data clean', async () => {
    const clean = path.join(cli.dir, 'budzet.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      clean,
      'Program;Iznos;Godina\nŠkolstvo;1.234,50;2024\nKultura;980,00;2024\nSport;450,25;2024\n',
    );
    const run = await cli.run(['scan', clean, '--json']);
    expect(run.code).toBe(0);
    expect(jsonOf('scan', run)).toMatchObject({ verdict: 'clean', personalColumns: 0 });
  });

  it('speaks the user language on stderr and stdout', async () => {
    const cyrillic = await cli.run(['scan', registerXlsx], { OTVORI_LANG: 'sr-Cyrl' });
    expect(cyrillic.stdout).toContain('Оцена: personal-data');
    const english = await cli.run(['scan', registerXlsx], { OTVORI_LANG: '', LANG: 'en_US.UTF-8' });
    expect(english.stdout).toContain('Verdict: personal-data');
  });
});
