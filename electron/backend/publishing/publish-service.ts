/**
 * Publishing one publication (issue 7 §2): the privacy gate → metadata validation → the current
 * table written as CSV to a temp file → the Publisher (journaled, resumable) → the column
 * dictionary as documentation resources → the register entry. Refusals the clerk can fix come
 * back as values ('blocked', 'invalid'); portal failures as error codes with the fields to fix.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fail, ok, type ErrorCode, type Result } from '../../../shared/contract';
import type {
  GateStatus,
  PublishCheck,
  PublishOptions,
  PublishProgress,
  PublishResult,
  PublishStepName,
} from '../../../shared/contract/channels/portal';
import { writeCsv } from '../../../shared/export/csv';
import { dictionaryCsvText, tableSchemaJson } from '../../../shared/metadata/dictionary-export';
import { toUdataDataset, toUdataResource } from '../../../shared/metadata/to-udata';
import type { MetadataIssue, PublicationMetadata } from '../../../shared/metadata/types';
import { udataSlug } from '../../../shared/metadata/udata-slug';
import type { Db } from '../db/database';
import type { MetadataRepo } from '../db/metadata-repo';
import type { ReferenceListsRepo } from '../db/reference-lists-repo';
import type { MetadataValidator } from '../metadata/metadata-validator';
import {
  Publisher,
  PublishJournalRepo,
  type DatasetPayload,
  type PublishErrorCode,
  type PublishProgress as PublisherProgress,
} from '../portal';
import type { PublicationGate } from '../privacy/publication-gate';
import type { OpenWorkbook } from '../workbook/workbook-store';
import type { ActivePortal, PortalConnection } from './portal-connection';

export interface PublishServiceDeps {
  readonly db: Db;
  readonly connection: PortalConnection;
  readonly gate: PublicationGate;
  readonly metadata: MetadataRepo;
  readonly lists: ReferenceListsRepo;
  readonly validator: MetadataValidator;
  readonly tables: { get(workbookId: string): OpenWorkbook | undefined };
  /** The recipe's version for the register; null until the recipe module provides one. */
  readonly recipeVersion?: (publicationId: string) => string | null;
  /** After a successful publish: the recipe module keeps this table as "last time's" baseline. */
  readonly onPublished?: (workbookId: string) => void;
  readonly actor?: string;
  readonly now?: () => Date;
}

/** Monthly or more often: a new resource per period keeps the history; else the file is replaced. */
export const PER_PERIOD_FREQUENCIES: ReadonlySet<string> = new Set([
  'monthly',
  'semimonthly',
  'threeTimesAMonth',
  'biweekly',
  'weekly',
  'semiweekly',
  'threeTimesAWeek',
  'daily',
]);

const PROGRESS_INTERVAL_MS = 150;

/** The client's names for refused fields (portal/client/field-map.ts) → the Describe form's ids. */
const FORM_FIELD: Readonly<Record<string, string>> = {
  organization: 'organization.id',
  temporalCoverage: 'temporalCoverage.start',
  resourceTitle: 'resource.title',
  resourceDescription: 'resource.description',
  summary: 'description',
  acronym: 'title',
  nextUpdate: 'frequency',
  extras: 'contact.email',
};

export function formField(field: string): string {
  return FORM_FIELD[field] ?? field;
}

function publisherCode(code: PublishErrorCode): ErrorCode {
  switch (code) {
    case 'PUBLISH_INVALID_REQUEST':
      return 'INVALID_REQUEST';
    case 'PUBLISH_FILE_UNREADABLE':
      return 'FILE_UNREADABLE';
    case 'PORTAL_CANCELLED':
      return 'CANCELLED';
    default:
      return code;
  }
}

function toPayload(metadata: PublicationMetadata, keepPrivate: boolean): DatasetPayload {
  const body = toUdataDataset(metadata, { private: keepPrivate });
  return {
    title: body.title,
    description: body.description,
    organizationId: body.organization ?? '',
    license: body.license,
    frequency: body.frequency,
    temporalCoverage: body.temporal_coverage,
    tags: body.tags,
    private: keepPrivate,
    spatialGranularity: body.spatial?.granularity ?? null,
    extras: body.extras,
  };
}

