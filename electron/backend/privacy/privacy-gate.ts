/**
 * The PublicationGate (issue 5 §5) as the publisher and "export for publication" use it: the scan
 * of the CURRENT table of the open workbook (after the recipe), checked against the clerk's
 * stored justifications for its publication. A workbook opened without a publication has no
 * justifications, so only a clean table passes. The answer carries column names and kind codes,
 * never a cell value.
 */
import {
  buildReport,
  evaluateGate,
  reportSummaryLine,
  type AnonymizationReport,
  type GateEvaluation,
} from '../../../shared/privacy';
import type { PrivacyRepo } from '../db/privacy-repo';
import type { OpenWorkbook, WorkbookStore } from '../workbook/workbook-store';
import type { GateCheck, PublicationGate } from './publication-gate';
import type { ScanCache } from './scan-cache';

export class WorkbookNotOpen extends Error {
  constructor(workbookId: string) {
    super(`Workbook ${workbookId} is not open`);
    this.name = 'WorkbookNotOpen';
  }
}

export interface PrivacyGateDeps {
  readonly store: WorkbookStore;
  readonly scans: ScanCache;
  readonly repo: PrivacyRepo;
  /**
   * The publication a workbook belongs to: the one it was opened for, or the one the renderer
   * linked to its recipe later (RecipeService.publicationOf). Defaults to the former.
   */
  readonly publicationOf?: (workbookId: string) => string | null;
  readonly now?: () => Date;
}

export class PrivacyGate implements PublicationGate {
  constructor(private readonly deps: PrivacyGateDeps) {}

  publicationOf(workbookId: string): string | null {
    const linked = this.deps.publicationOf?.(workbookId) ?? null;
    return linked ?? this.deps.store.get(workbookId)?.publicationId ?? null;
  }

  private entry(workbookId: string): OpenWorkbook {
    const entry = this.deps.store.get(workbookId);
    if (entry === undefined) throw new WorkbookNotOpen(workbookId);
    return entry;
  }

  /** The gate's decision for the current table, with what is justified. */
  async evaluate(workbookId: string): Promise<GateEvaluation> {
    const entry = this.entry(workbookId);
    const verdicts = await this.deps.scans.verdicts(entry.table);
    const publicationId = this.publicationOf(workbookId);
    const justifications =
      publicationId === null ? [] : this.deps.repo.justifications(publicationId);
    return evaluateGate(
      entry.table.columns.map((c) => c.name),
      verdicts,
      justifications,
    );
  }

  /** The anonymization report of the current state (source scan against current scan). */
  async report(workbookId: string): Promise<AnonymizationReport> {
    const entry = this.entry(workbookId);
    const [sourceVerdicts, currentVerdicts, gate] = await Promise.all([
      this.deps.scans.verdicts(entry.source),
      this.deps.scans.verdicts(entry.table),
      this.evaluate(workbookId),
    ]);
    const publicationId = this.publicationOf(workbookId);
    const risk = publicationId === null ? null : this.deps.repo.risk(publicationId);
    return buildReport({
      source: {
        columnNames: entry.source.columns.map((c) => c.name),
        rowCount: entry.source.rowCount,
        verdicts: sourceVerdicts,
      },
      current: {
        columnNames: entry.table.columns.map((c) => c.name),
        rowCount: entry.table.rowCount,
        verdicts: currentVerdicts,
      },
      gate,
      // A risk check over columns that are gone no longer describes this table.
      risk:
        risk !== null &&
        risk.quasiIdentifiers.every((name) => entry.table.columns.some((c) => c.name === name))
          ? risk
          : null,
      now: (this.deps.now ?? (() => new Date()))(),
    });
  }

  async check(workbookId: string): Promise<GateCheck> {
    const report = await this.report(workbookId);
    const publicationId = this.publicationOf(workbookId);
    // Saved with the publication when it passes: the register then names what was done.
    if (report.open.length === 0 && publicationId !== null) {
      this.deps.repo.saveReport(publicationId, report);
    }
    return {
      passed: report.open.length === 0,
      blockers: report.open.map((b) => ({ column: b.column, kinds: b.kinds })),
      reportSummary: reportSummaryLine(report),
    };
  }
}
