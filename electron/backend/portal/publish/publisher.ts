/**
 * Publishing one publication to a uData portal as a journal of steps (architecture.md §7):
 * ensure dataset → upload resource(s) → set resource metadata → verify SHA-1 → set dataset
 * metadata (GET-modify-PUT) → verify dataset. Every remote step is journaled before and after it
 * runs; a new attempt finds what already exists (recorded ids, then markers via
 * `/me/org_datasets/`, then the checksum of the file) and never creates a second dataset or
 * resource (udata-api.md §12.3, pitfall 3).
 */
import type { Db } from '../../db/database';
import { currentActor } from '../../db/audit-log';
import { asciiFileName, sha1OfFile } from '../client/files';
import { PortalError, type PortalErrorCode } from '../client/portal-error';
import type { DatasetPayload, PortalDataset, PortalResource } from '../client/portal-types';
import type { UdataClient } from '../client/udata-client';
import {
  datasetMarker,
  hasAnyMarker,
  isOurDataset,
  resourceMarker,
  resourceMatches,
} from './markers';
import { PublishJournalRepo, type ResourcePolicy, type ResourceRole } from './publish-journal-repo';

export interface PublishFile {
  readonly path: string;
  /** The clerk's name for it; sent as an ASCII, one-dot name. */
  readonly name: string;
}

export interface DictionaryFile extends PublishFile {
  readonly title?: string;
  readonly description?: string;
}

export type PublishStep =
  | 'ensure_dataset'
  | 'create_dataset'
  | 'upload_resource'
  | 'set_resource_metadata'
  | 'verify_resource'
  | 'update_dataset'
  | 'verify_dataset';

export interface PublishProgress {
  readonly step: PublishStep;
  readonly key: string;
  /** Upload progress of the current file, when uploading. */
  readonly sentBytes?: number;
  readonly totalBytes?: number;
}

export interface PublishRequest {
  readonly publicationId: string;
  /** Metadata from the metadata form (validated there); `private` is the final visibility. */
  readonly datasetPayload: DatasetPayload;
  readonly file: PublishFile;
  readonly resourcePolicy: ResourcePolicy;
  /** Required with 'per-period', e.g. "2026-10". */
  readonly period?: string;
  /** Column dictionaries, uploaded as `documentation` resources (issue 7 §2). */
  readonly dictionaryFiles?: readonly DictionaryFile[];
  readonly resourceTitle?: string;
  readonly resourceDescription?: string;
  readonly rowCount?: number | null;
  readonly recipeVersion?: string | null;
  readonly anonymizationSummary?: string | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: PublishProgress) => void;
}

export interface PublishedResource {
  readonly role: ResourceRole;
  readonly key: string;
  readonly resourceId: string;
  readonly url: string;
  readonly latest: string | null;
  readonly checksumSha1: string;
  /** 'uploaded', 'replaced', or 'unchanged' when the portal already held these exact bytes. */
  readonly action: 'uploaded' | 'replaced' | 'unchanged';
}

export interface PublishSuccess {
  readonly attemptId: string;
  readonly attemptNo: number;
  readonly resumed: boolean;
  readonly datasetId: string;
  readonly datasetPage: string;
  readonly datasetAction: 'created' | 'found' | 'adopted';
  readonly resource: PublishedResource;
  readonly dictionaries: readonly PublishedResource[];
}

/**
 * PORTAL_* from the client, plus: another publish of the same publication is running; the request
 * is incomplete or names an unknown publication; a local file could not be read.
 */
export type PublishErrorCode =
  PortalErrorCode | 'PUBLISH_BUSY' | 'PUBLISH_INVALID_REQUEST' | 'PUBLISH_FILE_UNREADABLE';

export interface PublishFailure {
  readonly code: PublishErrorCode;
  readonly message: string;
  readonly step: PublishStep | null;
  readonly attemptId: string | null;
  readonly fields?: readonly string[];
}

export type PublishOutcome =
  | { readonly ok: true; readonly value: PublishSuccess }
  | { readonly ok: false; readonly error: PublishFailure };

