/**
 * `otvori anonymize`: the default cleaning and the suggested plan on the sample register; the
 * written file scans clean with `otvori scan`; a file without personal data gets an empty plan.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRegisterXlsx } from '../../../electron/backend/sample/write-register';
import { jsonOf, makeCliEnv, type CliEnv } from './cli-harness';

let cli: CliEnv;
let register: string;
const at = (name: string) => path.join(cli.dir, name);

beforeAll(() => {
  cli = makeCliEnv();
  register = at('registar.xlsx');
  writeRegisterXlsx(register, 200, 5);
});
afterAll(() => cli.close());

describe('otvori anonymize', () => {
  it('applies the suggested plan, prints plan and report, and the output scans clean', async () => {
    const run = await cli.run(['anonymize', register, '--out', 'javno.csv', '--json']);
    expect(run.code).toBe(0);
    const out = jsonOf('anonymize', run);
    const plan = out['plan'] as { column: string; action: string }[];
    const action = Object.fromEntries(plan.map((p) => [p.column, p.action]));
    expect(action).toMatchObject({ JMBG: 'drop', 'Prezime i ime': 'drop', Telefon: 'drop' });
    expect(action['Adresa']).toBe('generalize-settlement');
    const report = out['report'] as { found: unknown[]; open: unknown[]; removed: string[] };
    expect(report.open).toEqual([]);
    expect(report.removed).toEqual(expect.arrayContaining(['JMBG', 'Prezime i ime']));
    expect(String(out['note'])).not.toBe('');
    const csv = readFileSync(at('javno.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).not.toContain('JMBG');
    // No identifier value is left: no 13-digit JMBG, no mobile number.
    expect(csv).not.toMatch(/\b[0-9]{13}\b/);
    const rescan = await cli.run(['scan', at('javno.csv'), '--json']);
    expect(jsonOf('scan', rescan)['verdict']).toBe('clean');
  });

  it('keeps a table without personal data, with only the default cleaning', async () => {
    writeFileSync(at('budzet.csv'), 'Program;Iznos\n  Školstvo ;1.234,50\n;\nKultura;980,00\n');
    const run = await cli.run(['anonymize', at('budzet.csv'), '--out', 'budzet.json', '--json']);
    expect(run.code).toBe(0);
    const out = jsonOf('anonymize', run);
    expect(out['plan']).toEqual([]);
    const rows = JSON.parse(readFileSync(at('budzet.json'), 'utf8')) as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ program: 'Školstvo' });
  });

  it('prints the plan in the user language without --json', async () => {
    const run = await cli.run(['anonymize', register, '--out', 'javno.xlsx'], {
      OTVORI_LANG: 'sr-Latn',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Plan:');
    expect(run.stdout).toContain('drop (JMBG: jmbg)');
  });
});
