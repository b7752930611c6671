/**
 * `otvori run`: the sample register's cleaning recipe (exported as the app exports it) replayed on
 * the generated register, written as CSV, XLSX and JSON; a recipe that does not fit the file and a
 * broken recipe stop with exit 2 and write nothing; a pseudonymize step needs the city's key.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER_CLEANING_RECIPE } from '../../../electron/backend/sample/register-recipe';
import { writeRegisterXlsx } from '../../../electron/backend/sample/write-register';
import { exportRecipe, RECIPE_VERSION, type Recipe } from '../../../shared/recipe';
import { jsonOf, makeCliEnv, type CliEnv } from './cli-harness';

let cli: CliEnv;
let register: string;
let recipeFile: string;
const at = (name: string) => path.join(cli.dir, name);

beforeAll(() => {
  cli = makeCliEnv();
  register = at('registar.xlsx');
  writeRegisterXlsx(register, 150, 11);
  recipeFile = at('recept.json');
  writeFileSync(recipeFile, exportRecipe(REGISTER_CLEANING_RECIPE));
});
afterAll(() => cli.close());

const withSteps = (...steps: Recipe['steps']) => exportRecipe({ version: RECIPE_VERSION, steps });

describe('otvori run', () => {
  it('applies the recipe and writes CSV', async () => {
    const run = await cli.run([
      'run',
      register,
      '--recipe',
      recipeFile,
      '--out',
      'out.csv',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const out = jsonOf('run', run);
    expect(out).toMatchObject({ format: 'csv', rowsBefore: 150, recipe: 'recept.json' });
    const steps = out['steps'] as { op: string; status: string }[];
    expect(steps.map((s) => s.op)).toEqual(REGISTER_CLEANING_RECIPE.steps.map((s) => s.op));
    expect(steps.every((s) => s.status === 'applied')).toBe(true);
    const csv = readFileSync(at('out.csv'), 'utf8');
    const header = csv.split('\r\n')[0] ?? '';
    // The recipe renamed "Iznos pomoći" to a machine name and transliterated names to Latin.
    expect(header).toContain('iznos_pomoci');
    expect(header).not.toContain('Iznos pomoći');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.trimEnd().split('\r\n')).toHaveLength((out['rowCount'] as number) + 1);
  });

  it('writes the same table as JSON and XLSX', async () => {
    const json = await cli.run([
      'run',
      register,
      '--recipe',
      recipeFile,
      '--out',
      'out.json',
      '--json',
    ]);
    expect(json.code).toBe(0);
    const rows = JSON.parse(readFileSync(at('out.json'), 'utf8')) as Record<string, unknown>[];
    expect(rows).toHaveLength(jsonOf('run', json)['rowCount'] as number);
    expect(typeof rows[0]?.['iznos_pomoci']).toBe('number');
    const xlsx = await cli.run(['run', register, '--recipe', recipeFile, '--out', 'out.xlsx']);
    expect(xlsx.code).toBe(0);
    const book = XLSX.read(readFileSync(at('out.xlsx')));
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(aoa).toHaveLength(rows.length + 1);
    expect(aoa[0]).toContain('iznos_pomoci');
  });

  it('exits 2 and writes nothing when a column the recipe needs is missing', async () => {
    writeFileSync(
      at('wrong.json'),
      withSteps({
        id: 's1',
        op: 'trim-whitespace',
        column: 'Broj lične karte',
        params: {},
        enabled: true,
      }),
    );
    const run = await cli.run([
      'run',
      register,
      '--recipe',
      'wrong.json',
      '--out',
      'no.csv',
      '--json',
    ]);
    expect(run.code).toBe(2);
    expect(jsonOf('run', run)).toMatchObject({ error: { code: 'RECIPE_COLUMNS_MISSING' } });
    expect(run.stderr).toContain('Broj lične karte');
    expect(existsSync(at('no.csv'))).toBe(false);
  });

  it('exits 2 for a recipe that is not valid, naming the step', async () => {
    writeFileSync(
      at('bad.json'),
      JSON.stringify({
        kind: 'otvori-recipe',
        recipe: { version: 1, steps: [{ id: 'x', op: 'explode', params: {}, enabled: true }] },
      }),
    );
    const run = await cli.run([
      'run',
      register,
      '--recipe',
      'bad.json',
      '--out',
      'no.csv',
      '--json',
    ]);
    expect(run.code).toBe(2);
    expect(jsonOf('run', run)).toMatchObject({ error: { code: 'RECIPE_INVALID' } });
    expect(existsSync(at('no.csv'))).toBe(false);
  });

  it('exits 1 for an OUT it cannot write as and for missing options', async () => {
    expect(
      (await cli.run(['run', register, '--recipe', recipeFile, '--out', 'out.pdf'])).code,
    ).toBe(1);
    expect((await cli.run(['run', register, '--out', 'out.csv'])).code).toBe(1);
    expect((await cli.run(['run', register, '--recipe', recipeFile])).code).toBe(1);
  });

  it('exits 2 when OUT cannot be written, with the reason', async () => {
    const run = await cli.run([
      'run',
      register,
      '--recipe',
      recipeFile,
      '--out',
      at('nema-folder/out.csv'),
      '--json',
    ]);
    expect(run.code).toBe(2);
    expect(jsonOf('run', run)).toMatchObject({ error: { code: 'WRITE_FAILED' } });
    expect(run.stderr).toContain('ENOENT');
  });
  it('pseudonymizes only with the city key, and the same key gives the same pseudonyms', async () => {
    writeFileSync(
      at('pseudo.json'),
      withSteps({ id: 's1', op: 'pseudonymize', column: 'JMBG', params: {}, enabled: true }),
    );
    const without = await cli.run([
      'run',
      register,
      '--recipe',
      'pseudo.json',
      '--out',
      'p.csv',
      '--json',
    ]);
    expect(without.code).toBe(1);
    expect(jsonOf('run', without)).toMatchObject({ error: { code: 'PSEUDONYM_KEY_MISSING' } });
    expect(without.stderr).toContain('OTVORI_PSEUDONYM_KEY');
    const key = { OTVORI_PSEUDONYM_KEY: 'a'.repeat(64) };
    expect(
      (await cli.run(['run', register, '--recipe', 'pseudo.json', '--out', 'p1.csv'], key)).code,
    ).toBe(0);
    expect(
      (await cli.run(['run', register, '--recipe', 'pseudo.json', '--out', 'p2.csv'], key)).code,
    ).toBe(0);
    const first = readFileSync(at('p1.csv'), 'utf8');
    expect(first).toBe(readFileSync(at('p2.csv'), 'utf8'));
    expect(first).not.toMatch(/\b[0-9]{13}\b/);
  });
});