export interface PublisherDeps {
  readonly db: Db;
  readonly client: UdataClient;
  /** Set when the client talks to the training portal: such attempts are kept off the real register. */
  readonly training?: boolean;
  readonly actor?: string;
  readonly now?: () => Date;
  /**
   * Test seam: runs right after a remote step succeeded and before the result is recorded
   * locally. Throwing here is exactly a crash between "the portal did it" and "we wrote it down".
   */
  readonly afterRemote?: (step: PublishStep, key: string) => void;
}

const PERIOD = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

/** One publish at a time per publication and portal, in this process. */
const running = new Set<string>();

class StepFailure extends Error {
  constructor(
    readonly step: PublishStep,
    readonly reason: unknown,
  ) {
    super(`step ${step} failed`);
  }
}

export class Publisher {
  private readonly repo: PublishJournalRepo;

  constructor(private readonly deps: PublisherDeps) {
    this.repo = new PublishJournalRepo(deps.db, deps.now);
  }

  get journal(): PublishJournalRepo {
    return this.repo;
  }

  async publish(request: PublishRequest): Promise<PublishOutcome> {
    const invalid = validate(request);
    if (invalid !== null) {
      return {
        ok: false,
        error: { code: 'PUBLISH_INVALID_REQUEST', message: invalid, step: null, attemptId: null },
      };
    }
    const known = this.deps.db
      .prepare('SELECT 1 FROM publications WHERE id = ?')
      .get(request.publicationId);
    if (known === undefined) {
      return {
        ok: false,
        error: {
          code: 'PUBLISH_INVALID_REQUEST',
          message: 'unknown publication',
          step: null,
          attemptId: null,
        },
      };
    }
    const portalUrl = this.deps.client.baseUrl;
    const lock = `${request.publicationId}\u0000${portalUrl}`;
    if (running.has(lock)) {
      return {
        ok: false,
        error: { code: 'PUBLISH_BUSY', message: 'already publishing', step: null, attemptId: null },
      };
    }
    running.add(lock);
    let attemptId: string | null = null;
    try {
      const attempt = this.repo.startAttempt({
        publicationId: request.publicationId,
        portalUrl,
        profile: null,
        training: this.deps.training ?? false,
        actor: this.deps.actor ?? currentActor(),
        resourcePolicy: request.resourcePolicy,
        period: request.period ?? null,
        fileName: asciiFileName(request.file.name),
        rowCount: request.rowCount ?? null,
        recipeVersion: request.recipeVersion ?? null,
        anonymizationSummary: request.anonymizationSummary ?? null,
      });
      attemptId = attempt.id;
      // Every attempt is on the register, even one that cannot reach the portal at all.
      const profile = await this.deps.client.profile(request.signal);
      this.repo.setAttemptProfile(attempt.id, profile);
      const run = new PublishRun(
        this.repo,
        this.deps,
        request,
        attempt.id,
        portalUrl,
        profile === 'legacy',
      );
      const value = await run.execute();
      this.repo.finishAttempt(attempt.id, {
        result: 'succeeded',
        datasetId: value.datasetId,
        datasetUrl: value.datasetPage,
        resourceId: value.resource.resourceId,
        resourceUrl: value.resource.latest ?? value.resource.url,
        checksumSha1: value.resource.checksumSha1,
      });
      return {
        ok: true,
        value: {
          ...value,
          attemptId: attempt.id,
          attemptNo: attempt.attemptNo,
          resumed: attempt.resumed,
        },
      };
    } catch (error) {
      const step = error instanceof StepFailure ? error.step : null;
      const cause = error instanceof StepFailure ? error.reason : error;
      const portal = cause instanceof PortalError ? cause : null;
      const code = errorCode(portal, cause, request.signal);
      if (attemptId !== null) {
        this.repo.finishAttempt(attemptId, {
          result: code === 'PORTAL_CANCELLED' ? 'cancelled' : 'failed',
          errorCode: code,
        });
      }
      return {
        ok: false,
        error: {
          code,
          message: cause instanceof Error ? cause.message : String(cause),
          step,
          attemptId,
          ...(portal?.details.fields === undefined ? {} : { fields: portal.details.fields }),
        },
      };
    } finally {
      running.delete(lock);
    }
  }
}

