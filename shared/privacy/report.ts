/**
 * The anonymization report (issue 5 §6), pure: what the detector found in the file as read, what
 * the recipe did about it (a column that is gone was removed, a column still there whose findings
 * are gone was transformed), what the clerk justified, and k when the risk check ran. Built from
 * two scans (source and current table), so it describes what really happened to the data, not
 * what a plan intended. Column names and counts only, never a cell value.
 */
import { blockingKinds, type GateFinding } from './gate';
import type { ColumnVerdict, PiiKind } from './types';

export interface RiskSummary {
  readonly quasiIdentifiers: readonly string[];
  readonly k: number;
  /** Rows whose combination of quasi-identifiers occurs only once. */
  readonly uniqueRows: number;
  readonly targetK: number;
}

export interface AnonymizationReport {
  readonly version: 1;
  readonly generatedAt: string;
  readonly rowsBefore: number;
  readonly rowsAfter: number;
  /** Personal data in the file as read. */
  readonly found: readonly GateFinding[];
  /** Flagged columns no longer in the table. */
  readonly removed: readonly string[];
  /** Flagged columns still present whose findings the recipe removed (masked, generalized …). */
  readonly transformed: readonly string[];
  /** Findings left in the table that the clerk justified. */
  readonly justified: readonly GateFinding[];
  /** Findings left in the table that are neither handled nor justified (the gate refuses). */
  readonly open: readonly GateFinding[];
  readonly risk: RiskSummary | null;
}

export interface ScannedTable {
  readonly columnNames: readonly string[];
  readonly rowCount: number;
  readonly verdicts: readonly ColumnVerdict[];
}

function findings(scanned: ScannedTable): Map<string, PiiKind[]> {
  const out = new Map<string, PiiKind[]>();
  for (const verdict of scanned.verdicts) {
    const name = scanned.columnNames[verdict.columnIndex];
    const kinds = blockingKinds(verdict);
    if (name !== undefined && kinds.length > 0) out.set(name, kinds);
  }
  return out;
}

export function buildReport(input: {
  readonly source: ScannedTable;
  readonly current: ScannedTable;
  readonly gate: {
    readonly blockers: readonly GateFinding[];
    readonly justified: readonly GateFinding[];
  };
  readonly risk: RiskSummary | null;
  readonly now: Date;
}): AnonymizationReport {
  const before = findings(input.source);
  const after = findings(input.current);
  const present = new Set(input.current.columnNames);
  const removed: string[] = [];
  const transformed: string[] = [];
  for (const column of before.keys()) {
    if (!present.has(column)) removed.push(column);
    else if (!after.has(column)) transformed.push(column);
  }
  return {
    version: 1,
    generatedAt: input.now.toISOString(),
    rowsBefore: input.source.rowCount,
    rowsAfter: input.current.rowCount,
    found: [...before].map(([column, kinds]) => ({ column, kinds })),
    removed,
    transformed,
    justified: input.gate.justified,
    open: input.gate.blockers,
    risk: input.risk,
  };
}

/** One line for the publication register (publish_attempts.anonymization_summary). */
export function reportSummaryLine(report: AnonymizationReport): string {
  const parts = [
    `found ${report.found.length}`,
    `removed ${report.removed.length}`,
    `transformed ${report.transformed.length}`,
    `justified ${report.justified.length}`,
    `open ${report.open.length}`,
  ];
  if (report.risk !== null) parts.push(`k ${report.risk.k}`);
  return `privacy: ${parts.join(', ')}`;
}
