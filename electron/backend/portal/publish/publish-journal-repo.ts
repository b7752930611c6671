/**
 * SQLite access for publishing (migration 0005): portal ids per publication and portal, the
 * append-only step journal, and the register of attempts.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database';
import type { PortalProfile } from '../common/profile';

export type ResourceRole = 'main' | 'period' | 'dictionary';
export type ResourcePolicy = 'replace' | 'per-period';
export type AttemptResult = 'running' | 'succeeded' | 'failed' | 'cancelled' | 'interrupted';
export type JournalPhase = 'started' | 'succeeded' | 'failed';

export interface PublishTarget {
  readonly publicationId: string;
  readonly portalUrl: string;
  readonly datasetId: string;
  readonly datasetSlug: string | null;
  readonly datasetPage: string | null;
}

export interface RecordedResource {
  readonly role: ResourceRole;
  readonly roleKey: string;
  readonly resourceId: string;
  readonly checksumSha1: string | null;
}

export interface JournalEntry {
  readonly id: number;
  readonly attemptId: string;
  readonly publicationId: string;
  readonly step: string;
  readonly stepKey: string;
  readonly phase: JournalPhase;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly at: string;
}

export interface AttemptStart {
  readonly publicationId: string;
  readonly portalUrl: string;
  readonly profile: PortalProfile | null;
  readonly training: boolean;
  readonly actor: string;
  readonly resourcePolicy: ResourcePolicy;
  readonly period: string | null;
  readonly fileName: string | null;
  readonly rowCount: number | null;
  readonly recipeVersion: string | null;
  readonly anonymizationSummary: string | null;
}

export interface AttemptFinish {
  readonly result: Exclude<AttemptResult, 'running'>;
  readonly errorCode?: string | null;
  readonly datasetId?: string | null;
  readonly datasetUrl?: string | null;
  readonly resourceId?: string | null;
  readonly resourceUrl?: string | null;
  readonly checksumSha1?: string | null;
}

/** One line of the register (the register screen and the audit CSV). */
export interface RegisterEntry {
  readonly attemptId: string;
  readonly publicationId: string;
  readonly publicationTitle: string | null;
  readonly attemptNo: number;
  readonly portalUrl: string;
  readonly portalProfile: PortalProfile | null;
  readonly training: boolean;
  readonly actor: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly result: AttemptResult;
  readonly errorCode: string | null;
  readonly resourcePolicy: ResourcePolicy;
  readonly period: string | null;
  readonly resumed: boolean;
  readonly datasetId: string | null;
  readonly datasetUrl: string | null;
  readonly resourceId: string | null;
  readonly resourceUrl: string | null;
  readonly fileName: string | null;
  readonly rowCount: number | null;
  readonly checksumSha1: string | null;
  readonly recipeVersion: string | null;
  readonly anonymizationSummary: string | null;
}

export interface RegisterQuery {
  readonly publicationId?: string;
  readonly portalUrl?: string;
  readonly result?: AttemptResult;
  /** Include attempts against the training portal (default false: the real register). */
  readonly includeTraining?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

interface AttemptRow {
  id: string;
  publication_id: string;
  title: string | null;
  attempt_no: number;
  portal_url: string;
  portal_profile: PortalProfile | null;
  training: number;
  actor: string;
  started_at: string;
  finished_at: string | null;
  result: AttemptResult;
  error_code: string | null;
  resource_policy: ResourcePolicy;
  period: string | null;
  resumed: number;
  dataset_id: string | null;
  dataset_url: string | null;
  resource_id: string | null;
  resource_url: string | null;
  file_name: string | null;
  row_count: number | null;
  checksum_sha1: string | null;
  recipe_version: string | null;
  anonymization_summary: string | null;
}

function toEntry(row: AttemptRow): RegisterEntry {
  return {
    attemptId: row.id,
    publicationId: row.publication_id,
    publicationTitle: row.title,
    attemptNo: row.attempt_no,
    portalUrl: row.portal_url,
    portalProfile: row.portal_profile,
    training: row.training === 1,
    actor: row.actor,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    result: row.result,
    errorCode: row.error_code,
    resourcePolicy: row.resource_policy,
    period: row.period,
    resumed: row.resumed === 1,
    datasetId: row.dataset_id,
    datasetUrl: row.dataset_url,
    resourceId: row.resource_id,
    resourceUrl: row.resource_url,
    fileName: row.file_name,
    rowCount: row.row_count,
    checksumSha1: row.checksum_sha1,
    recipeVersion: row.recipe_version,
    anonymizationSummary: row.anonymization_summary,
  };
}

export class PublishJournalRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private at(): string {
    return this.now().toISOString();
  }

