/**
 * The clerk's justifications for personal data left in a publication, and the publication's
 * anonymization report and last risk check (migration 0007). Justifications are keyed by
 * publication, column name and kind: saving again replaces the text, who and when.
 */
import type { Justification, RiskSummary } from '../../../shared/privacy';
import type { AnonymizationReport } from '../../../shared/privacy/report';
import { PII_KINDS, type PiiKind } from '../../../shared/privacy/types';
import type { Db } from './database';

interface JustificationRow {
  column_name: string;
  kind: string;
  reason: string;
  actor: string;
  created_at: string;
}

function isKind(value: string): value is PiiKind {
  return (PII_KINDS as readonly string[]).includes(value);
}

export class PrivacyRepo {
  constructor(
    private readonly db: Db,
    private readonly actor: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  justifications(publicationId: string): Justification[] {
    const rows = this.db
      .prepare(
        `SELECT column_name, kind, reason, actor, created_at FROM privacy_justifications
         WHERE publication_id = ? ORDER BY column_name, kind`,
      )
      .all(publicationId) as JustificationRow[];
    return rows.flatMap((row) =>
      isKind(row.kind)
        ? [
            {
              column: row.column_name,
              kind: row.kind,
              text: row.reason,
              who: row.actor,
              at: row.created_at,
            },
          ]
        : [],
    );
  }

  justify(publicationId: string, column: string, kind: PiiKind, text: string): Justification {
    const at = this.now().toISOString();
    const reason = text.trim();
    this.db
      .prepare(
        `INSERT INTO privacy_justifications
           (publication_id, column_name, kind, reason, actor, created_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (publication_id, column_name, kind)
         DO UPDATE SET reason = excluded.reason, actor = excluded.actor,
                       created_at = excluded.created_at`,
      )
      .run(publicationId, column, kind, reason, this.actor, at);
    return { column, kind, text: reason, who: this.actor, at };
  }

  /** True when there was a justification to remove. */
  unjustify(publicationId: string, column: string, kind: PiiKind): boolean {
    const result = this.db
      .prepare(
        'DELETE FROM privacy_justifications WHERE publication_id = ? AND column_name = ? AND kind = ?',
      )
      .run(publicationId, column, kind);
    return result.changes === 1;
  }

  risk(publicationId: string): RiskSummary | null {
    const row = this.db
      .prepare('SELECT risk FROM privacy_reports WHERE publication_id = ?')
      .get(publicationId) as { risk: string | null } | undefined;
    return row?.risk ? (JSON.parse(row.risk) as RiskSummary) : null;
  }

  saveRisk(publicationId: string, risk: RiskSummary): void {
    this.db
      .prepare(
        `INSERT INTO privacy_reports (publication_id, risk, report, updated_at)
         VALUES (?, ?, NULL, ?)
         ON CONFLICT (publication_id) DO UPDATE SET risk = excluded.risk,
                                                   updated_at = excluded.updated_at`,
      )
      .run(publicationId, JSON.stringify(risk), this.now().toISOString());
  }

  report(publicationId: string): AnonymizationReport | null {
    const row = this.db
      .prepare('SELECT report FROM privacy_reports WHERE publication_id = ?')
      .get(publicationId) as { report: string | null } | undefined;
    return row?.report ? (JSON.parse(row.report) as AnonymizationReport) : null;
  }

  saveReport(publicationId: string, report: AnonymizationReport): void {
    this.db
      .prepare(
        `INSERT INTO privacy_reports (publication_id, risk, report, updated_at)
         VALUES (?, NULL, ?, ?)
         ON CONFLICT (publication_id) DO UPDATE SET report = excluded.report,
                                                   updated_at = excluded.updated_at`,
      )
      .run(publicationId, JSON.stringify(report), this.now().toISOString());
  }
}