function errorCode(
  portal: PortalError | null,
  cause: unknown,
  signal: AbortSignal | undefined,
): PublishErrorCode {
  if (portal !== null) return portal.code;
  // Cancelled while hashing the file (fs streams throw AbortError, not a PortalError).
  if (signal?.aborted === true) return 'PORTAL_CANCELLED';
  const fsCode = (cause as { code?: unknown } | null)?.code;
  if (typeof fsCode === 'string' && /^E[A-Z]+$/.test(fsCode)) return 'PUBLISH_FILE_UNREADABLE';
  return 'PORTAL_UNEXPECTED';
}

function validate(request: PublishRequest): string | null {
  if (request.resourcePolicy === 'per-period') {
    if (request.period === undefined || !PERIOD.test(request.period))
      return 'per-period needs a period such as 2026-10';
  }
  if (request.file.path === '' || request.file.name === '')
    return 'file path and name are required';
  return null;
}

type RunValue = Omit<PublishSuccess, 'attemptId' | 'attemptNo' | 'resumed'>;

/** One attempt: the steps, each journaled before and after its remote call. */
class PublishRun {
  private readonly client: UdataClient;
  private readonly signal: AbortSignal | undefined;

  constructor(
    private readonly repo: PublishJournalRepo,
    private readonly deps: PublisherDeps,
    private readonly request: PublishRequest,
    private readonly attemptId: string,
    private readonly portalUrl: string,
    private readonly legacy: boolean,
  ) {
    this.client = deps.client;
    this.signal = request.signal;
  }

  private get pub(): string {
    return this.request.publicationId;
  }

  private log(
    step: PublishStep,
    key: string,
    phase: 'started' | 'succeeded' | 'failed',
    detail: Record<string, string | number | boolean | null> = {},
  ): void {
    this.repo.journal(this.attemptId, this.pub, step, key, phase, detail);
  }

  /** Journals `started`, runs, journals `succeeded`/`failed`; the afterRemote seam sits in between. */
  private async step<T>(
    step: PublishStep,
    key: string,
    detail: Record<string, string | number | boolean | null>,
    run: () => Promise<T>,
  ): Promise<T> {
    this.request.onProgress?.({ step, key });
    this.log(step, key, 'started', detail);
    let value: T;
    try {
      value = await run();
    } catch (error) {
      // Without an HTTP status (connection lost, timeout, cancel) the portal may have done it.
      const definite = error instanceof PortalError && error.details.status !== undefined;
      this.log(step, key, 'failed', {
        code: error instanceof PortalError ? error.code : 'INTERNAL',
        outcome: definite ? 'refused' : 'unknown',
      });
      throw new StepFailure(step, error);
    }
    try {
      this.deps.afterRemote?.(step, key);
    } catch (error) {
      throw new StepFailure(step, error);
    }
    return value;
  }

  async execute(): Promise<RunValue> {
    const sha1 = await sha1OfFile(this.request.file.path, this.signal);
    const { dataset, action } = await this.ensureDataset();
    const policy = this.request.resourcePolicy;
    const role: ResourceRole = policy === 'replace' ? 'main' : 'period';
    const key = policy === 'replace' ? '' : (this.request.period ?? '');
    const mainTitle =
      this.request.resourceTitle ??
      (policy === 'per-period'
        ? `${this.request.datasetPayload.title} — ${key}`
        : this.request.datasetPayload.title);
    const resource = await this.ensureResource(dataset.id, role, key, this.request.file, sha1, {
      title: mainTitle,
      description: this.request.resourceDescription ?? null,
      type: 'main',
    });
    const dictionaries: PublishedResource[] = [];
    for (const dictionary of this.request.dictionaryFiles ?? []) {
      const dictSha1 = await sha1OfFile(dictionary.path, this.signal);
      dictionaries.push(
        await this.ensureResource(
          dataset.id,
          'dictionary',
          asciiFileName(dictionary.name),
          dictionary,
          dictSha1,
          {
            title: dictionary.title ?? asciiFileName(dictionary.name),
            description: dictionary.description ?? null,
            type: 'documentation',
          },
        ),
      );
    }
    const final = await this.step('update_dataset', '', { datasetId: dataset.id }, () =>
      // GET-modify-PUT: tags, coverage and privacy are resent, never wiped (§5.5).
      // The draft was created private: the final visibility is always sent (default public).
      this.client.applyMetadata(
        dataset.id,
        { ...this.request.datasetPayload, private: this.request.datasetPayload.private ?? false },
        datasetMarker(this.pub),
        this.signal,
      ),
    );
    this.log('update_dataset', '', 'succeeded', { private: final.private });
    const verified = await this.step('verify_dataset', '', { datasetId: dataset.id }, async () => {
      const fresh = await this.client.getDataset(dataset.id, this.signal);
      const wantPrivate = this.request.datasetPayload.private ?? false;
      const ids = new Set(fresh.resources.map((r) => r.id));
      const missing = [resource, ...dictionaries].filter((r) => !ids.has(r.resourceId));
      if (fresh.private !== wantPrivate || missing.length > 0) {
        throw new PortalError(
          'PORTAL_UNEXPECTED',
          `dataset ${dataset.id} does not hold what was published`,
        );
      }
      return fresh;
    });
    this.log('verify_dataset', '', 'succeeded', { resources: verified.resources.length });
    this.repo.saveTarget({
      publicationId: this.pub,
      portalUrl: this.portalUrl,
      datasetId: verified.id,
      datasetSlug: verified.slug,
      datasetPage: verified.page,
    });
    return {
      datasetId: verified.id,
      datasetPage: verified.page,
      datasetAction: action,
      resource,
      dictionaries,
    };
  }

