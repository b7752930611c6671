/**
 * The publication gate's rule (issue 5 §5), pure: a table may be published only when every
 * personal finding of the scan of the CURRENT table (after the recipe) is either gone (handled by
 * the recipe) or explicitly justified by the clerk for that column and kind. Blockers carry column
 * names and kind codes only, never a cell value.
 */
import { KIND_ROLE } from './kinds';
import type { ColumnVerdict, PiiKind } from './types';

/** The clerk's recorded reason to publish one kind in one column (stored per publication). */
export interface Justification {
  readonly column: string;
  readonly kind: PiiKind;
  readonly text: string;
  readonly who: string;
  readonly at: string;
}

export interface GateFinding {
  readonly column: string;
  readonly kinds: readonly PiiKind[];
}

export interface GateEvaluation {
  readonly passed: boolean;
  /** Columns with personal data neither handled nor justified. */
  readonly blockers: readonly GateFinding[];
  /** Columns whose remaining findings the clerk justified. */
  readonly justified: readonly GateFinding[];
}

/**
 * Kinds that stop publication: identifiers and contacts, and exact birth dates (serbian-pii.md
 * §4.4). Postal codes alone are quasi-identifiers for the risk check, not a reason to refuse;
 * public kinds (treasury accounts, the city's switchboard) must stay.
 */
export function isBlockingKind(kind: PiiKind): boolean {
  const role = KIND_ROLE[kind];
  return role === 'identifier' || role === 'contact' || kind === 'birth-date';
}

/** Blocking kinds in one verdict (chance look-alikes excluded), most frequent first. */
export function blockingKinds(verdict: ColumnVerdict): PiiKind[] {
  return verdict.kinds.filter((k) => !k.chance && isBlockingKind(k.kind)).map((k) => k.kind);
}

export function evaluateGate(
  columnNames: readonly string[],
  verdicts: readonly ColumnVerdict[],
  justifications: readonly Justification[],
): GateEvaluation {
  const justifiedKeys = new Set(justifications.map((j) => `${j.column}\u0000${j.kind}`));
  const blockers: GateFinding[] = [];
  const justified: GateFinding[] = [];
  for (const verdict of verdicts) {
    const column = columnNames[verdict.columnIndex];
    if (column === undefined) continue;
    const kinds = blockingKinds(verdict);
    const open = kinds.filter((kind) => !justifiedKeys.has(`${column}\u0000${kind}`));
    const covered = kinds.filter((kind) => justifiedKeys.has(`${column}\u0000${kind}`));
    if (open.length > 0) blockers.push({ column, kinds: open });
    if (covered.length > 0) justified.push({ column, kinds: covered });
  }
  return { passed: blockers.length === 0, blockers, justified };
}
