/**
 * The seam between publishing and the privacy gate (issue 5 §5, issue 7 §2). The publisher (and
 * an "export for publication") asks the gate about the table it is about to send; the privacy
 * module implements it from the scan of the current table, the recipe's privacy steps and the
 * clerk's stored justifications.
 */
import type { PiiKind } from '../../../shared/privacy/types';

export interface GateBlocker {
  /** Column name in the current table. */
  readonly column: string;
  readonly kinds: readonly PiiKind[];
}

export interface GateCheck {
  readonly passed: boolean;
  /** Columns still holding personal data that is neither handled nor justified. */
  readonly blockers: readonly GateBlocker[];
  /** One line for the register: what was found and done, and k when computed. */
  readonly reportSummary: string | null;
}

export interface PublicationGate {
  /** Checks the current table of an open workbook; NOT_FOUND-style failures throw. */
  check(workbookId: string): Promise<GateCheck>;
}
