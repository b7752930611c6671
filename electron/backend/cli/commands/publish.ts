/**
 * `otvori publish PUBLICATION.json --file FILE [--portal URL] [--dry-run]`: runs an exported
 * publication on FILE the way the app publishes — the file read with the publication's source
 * options, its recipe run by the recipe service, its metadata saved and checked, the privacy gate
 * asked, then app:publish:run (the journaled Publisher: a re-run after a failure resumes and never
 * makes a second dataset or resource). The API key comes from OTVORI_API_KEY or the stored key,
 * never from an argument. --dry-run does all of it except what writes to the portal: the key is
 * verified (a read), nothing is created or uploaded.
 */
import { randomUUID } from 'node:crypto';
import { Ajv } from 'ajv';
import type { AppError } from '../../../../shared/contract';
import {
  PUBLICATION_FILE_SCHEMA,
  type PublicationFile,
} from '../../../../shared/publication/publication-file';
import type { GateStatus } from '../../../../shared/contract/channels/portal';
import { applyRecipeSteps } from '../apply-recipe-steps';
import { CliFailure } from '../cli-failure';
import type { CliSession } from '../cli-session';
import type { Command, CommandContext } from '../command';
import { EXIT } from '../exit-codes';
import { LocalRecords } from '../local-records';
import { checkMetadata, metadataFailure } from '../metadata-check';
import { openTable, readFailure, unexpected } from '../open-table';
import { readJsonFile } from '../read-json-file';
import { refuseFailedSteps, stepNeedingKey, stepsJson } from '../recipe-steps';
import { optionalString, requiredFile, requiredOption } from './common';

let validatePublication: ReturnType<Ajv['compile']> | null = null;

function parsePublication(data: unknown, file: string): PublicationFile {
  validatePublication ??= new Ajv({ allErrors: true, strict: false }).compile(
    PUBLICATION_FILE_SCHEMA,
  );
  if (!validatePublication(data)) {
    const issues = (validatePublication.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim())
      .join('; ');
    throw new CliFailure(EXIT.input, 'PUBLICATION_INVALID', 'input.publicationInvalid', {
      file,
      issues,
    });
  }
  return data as PublicationFile;
}

/** Exit 3 naming the columns the gate stops on (the publish check's answer). */
function gateFailure(gate: GateStatus): CliFailure {
  const blockers = gate.blockers.map((b) => ({ column: b.column, kinds: [...b.kinds] }));
  return new CliFailure(
    EXIT.privacy,
    'PRIVACY_GATE',
    'gate.refused',
    { columns: blockers.map((b) => `${b.column} (${b.kinds.join(', ')})`).join('; ') },
    { blockers },
  );
}

function portalFailure(error: AppError, step: string): CliFailure {
  const fields = error.details?.['fields'];
  return new CliFailure(
    EXIT.portal,
    error.code,
    'portal.error',
    { code: error.code, step, reason: error.message },
    {
      step,
      ...(typeof fields === 'string' && fields !== ''
        ? { fields: fields.split(',').map((f) => f.trim()) }
        : {}),
    },
  );
}

function portalUrlOf(context: CommandContext, publication: PublicationFile, session: CliSession) {
  const url =
    optionalString(context, 'portal') ??
    publication.target.portalUrl ??
    session.policy.values.portalUrl;
  if (!/^https?:\/\/[^\s/]+/.test(url)) {
    throw new CliFailure(EXIT.usage, 'USAGE', 'usage.portalUrl', { value: url });
  }
  return url.replace(/\/+$/, '');
}

