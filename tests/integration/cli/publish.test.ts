/**
 * `otvori publish` against the training portal started in this process, both profiles: a dry run
 * writes nothing; a publish prints the dataset and resource ids and links; a re-run and a re-run
 * after a failure mid-upload end with exactly one dataset and one data resource; the privacy gate
 * (exit 3), metadata (exit 4), the portal (exit 5) and a missing key (exit 1) stop it.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTrainingPortal,
  type TrainingPortal,
} from '../../../electron/backend/portal/training-portal/training-portal';
import { createBackend } from '../../../electron/backend/backend';
import { CliFilePort } from '../../../electron/backend/cli/cli-file-port';
import { createInProcessApi } from '../../../electron/backend/in-process-host';
import { writeRegisterXlsx } from '../../../electron/backend/sample/write-register';
import {
  PUBLICATION_FILE_KIND,
  type PublicationFile,
} from '../../../shared/publication/publication-file';
import { RECIPE_VERSION, type Step } from '../../../shared/recipe';
import { BUDGET_2024 } from '../../unit/metadata/example-metadata';
import { jsonOf, makeCliEnv, type CliEnv } from './cli-harness';

/** A month of the city budget's spending: no personal data, so the gate lets it through. */
function budgetCsv(month: number): string {
  const programs = ['Školstvo', 'Kultura', 'Sport', 'Socijalna zaštita', 'Komunalne usluge'];
  const lines = ['Program;Iznos;Datum'];
  for (let day = 1; day <= 28; day++) {
    const program = programs[day % programs.length]!;
    const amount = `${(day * 12_345) % 900_000}.${String(day).padStart(2, '0')},00`;
    lines.push(
      `${program};${amount};${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2026.`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

const CLEANING: Step[] = [
  { id: 's1', op: 'trim-whitespace', params: {}, enabled: true },
  { id: 's2', op: 'rename-column', column: 'Iznos', params: { to: 'iznos_rsd' }, enabled: true },
];

describe.each(['legacy', 'modern'] as const)(
  'otvori publish to the %s training portal',
  (profile) => {
    let cli: CliEnv;
    let portal: TrainingPortal;
    let register: string;
    let budget: string;
    let env: Record<string, string>;

    function publicationFile(name: string, extra: Partial<PublicationFile> = {}): string {
      const publication: PublicationFile = {
        kind: PUBLICATION_FILE_KIND,
        version: 1,
        id: randomUUID(),
        title: 'Izvršenje budžeta po programima',
        recipe: { version: RECIPE_VERSION, steps: CLEANING },
        metadata: {
          ...BUDGET_2024,
          title: `Извршење буџета по програмима (${profile})`,
          organization: { id: portal.ids.orgs['pancevo']!.id, name: 'Град Панчево' },
          frequency: 'monthly',
          dictionary: [],
        },
        target: { portalUrl: portal.url },
        policy:
          profile === 'legacy'
            ? { resources: 'replace' }
            : { resources: 'per-period', period: '2026-10' },
        ...extra,
      };
      const file = path.join(cli.dir, name);
      writeFileSync(file, JSON.stringify(publication, null, 2));
      return file;
    }

    const datasetsOf = (title: string) =>
      portal.datasets().filter((d) => d.deleted === null && d.title === title);

    beforeAll(async () => {
      cli = makeCliEnv();
      portal = await startTrainingPortal({ profile, dataDir: path.join(cli.dir, 'portal') });
      register = path.join(cli.dir, 'registar.xlsx');
      writeRegisterXlsx(register, 120, 21);
      budget = path.join(cli.dir, 'budzet-2026-10.csv');
      writeFileSync(budget, budgetCsv(10));
      env = { OTVORI_API_KEY: portal.apiKey };
    });
    afterAll(async () => {
      await portal.close();
      cli.close();
    });

    it('does everything but write on --dry-run', async () => {
      const file = publicationFile('dry.json');
      const run = await cli.run(['publish', file, '--file', budget, '--dry-run', '--json'], env);
      expect(run.code).toBe(0);
      expect(jsonOf('publish', run)).toMatchObject({
        ok: true,
        dryRun: true,
        gate: { passed: true },
      });
      expect(portal.datasets()).toHaveLength(0);
    });

    it('publishes, prints ids and links, and a re-run changes nothing', async () => {
      const file = publicationFile('monthly.json');
      const first = await cli.run(['publish', file, '--file', budget, '--json'], env);
      expect(first.code, first.stderr).toBe(0);
      const out = jsonOf('publish', first);
      const [dataset] = datasetsOf(`Извршење буџета по програмима (${profile})`);
      expect(out).toMatchObject({
        dryRun: false,
        datasetId: dataset!.id,
        datasetAction: 'created',
      });
      const main = dataset!.resources.filter((r) => r.type === 'main');
      expect(main).toHaveLength(1);
      expect(out['resourceId']).toBe(main[0]!.id);

      const again = await cli.run(['publish', file, '--file', budget, '--json'], env);
      expect(again.code, again.stderr).toBe(0);
      expect(jsonOf('publish', again)).toMatchObject({
        datasetId: dataset!.id,
        datasetAction: 'found',
      });
      const after = datasetsOf(`Извршење буџета по програмима (${profile})`);
      expect(after).toHaveLength(1);
      expect(after[0]!.resources.filter((r) => r.type === 'main')).toHaveLength(1);
    });

    it('resumes after a failure during the upload without a second dataset or resource', async () => {
      const title = `Извршење буџета — наставак (${profile})`;
      const file = publicationFile('resume.json');
      const content = JSON.parse(readFileSync(file, 'utf8')) as PublicationFile;
      writeFileSync(file, JSON.stringify({ ...content, metadata: { ...content.metadata, title } }));
      // The upload reaches the portal, the answer is lost.
      portal.faults.add({ method: 'POST', path: /\/upload\/$/, action: { kind: 'drop-after' } });
      const failed = await cli.run(['publish', file, '--file', budget, '--json'], env);
      expect(failed.code).toBe(5);
      expect(jsonOf('publish', failed)).toMatchObject({ ok: false, exitCode: 5 });
      const resumed = await cli.run(['publish', file, '--file', budget, '--json'], env);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(jsonOf('publish', resumed)).toMatchObject({ resumed: true });
      const datasets = datasetsOf(title);
      expect(datasets).toHaveLength(1);
      expect(datasets[0]!.resources.filter((r) => r.type === 'main')).toHaveLength(1);
    });

    it('is refused by the privacy gate on a register without privacy steps (exit 3)', async () => {
      const file = publicationFile('raw.json', { recipe: { version: RECIPE_VERSION, steps: [] } });
      const before = portal.datasets().length;
      const run = await cli.run(['publish', file, '--file', register, '--json'], env);
      expect(run.code).toBe(3);
      const out = jsonOf('publish', run);
      expect(out['blockers']).toEqual(
        expect.arrayContaining([expect.objectContaining({ column: 'JMBG' })]),
      );
      expect(portal.datasets()).toHaveLength(before);
    });

    it('publishes the register with its privacy steps and the justification the clerk recorded', async () => {
      const title = `Регистар помоћи по насељима (${profile})`;
      const file = publicationFile('register.json', {
        source: { sheetName: 'Korisnici' },
        recipe: {
          version: RECIPE_VERSION,
          steps: ['Prezime i ime', 'JMBG', 'Adresa', 'Telefon'].map((column, i) => ({
            id: `p${i + 1}`,
            op: 'drop-column',
            column,
            params: {},
            enabled: true,
          })),
        },
      });
      const content = JSON.parse(readFileSync(file, 'utf8')) as PublicationFile;
      const withoutReason = { ...content, metadata: { ...content.metadata, title } };
      writeFileSync(file, JSON.stringify(withoutReason));
      // The notes mention street names (an address finding): refused until the clerk's reason is in.
      const refused = await cli.run(['publish', file, '--file', register, '--json'], env);
      expect(refused.code).toBe(3);
      expect(jsonOf('publish', refused)['blockers']).toEqual([
        expect.objectContaining({ column: 'Napomena' }),
      ]);
      writeFileSync(
        file,
        JSON.stringify({
          ...withoutReason,
          policy: {
            ...withoutReason.policy,
            justifications: [
              {
                column: 'Napomena',
                kind: 'address',
                text: 'Napomene navode samo ustanove, ne stanove.',
              },
            ],
          },
        }),
      );
      const published = await cli.run(['publish', file, '--file', register, '--json'], env);
      expect(published.code, published.stderr).toBe(0);
      expect(datasetsOf(title)).toHaveLength(1);

      // The app exports what is stored for the publication; that file publishes onto the same dataset.
      const exported = path.join(cli.dir, `exported-${profile}.publication.json`);
      const files = new CliFilePort();
      files.saveNextTo(exported);
      const backend = await createBackend({
        host: { kind: 'test', version: '0.0.0', dataDir: cli.env['OTVORI_DATA_DIR']! },
        files,
      });
      try {
        const result = await createInProcessApi(backend).invoke('app:publication:export', {
          publicationId: withoutReason.id,
        });
        expect(result).toMatchObject({ ok: true, value: { outcome: { kind: 'saved' } } });
      } finally {
        await backend.close();
      }
      const again = JSON.parse(readFileSync(exported, 'utf8')) as PublicationFile;
      expect(again.id).toBe(withoutReason.id);
      expect(again.source).toEqual({ sheetName: 'Korisnici' });
      // The Describe step's dictionary was filled from the published table's columns.
      expect({ ...again.metadata, dictionary: [] }).toEqual(withoutReason.metadata);
      expect(again.metadata.dictionary.map((d) => d.name)).not.toContain('JMBG');
      expect(again.policy.justifications?.map((j) => [j.column, j.kind])).toEqual([
        ['Napomena', 'address'],
      ]);
      expect(again.recipe.steps.map((step) => step.column)).toEqual([
        'Prezime i ime',
        'JMBG',
        'Adresa',
        'Telefon',
      ]);
      const republished = await cli.run(
        ['publish', exported, '--file', register, '--portal', portal.url, '--json'],
        env,
      );
      expect(republished.code, republished.stderr).toBe(0);
      expect(jsonOf('publish', republished)).toMatchObject({ datasetAction: 'found' });
      expect(datasetsOf(title)).toHaveLength(1);
    });

    it('stops on invalid metadata (exit 4), a refused key (exit 5) and a missing key (exit 1)', async () => {
      const file = publicationFile('ok.json');
      const bad = publicationFile('bad.json');
      const content = JSON.parse(readFileSync(bad, 'utf8')) as PublicationFile;
      writeFileSync(
        bad,
        JSON.stringify({ ...content, metadata: { ...content.metadata, license: '' } }),
      );
      const invalid = await cli.run(['publish', bad, '--file', budget, '--json'], env);
      expect(invalid.code).toBe(4);
      expect(jsonOf('publish', invalid)['errors']).toEqual([
        expect.objectContaining({ field: 'license' }),
      ]);
      const refused = await cli.run(['publish', file, '--file', budget, '--json'], {
        OTVORI_API_KEY: 'pogresan-kljuc',
      });
      expect(refused.code).toBe(5);
      expect(jsonOf('publish', refused)).toMatchObject({ error: { code: 'PORTAL_KEY_INVALID' } });
      const missing = await cli.run(['publish', file, '--file', budget, '--json']);
      expect(missing.code).toBe(1);
      expect(jsonOf('publish', missing)).toMatchObject({ error: { code: 'API_KEY_MISSING' } });
    });
  },
);
