// Types for electronegativity-gate.mjs, so tests/unit/packaging/ is type-checked.
export interface Finding {
  readonly check: string;
  readonly severity: string;
  readonly confidence: string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
  readonly description: string;
}
export interface AllowEntry {
  readonly check: string;
  readonly file: string;
  readonly reason: string;
}
export const ALLOWLIST_FILE: string;
export const SEVERITIES: string[];
export function parseCsv(text: string): string[][];
export function parseFindings(csv: string): Finding[];
export function parseAllowlist(json: string): AllowEntry[];
export function evaluateFindings(
  findings: readonly Finding[],
  allowlist: readonly AllowEntry[],
  failAt?: string,
): {
  failing: Finding[];
  allowed: { finding: Finding; reason: string }[];
  unused: AllowEntry[];
};