export const publishCommand: Command = {
  name: 'publish',
  options: { file: { type: 'string' }, portal: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  positionals: 1,
  async run(context) {
    const { t, io } = context;
    const publicationPath = requiredFile(context, 'publish');
    const file = requiredOption(context, 'file');
    const dryRun = context.values['dry-run'] === true;
    const publication = parsePublication(
      readJsonFile(io.cwd, publicationPath).data,
      publicationPath,
    );
    const session = await context.session();
    const portalUrl = portalUrlOf(context, publication, session);

    // What can be refused without the network is refused first: metadata, keys, the gate.
    const verdict = await checkMetadata(session, publication.metadata);
    if (!verdict.valid) throw metadataFailure(t, verdict.issues);
    const apiKey = await session.secrets.get('portal-api-key');
    if (apiKey === null) {
      throw new CliFailure(EXIT.usage, 'API_KEY_MISSING', 'usage.apiKeyMissing', {
        portal: portalUrl,
      });
    }
    const keyed = stepNeedingKey(publication.recipe.steps);
    if (keyed !== null && (await session.secrets.get('pseudonym-key')) === null) {
      throw new CliFailure(EXIT.usage, 'PSEUDONYM_KEY_MISSING', 'usage.pseudonymKeyMissing', {
        step: keyed,
      });
    }

    const records = new LocalRecords(session.dataDir);
    try {
      records.ensurePublication(publication.id, publication.title);
      const publicationId = publication.id;
      const opened = await openTable(session, io.cwd, file, undefined, {
        publicationId,
        ...(publication.source === undefined ? {} : { options: publication.source }),
      });
      const workbookId = opened.summary.workbookId;
      if (publication.source !== undefined) {
        records.saveBinding(publicationId, publication.source, opened.fileName);
      }
      const recipe = await applyRecipeSteps(session, workbookId, publication.recipe, publicationId);
      refuseFailedSteps(recipe);
      const saved = await session.api.invoke('app:metadata:save', {
        publicationId,
        metadata: publication.metadata,
      });
      if (!saved.ok) throw unexpected(saved.error);
      // The coverage the table's dates suggest (for `period: auto`): asked with the table.
      const described = await session.api.invoke('app:metadata:get', { publicationId, workbookId });
      if (!described.ok) throw unexpected(described.error);
      // What the clerk decided to publish anyway, recorded again for this publication.
      for (const j of publication.policy.justifications ?? []) {
        const justified = await session.api.invoke('app:privacy:justify', {
          workbookId,
          column: j.column,
          kind: j.kind,
          text: j.text,
        });
        if (!justified.ok) throw unexpected(justified.error);
      }
      // The gate and the metadata as the publish step sees them, before anything leaves.
      const precheck = await session.api.invoke('app:publish:check', { workbookId, publicationId });
      if (!precheck.ok) throw unexpected(precheck.error);
      if (!precheck.value.gate.passed) throw gateFailure(precheck.value.gate);

      context.say(t('progress.publishing', { portal: portalUrl }));
      const connected = await session.api.invoke('app:portal:connect', { portalUrl, apiKey });
      if (!connected.ok) throw portalFailure(connected.error, 'connect');
      const check = await session.api.invoke('app:publish:check', { workbookId, publicationId });
      if (!check.ok) throw unexpected(check.error);
      if (!check.value.gate.passed) throw gateFailure(check.value.gate);
      if (check.value.issues.length > 0) throw metadataFailure(t, check.value.issues);
      const proposal = described.value.coverageProposal;
      const period =
        publication.policy.resources === 'replace'
          ? null
          : publication.policy.period !== undefined && publication.policy.period !== 'auto'
            ? publication.policy.period
            : (proposal?.end.slice(0, 7) ?? check.value.suggestedPeriod);
      const base = {
        dryRun,
        publication: publicationId,
        title: publication.title,
        file: opened.fileName,
        portal: portalUrl,
        resourcePolicy: publication.policy.resources,
        period,
        rowCount: check.value.rowCount,
        steps: stepsJson(recipe),
      };

      if (dryRun) {
        const last = check.value.last;
        context.print(
          { ...base, gate: { passed: true }, lastDatasetUrl: last?.datasetUrl ?? null },
          [t('publish.dryRun', { dataset: last?.datasetUrl ?? publication.metadata.title })],
        );
        return EXIT.ok;
      }

      let lastStep = '';
      const unsubscribe = session.api.subscribe('app:publish:progress', (p) => {
        const line = `  ${p.step}${p.file === null ? '' : ` (${p.file})`}`;
        // Upload progress repeats the step: one line per step is enough for a job log.
        if (line !== lastStep) context.say(line);
        lastStep = line;
      });
      const published = await session.api
        .invoke('app:publish:run', {
          workbookId,
          publicationId,
          jobId: randomUUID(),
          options: {
            keepPrivate: publication.policy.keepPrivate ?? false,
            resourcePolicy: publication.policy.resources,
            period,
          },
        })
        .finally(unsubscribe);
      if (!published.ok) {
        if (published.error.code.startsWith('PORTAL_') || published.error.code === 'PUBLISH_BUSY') {
          throw portalFailure(
            published.error,
            String(published.error.details?.['step'] ?? 'publish'),
          );
        }
        if (published.error.code.startsWith('FILE_')) throw readFailure(published.error, file);
        throw unexpected(published.error);
      }
      const result = published.value;
      if (result.kind === 'blocked') throw gateFailure(result.gate);
      if (result.kind === 'invalid') throw metadataFailure(t, result.issues);
      const entry = records.lastPublished(publicationId, result.portalUrl);
      context.print(
        {
          ...base,
          training: result.training,
          datasetId: entry?.datasetId ?? null,
          datasetUrl: result.datasetUrl,
          datasetAction: result.datasetAction,
          resourceId: entry?.resourceId ?? null,
          resumed: result.resumed,
          private: result.private,
          checksumSha1: result.checksumSha1,
          resources: result.links.map((l) => ({
            kind: l.kind,
            title: l.title,
            url: l.url,
            action: l.action,
          })),
        },
        [
          ...(result.resumed ? [t('publish.resumed', { attempt: entry?.attemptNo ?? 0 })] : []),
          t('publish.done', { url: result.datasetUrl }),
          t('publish.dataset', { id: entry?.datasetId ?? '', action: result.datasetAction }),
          ...result.links.map((l) =>
            t('publish.resource', {
              id: l.kind === 'data' ? (entry?.resourceId ?? l.title) : l.title,
              action: l.action,
              url: l.url,
            }),
          ),
        ],
      );
      return EXIT.ok;
    } finally {
      records.close();
    }
  },
};
