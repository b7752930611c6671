/**
 * Issue 5's last target: through the suggested plan, zero identifier values left in the output.
 * The plan is suggested from the scan exactly as the Protect screen does, accepted as a whole,
 * and run by the recipe engine (HMAC pseudonyms with a throwaway key). Then every labeled value of
 * a blocking kind (whole cells, and the pieces put into sentences) is looked for in its row of the
 * output, in any column: as text, and for digit identifiers also by its digits alone (a value
 * that only lost its separators is still a leak). The gate is checked on the output too.
 */
import { evaluateGate, planSteps, scanTable, suggestPlan } from '../../shared/privacy';
import { isBlockingKind } from '../../shared/privacy/gate';
import type { PiiKind } from '../../shared/privacy/types';
import { applyRecipe } from '../../shared/recipe/apply-recipe';
import type { CellValue } from '../../shared/table/types';
import type { LabeledRegister } from './register';

export interface LeakCounts {
  /** Labeled blocking values, per kind. */
  readonly checked: Map<PiiKind, number>;
  readonly leaked: Map<PiiKind, number>;
  /** Registers whose output the gate still refused. */
  gateRefusals: number;
  registers: number;
  /** Planned steps that failed when run. */
  failedSteps: number;
  readonly actions: Map<string, number>;
}

export function emptyLeaks(): LeakCounts {
  return {
    checked: new Map(),
    leaked: new Map(),
    gateRefusals: 0,
    registers: 0,
    failedSteps: 0,
    actions: new Map(),
  };
}

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

function text(value: CellValue): string {
  return value === null ? '' : String(value);
}

const DIGIT_KINDS = new Set<PiiKind>([
  'jmbg',
  'pib',
  'mb',
  'account',
  'iban',
  'lbo',
  'id-card',
  'passport',
]);

export function countPlanLeaks(register: LabeledRegister, counts: LeakCounts): void {
  const { table } = register;
  const names = table.columns.map((c) => c.name);
  const verdicts = scanTable(table);
  const plan = suggestPlan(names, verdicts);
  for (const item of plan) bump(counts.actions as Map<string, number>, item.action);
  const recipe = {
    version: 1 as const,
    steps: planSteps(plan).map((draft, i) => ({ id: `p${i + 1}`, ...draft })),
  };
  const run = applyRecipe(table, recipe, { pseudonymKey: 'e7'.repeat(32) });
  counts.failedSteps += run.stepResults.filter((r) => r.status === 'failed').length;
  const out = run.table;
  counts.registers++;
  const outNames = out.columns.map((c) => c.name);
  if (!evaluateGate(outNames, scanTable(out), []).passed) counts.gateRefusals++;

  // The output's row r as one text, and as digits only.
  const rowText = (r: number): { text: string; digits: string } => {
    const cells = out.values.map((column) => text(column[r] ?? null));
    const joined = cells.join('\u0000');
    return { text: joined, digits: cells.map((c) => c.replace(/\D/g, '')).join('\u0000') };
  };

  for (let r = 0; r < table.rowCount; r++) {
    let row: { text: string; digits: string } | null = null;
    const check = (kind: PiiKind, value: string): void => {
      counts.checked.set(kind, (counts.checked.get(kind) ?? 0) + 1);
      row ??= rowText(r);
      const digits = value.replace(/\D/g, '');
      const leaked =
        row.text.includes(value) ||
        (DIGIT_KINDS.has(kind) && digits.length >= 8 && row.digits.includes(digits));
      if (leaked) counts.leaked.set(kind, (counts.leaked.get(kind) ?? 0) + 1);
    };
    register.columns.forEach((column) => {
      const truth = column.truth[r];
      const value = column.values[r] ?? null;
      if (truth === undefined || value === null) return;
      if (truth.kind !== null && isBlockingKind(truth.kind)) check(truth.kind, text(value).trim());
      for (const [start, end, kind] of truth.pieces ?? []) {
        if (isBlockingKind(kind)) check(kind, text(value).slice(start, end));
      }
    });
  }
}