  getTarget(publicationId: string, portalUrl: string): PublishTarget | null {
    const row = this.db
      .prepare('SELECT * FROM publish_targets WHERE publication_id = ? AND portal_url = ?')
      .get(publicationId, portalUrl) as
      { dataset_id: string; dataset_slug: string | null; dataset_page: string | null } | undefined;
    return row === undefined
      ? null
      : {
          publicationId,
          portalUrl,
          datasetId: row.dataset_id,
          datasetSlug: row.dataset_slug,
          datasetPage: row.dataset_page,
        };
  }

  saveTarget(target: PublishTarget): void {
    const at = this.at();
    this.db
      .prepare(
        `INSERT INTO publish_targets
           (publication_id, portal_url, dataset_id, dataset_slug, dataset_page, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (publication_id, portal_url) DO UPDATE SET
           dataset_id = excluded.dataset_id, dataset_slug = excluded.dataset_slug,
           dataset_page = excluded.dataset_page, updated_at = excluded.updated_at`,
      )
      .run(
        target.publicationId,
        target.portalUrl,
        target.datasetId,
        target.datasetSlug,
        target.datasetPage,
        at,
        at,
      );
  }

  getResource(
    publicationId: string,
    portalUrl: string,
    role: ResourceRole,
    roleKey: string,
  ): RecordedResource | null {
    const row = this.db
      .prepare(
        `SELECT resource_id, checksum_sha1 FROM publish_resources
         WHERE publication_id = ? AND portal_url = ? AND role = ? AND role_key = ?`,
      )
      .get(publicationId, portalUrl, role, roleKey) as
      { resource_id: string; checksum_sha1: string | null } | undefined;
    return row === undefined
      ? null
      : { role, roleKey, resourceId: row.resource_id, checksumSha1: row.checksum_sha1 };
  }

  listResources(publicationId: string, portalUrl: string): RecordedResource[] {
    const rows = this.db
      .prepare(
        `SELECT role, role_key, resource_id, checksum_sha1 FROM publish_resources
         WHERE publication_id = ? AND portal_url = ? ORDER BY role, role_key`,
      )
      .all(publicationId, portalUrl) as {
      role: ResourceRole;
      role_key: string;
      resource_id: string;
      checksum_sha1: string | null;
    }[];
    return rows.map((r) => ({
      role: r.role,
      roleKey: r.role_key,
      resourceId: r.resource_id,
      checksumSha1: r.checksum_sha1,
    }));
  }

  saveResource(publicationId: string, portalUrl: string, resource: RecordedResource): void {
    this.db
      .prepare(
        `INSERT INTO publish_resources
           (publication_id, portal_url, role, role_key, resource_id, checksum_sha1, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (publication_id, portal_url, role, role_key) DO UPDATE SET
           resource_id = excluded.resource_id, checksum_sha1 = excluded.checksum_sha1,
           updated_at = excluded.updated_at`,
      )
      .run(
        publicationId,
        portalUrl,
        resource.role,
        resource.roleKey,
        resource.resourceId,
        resource.checksumSha1,
        this.at(),
      );
  }

  forgetResource(
    publicationId: string,
    portalUrl: string,
    role: ResourceRole,
    roleKey: string,
  ): void {
    this.db
      .prepare(
        `DELETE FROM publish_resources
         WHERE publication_id = ? AND portal_url = ? AND role = ? AND role_key = ?`,
      )
      .run(publicationId, portalUrl, role, roleKey);
  }