function monthOf(date: string): string | null {
  return /^\d{4}-\d{2}/.exec(date)?.[0] ?? null;
}

export class PublishService {
  private readonly journal: PublishJournalRepo;

  constructor(private readonly deps: PublishServiceDeps) {
    this.journal = new PublishJournalRepo(deps.db, deps.now);
  }

  private loadMetadata(publicationId: string): PublicationMetadata | null {
    const stored = this.deps.metadata.get(publicationId);
    return stored !== null && this.deps.validator.isMetadataDraft(stored.body) ? stored.body : null;
  }

  /** The portal's rules, and the organization must be one the account may publish for. */
  private issues(metadata: PublicationMetadata, active: ActivePortal | null): MetadataIssue[] {
    const issues = this.deps.validator.check(metadata, this.deps.lists.all());
    const orgId = metadata.organization.id;
    if (
      active !== null &&
      orgId !== '' &&
      !issues.some((i) => i.field.startsWith('organization')) &&
      !active.organizations.some((org) => org.id === orgId && org.allowed)
    ) {
      issues.push({ field: 'organization.id', code: 'invalidOrganization', params: {} });
    }
    return issues;
  }

  private async gate(workbookId: string): Promise<GateStatus> {
    const check = await this.deps.gate.check(workbookId);
    return {
      passed: check.passed,
      blockers: check.blockers.map((b) => ({ column: b.column, kinds: [...b.kinds] })),
      reportSummary: check.reportSummary,
    };
  }