  /** Recorded id → GET it; else look for our marker (a create whose answer was lost); else create. */
  private async ensureDataset(): Promise<{
    dataset: PortalDataset;
    action: 'created' | 'found' | 'adopted';
  }> {
    const target = this.repo.getTarget(this.pub, this.portalUrl);
    if (target !== null) {
      // A 404/410 here means the clerk deleted it on the portal: stop, do not silently re-create.
      const dataset = await this.step('ensure_dataset', '', { datasetId: target.datasetId }, () =>
        this.client.getDataset(target.datasetId, this.signal),
      );
      if (dataset.deleted !== null)
        throw new StepFailure(
          'ensure_dataset',
          new PortalError('PORTAL_GONE', `dataset ${dataset.id} is deleted`),
        );
      this.log('ensure_dataset', '', 'succeeded', { datasetId: dataset.id, action: 'found' });
      return { dataset, action: 'found' };
    }
    const title = this.request.datasetPayload.title;
    // A create journaled as started but never as succeeded may exist under the title it had
    // then (the clerk may have edited it since): search all the account's datasets.
    const uncertain = this.repo.unfinishedSteps(this.pub).some((e) => e.step === 'create_dataset');
    const candidates = await this.step('ensure_dataset', '', { search: true, uncertain }, () =>
      // POST is not idempotent: look first (§12.3 step 1, pitfall 3). Never `/datasets/?q=`
      // (search index, public only, pitfall 14).
      this.client.findOrgDatasets(uncertain ? '' : title, this.signal),
    );
    const ours = candidates.filter((d) => isOurDataset(d, this.pub));
    const adopted = ours.length === 0 ? null : ours.reduce((a, b) => (a.id < b.id ? a : b));
    if (adopted !== null) {
      this.recordDataset(adopted);
      this.log('ensure_dataset', '', 'succeeded', { datasetId: adopted.id, action: 'adopted' });
      return { dataset: adopted, action: 'adopted' };
    }
    this.log('ensure_dataset', '', 'succeeded', { action: 'none' });
    // Drafts are private until their resources are in place (§12.3 step 2, pitfall 15).
    const payload: DatasetPayload = { ...this.request.datasetPayload, private: true };
    const created = await this.step('create_dataset', '', { title }, () =>
      this.client.createDataset(payload, datasetMarker(this.pub), this.signal),
    );
    this.recordDataset(created);
    this.log('create_dataset', '', 'succeeded', { datasetId: created.id });
    return { dataset: created, action: 'created' };
  }

  private recordDataset(dataset: PortalDataset): void {
    this.repo.saveTarget({
      publicationId: this.pub,
      portalUrl: this.portalUrl,
      datasetId: dataset.id,
      datasetSlug: dataset.slug,
      datasetPage: dataset.page,
    });
  }