  /**
   * Opens an attempt. Attempts still `running` for this publication were cut short (crash,
   * killed process): they become `interrupted`, and the new attempt is marked as a resume.
   */
  startAttempt(start: AttemptStart): { id: string; attemptNo: number; resumed: boolean } {
    const run = this.db.transaction(() => {
      const interrupted = this.db
        .prepare(
          `UPDATE publish_attempts SET result = 'interrupted', finished_at = ?
           WHERE publication_id = ? AND portal_url = ? AND result = 'running'`,
        )
        .run(this.at(), start.publicationId, start.portalUrl).changes;
      const last = this.db
        .prepare(
          `SELECT attempt_no, result FROM publish_attempts WHERE publication_id = ?
           ORDER BY attempt_no DESC LIMIT 1`,
        )
        .get(start.publicationId) as { attempt_no: number; result: AttemptResult } | undefined;
      const previousPortal = this.db
        .prepare(
          `SELECT result FROM publish_attempts WHERE publication_id = ? AND portal_url = ?
           ORDER BY attempt_no DESC LIMIT 1`,
        )
        .get(start.publicationId, start.portalUrl) as { result: AttemptResult } | undefined;
      const resumed =
        interrupted > 0 || (previousPortal !== undefined && previousPortal.result !== 'succeeded');
      const id = randomUUID();
      const attemptNo = (last?.attempt_no ?? 0) + 1;
      this.db
        .prepare(
          `INSERT INTO publish_attempts
             (id, publication_id, attempt_no, portal_url, portal_profile, training, actor,
              started_at, result, resource_policy, period, resumed, file_name, row_count,
              recipe_version, anonymization_summary)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          start.publicationId,
          attemptNo,
          start.portalUrl,
          start.profile,
          start.training ? 1 : 0,
          start.actor,
          this.at(),
          start.resourcePolicy,
          start.period,
          resumed ? 1 : 0,
          start.fileName,
          start.rowCount,
          start.recipeVersion,
          start.anonymizationSummary,
        );
      return { id, attemptNo, resumed };
    });
    return run();
  }

  /** The profile is detected after the attempt is on the register (detection may fail). */
  setAttemptProfile(attemptId: string, profile: PortalProfile): void {
    this.db
      .prepare('UPDATE publish_attempts SET portal_profile = ? WHERE id = ?')
      .run(profile, attemptId);
  }

  finishAttempt(attemptId: string, finish: AttemptFinish): void {
    this.db
      .prepare(
        `UPDATE publish_attempts SET result = ?, finished_at = ?, error_code = ?,
           dataset_id = coalesce(?, dataset_id), dataset_url = coalesce(?, dataset_url),
           resource_id = coalesce(?, resource_id), resource_url = coalesce(?, resource_url),
           checksum_sha1 = coalesce(?, checksum_sha1)
         WHERE id = ?`,
      )
      .run(
        finish.result,
        this.at(),
        finish.errorCode ?? null,
        finish.datasetId ?? null,
        finish.datasetUrl ?? null,
        finish.resourceId ?? null,
        finish.resourceUrl ?? null,
        finish.checksumSha1 ?? null,
        attemptId,
      );
  }

  journal(
    attemptId: string,
    publicationId: string,
    step: string,
    stepKey: string,
    phase: JournalPhase,
    detail: Readonly<Record<string, string | number | boolean | null>> = {},
  ): void {
    this.db
      .prepare(
        `INSERT INTO publish_journal (attempt_id, publication_id, step, step_key, phase, detail, at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(attemptId, publicationId, step, stepKey, phase, JSON.stringify(detail), this.at());
  }

  entries(publicationId: string): JournalEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM publish_journal WHERE publication_id = ? ORDER BY id')
      .all(publicationId) as {
      id: number;
      attempt_id: string;
      publication_id: string;
      step: string;
      step_key: string;
      phase: JournalPhase;
      detail: string;
      at: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      attemptId: r.attempt_id,
      publicationId: r.publication_id,
      step: r.step,
      stepKey: r.step_key,
      phase: r.phase,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      at: r.at,
    }));
  }

  /**
   * Steps that may have happened remotely without us knowing: the last journal line is `started`
   * (the process died), or `failed` with an unknown outcome (no answer: lost connection, timeout).
   */
  unfinishedSteps(publicationId: string): JournalEntry[] {
    const last = new Map<string, JournalEntry>();
    for (const entry of this.entries(publicationId)) {
      last.set(`${entry.step}\u0000${entry.stepKey}`, entry);
    }
    return [...last.values()].filter(
      (e) => e.phase === 'started' || (e.phase === 'failed' && e.detail['outcome'] === 'unknown'),
    );
  }

  listRegister(query: RegisterQuery = {}): RegisterEntry[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.publicationId !== undefined) {
      where.push('a.publication_id = ?');
      params.push(query.publicationId);
    }
    if (query.portalUrl !== undefined) {
      where.push('a.portal_url = ?');
      params.push(query.portalUrl);
    }
    if (query.result !== undefined) {
      where.push('a.result = ?');
      params.push(query.result);
    }
    if (query.includeTraining !== true) where.push('a.training = 0');
    const limit = Math.max(1, Math.min(query.limit ?? 500, 10_000));
    const offset = Math.max(0, query.offset ?? 0);
    const rows = this.db
      .prepare(
        `SELECT a.*, p.title AS title FROM publish_attempts a
         LEFT JOIN publications p ON p.id = a.publication_id
         ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
         ORDER BY a.started_at DESC, a.attempt_no DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as AttemptRow[];
    return rows.map(toEntry);
  }
}