  async check(workbookId: string, publicationId: string): Promise<Result<PublishCheck>> {
    const entry = this.deps.tables.get(workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Unknown workbook');
    const metadata = this.loadMetadata(publicationId);
    if (metadata === null) return fail('NOT_FOUND', 'No metadata for this publication');
    const active = await this.deps.connection.active();
    const last =
      active === null
        ? undefined
        : this.journal.listRegister({
            publicationId,
            portalUrl: active.portalUrl,
            result: 'succeeded',
            includeTraining: active.training,
            limit: 1,
          })[0];
    const today = (this.deps.now?.() ?? new Date()).toISOString();
    return ok({
      status: await this.deps.connection.status(),
      gate: await this.gate(workbookId),
      issues: this.issues(metadata, active),
      rowCount: entry.table.rowCount,
      columnCount: entry.table.columns.length,
      last:
        last === undefined
          ? null
          : {
              at: last.finishedAt ?? last.startedAt,
              period: last.period,
              datasetUrl: last.datasetUrl,
            },
      suggestedPolicy: PER_PERIOD_FREQUENCIES.has(metadata.frequency) ? 'per-period' : 'replace',
      suggestedPeriod:
        monthOf(metadata.temporalCoverage.end) ?? monthOf(today) ?? today.slice(0, 7),
    });
  }

  async publish(
    request: {
      workbookId: string;
      publicationId: string;
      jobId: string;
      options: PublishOptions;
    },
    signal: AbortSignal,
    emit: (progress: PublishProgress) => void,
  ): Promise<Result<PublishResult>> {
    const { workbookId, publicationId, jobId, options } = request;
    const entry = this.deps.tables.get(workbookId);
    if (entry === undefined) return fail('NOT_FOUND', 'Unknown workbook');
    const metadata = this.loadMetadata(publicationId);
    if (metadata === null) return fail('NOT_FOUND', 'No metadata for this publication');
    if (options.resourcePolicy === 'per-period' && options.period === null)
      return fail('INVALID_REQUEST', 'per-period needs a period');
    const active = await this.deps.connection.active();
    if (active === null) return fail('PORTAL_NOT_CONNECTED', 'Connect to a portal first');
    emit({ jobId, step: 'prepare', file: null, sentBytes: 0, totalBytes: 0 });

    // The gate first: nothing leaves the machine while personal data is unhandled.
    const gate = await this.gate(workbookId);
    if (!gate.passed) return ok({ kind: 'blocked', gate });
    const issues = this.issues(metadata, active);
    if (issues.length > 0) return ok({ kind: 'invalid', issues });

    const dir = await mkdtemp(path.join(os.tmpdir(), 'otvori-publish-'));
    try {
      // ASCII, one dot (udata-api.md §9.1, pitfalls 6–7); the period keeps monthly files apart.
      const base = udataSlug(metadata.title) || 'otvori';
      const dataName =
        options.resourcePolicy === 'per-period' && options.period !== null
          ? `${base}-${udataSlug(options.period)}.csv`
          : `${base}.csv`;
      const dataPath = path.join(dir, dataName);
      await writeFile(dataPath, writeCsv(entry.table, { bom: true }));
      const dictCsv = path.join(dir, `${base}-recnik-podataka.csv`);
      await writeFile(dictCsv, dictionaryCsvText(metadata.dictionary, { bom: true }), 'utf8');
      const dictSchema = path.join(dir, `${base}-tableschema.json`);
      await writeFile(dictSchema, tableSchemaJson(metadata.dictionary), 'utf8');
      const data = toUdataResource(metadata, 'data');
      const dictCsvMeta = toUdataResource(metadata, 'dictionary-csv');
      const dictSchemaMeta = toUdataResource(metadata, 'table-schema');

      const mainTitle =
        options.resourcePolicy === 'per-period' && options.period !== null
          ? `${data.title} — ${options.period}`
          : data.title;

      let lastEmit = 0;
      const onProgress = (progress: PublisherProgress) => {
        const uploading = progress.sentBytes !== undefined;
        const at = Date.now();
        const finished = progress.sentBytes === progress.totalBytes;
        if (uploading && !finished && at - lastEmit < PROGRESS_INTERVAL_MS) return;
        lastEmit = at;
        emit({
          jobId,
          step: progress.step as PublishStepName,
          file: progress.key.startsWith('dictionary') ? 'dictionary' : 'data',
          sentBytes: progress.sentBytes ?? 0,
          totalBytes: progress.totalBytes ?? 0,
        });
      };

      const publisher = new Publisher({
        db: this.deps.db,
        client: active.client,
        training: active.training,
        ...(this.deps.actor === undefined ? {} : { actor: this.deps.actor }),
        ...(this.deps.now === undefined ? {} : { now: this.deps.now }),
      });
      const outcome = await publisher.publish({
        publicationId,
        datasetPayload: toPayload(metadata, options.keepPrivate),
        file: { path: dataPath, name: dataName },
        resourcePolicy: options.resourcePolicy,
        ...(options.period === null ? {} : { period: options.period }),
        resourceTitle: mainTitle,
        resourceDescription: data.description,
        dictionaryFiles: [
          {
            path: dictCsv,
            name: path.basename(dictCsv),
            title: dictCsvMeta.title,
            description: dictCsvMeta.description,
          },
          {
            path: dictSchema,
            name: path.basename(dictSchema),
            title: dictSchemaMeta.title,
            description: dictSchemaMeta.description,
          },
        ],
        rowCount: entry.table.rowCount,
        recipeVersion: this.deps.recipeVersion?.(publicationId) ?? null,
        anonymizationSummary: gate.reportSummary,
        signal,
        onProgress,
      });
      if (!outcome.ok) {
        const { error } = outcome;
        const details: Record<string, string> = {};
        if (error.fields !== undefined)
          details['fields'] = [...new Set(error.fields.map(formField))].join(',');
        if (error.step !== null) details['step'] = error.step;
        return fail(publisherCode(error.code), error.message, details);
      }
      const value = outcome.value;
      this.deps.onPublished?.(workbookId);
      const titles = [dictCsvMeta.title, dictSchemaMeta.title];
      return ok({
        kind: 'published',
        portalUrl: active.portalUrl,
        training: active.training,
        datasetUrl: value.datasetPage,
        datasetAction: value.datasetAction,
        resumed: value.resumed,
        links: [
          {
            kind: 'data',
            title: mainTitle,
            url: value.resource.latest ?? value.resource.url,
            action: value.resource.action,
          },
          ...value.dictionaries.map((d, i) => ({
            kind: 'dictionary' as const,
            title: titles[i] ?? d.key,
            url: d.latest ?? d.url,
            action: d.action,
          })),
        ],
        rowCount: entry.table.rowCount,
        checksumSha1: value.resource.checksumSha1,
        private: options.keepPrivate,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