  /**
   * The resource for (role, key): recorded id, else our marker, else a resource holding exactly
   * these bytes (an upload whose answer was lost) — then upload only if the bytes differ.
   */
  private async ensureResource(
    datasetId: string,
    role: ResourceRole,
    key: string,
    file: PublishFile,
    sha1: string,
    meta: { title: string; description: string | null; type: string },
  ): Promise<PublishedResource> {
    const recorded = this.repo.getResource(this.pub, this.portalUrl, role, key);
    const dataset = await this.client.getDataset(datasetId, this.signal);
    let existing: PortalResource | null = null;
    if (recorded !== null) {
      existing = dataset.resources.find((r) => r.id === recorded.resourceId) ?? null;
      // Deleted on the portal: forget it and publish afresh.
      if (existing === null) this.repo.forgetResource(this.pub, this.portalUrl, role, key);
    }
    existing ??= dataset.resources.find((r) => resourceMatches(r, this.pub, role, key)) ?? null;
    existing ??=
      dataset.resources.find(
        (r) => r.filetype === 'file' && r.checksum?.value === sha1 && !hasAnyMarker(r),
      ) ?? null;
    if (existing !== null)
      this.repo.saveResource(this.pub, this.portalUrl, {
        role,
        roleKey: key,
        resourceId: existing.id,
        checksumSha1: existing.checksum?.value ?? null,
      });

    let uploaded: PortalResource;
    let action: PublishedResource['action'];
    if (existing !== null && existing.checksum?.value === sha1) {
      uploaded = existing;
      action = 'unchanged';
      this.log('upload_resource', `${role}:${key}`, 'succeeded', {
        resourceId: existing.id,
        action,
      });
    } else {
      const target = existing;
      uploaded = await this.step(
        'upload_resource',
        `${role}:${key}`,
        { sha1, replace: target !== null, resourceId: target?.id ?? null },
        () =>
          this.client.upload({
            datasetId,
            ...(target === null ? {} : { resourceId: target.id }),
            filePath: file.path,
            fileName: file.name,
            ...(this.signal === undefined ? {} : { signal: this.signal }),
            onProgress: (p) =>
              this.request.onProgress?.({
                step: 'upload_resource',
                key: `${role}:${key}`,
                sentBytes: p.sentBytes,
                totalBytes: p.totalBytes,
              }),
          }),
      );
      this.repo.saveResource(this.pub, this.portalUrl, {
        role,
        roleKey: key,
        resourceId: uploaded.id,
        checksumSha1: uploaded.checksum?.value ?? null,
      });
      action = target === null ? 'uploaded' : 'replaced';
      this.log('upload_resource', `${role}:${key}`, 'succeeded', {
        resourceId: uploaded.id,
        action,
      });
    }

    const ext = asciiFileName(file.name).split('.').pop() ?? '';
    const updated = await this.step(
      'set_resource_metadata',
      `${role}:${key}`,
      { resourceId: uploaded.id },
      () =>
        // The upload set the title to the file name (pitfall 5): restore ours. `published` moves
        // LEGACY's last_update (pitfall 13); MODERN ignores it.
        this.client.updateResource(
          datasetId,
          uploaded.id,
          {
            title: meta.title,
            description: meta.description ?? '',
            type: meta.type,
            format: ext,
            extras: { ...uploaded.extras, ...resourceMarker(this.pub, role, key) },
            ...(this.legacy ? { published: new Date().toISOString() } : {}),
          },
          this.signal,
        ),
    );
    this.log('set_resource_metadata', `${role}:${key}`, 'succeeded', { resourceId: updated.id });

    const verified = await this.step(
      'verify_resource',
      `${role}:${key}`,
      { resourceId: updated.id },
      async () => {
        const fresh = await this.client.getResource(datasetId, updated.id, this.signal);
        // The portal's SHA-1 of the stored bytes must equal ours (§9.6).
        if (fresh.checksum?.value !== sha1) {
          throw new PortalError(
            'PORTAL_CHECKSUM_MISMATCH',
            `resource ${fresh.id}: portal sha1 ${fresh.checksum?.value ?? 'none'} ≠ local ${sha1}`,
          );
        }
        return fresh;
      },
    );
    this.log('verify_resource', `${role}:${key}`, 'succeeded', { sha1 });
    return {
      role,
      key,
      resourceId: verified.id,
      url: verified.url,
      latest: verified.latest ?? null,
      checksumSha1: sha1,
      action,
    };
  }
}
