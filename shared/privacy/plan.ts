/**
 * The suggested plan (issue 5 §3), pure: from the scan, the safe default for every column the
 * gate would stop on, as recipe steps the clerk accepts or changes one by one. Identifiers and
 * contacts are dropped, names dropped (pseudonymized on request: linking months needs it), street
 * addresses generalized to the settlement, birth dates to the year, and free text redacted. Every
 * column with a blocking finding gets an item, so accepting the whole plan clears the gate; the
 * alternatives are what the clerk may choose instead (`keep` means: justify it).
 */
import { blockingKinds } from './gate';
import type { ColumnVerdict, PiiKind } from './types';

export const PLAN_ACTIONS = [
  'drop',
  'mask',
  'pseudonymize',
  'tokenize',
  'redact',
  'generalize-year',
  'generalize-year-band',
  'generalize-settlement',
  'keep',
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** A recipe step without its id: the recipe service numbers steps when they are added. */
export interface StepDraft {
  readonly op: string;
  readonly column?: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly enabled: boolean;
}

export interface PlanItem {
  readonly column: string;
  /** Blocking kinds found in the column, most frequent first. */
  readonly kinds: readonly PiiKind[];
  /** Why this default: the column holds the kind as whole values, or inside sentences. */
  readonly basis: 'values' | 'free-text';
  readonly action: PlanAction;
  readonly alternatives: readonly PlanAction[];
}

const IDENTIFIER_ALTERNATIVES: readonly PlanAction[] = [
  'drop',
  'mask',
  'pseudonymize',
  'tokenize',
  'keep',
];

function defaultFor(kind: PiiKind): { action: PlanAction; alternatives: readonly PlanAction[] } {
  switch (kind) {
    case 'name':
      return { action: 'drop', alternatives: ['drop', 'pseudonymize', 'tokenize', 'keep'] };
    case 'address':
      return {
        action: 'generalize-settlement',
        alternatives: ['generalize-settlement', 'drop', 'keep'],
      };
    case 'birth-date':
      return {
        action: 'generalize-year',
        alternatives: ['generalize-year', 'generalize-year-band', 'drop', 'keep'],
      };
    default:
      return { action: 'drop', alternatives: IDENTIFIER_ALTERNATIVES };
  }
}

/**
 * A column is free text when its findings sit inside sentences rather than being the values:
 * the header says so (`Napomena`) or most findings are embedded.
 */
function isFreeText(verdict: ColumnVerdict): boolean {
  if (verdict.headerCues.includes('free-text')) return true;
  const matched = verdict.kinds.reduce((sum, k) => sum + k.matched, 0);
  const embedded = verdict.kinds.reduce((sum, k) => sum + k.embedded, 0);
  return embedded > matched;
}

export function suggestPlan(
  columnNames: readonly string[],
  verdicts: readonly ColumnVerdict[],
): PlanItem[] {
  const items: PlanItem[] = [];
  for (const verdict of verdicts) {
    const column = columnNames[verdict.columnIndex];
    const kinds = blockingKinds(verdict);
    const top = kinds[0];
    if (column === undefined || top === undefined) continue;
    if (isFreeText(verdict)) {
      items.push({
        column,
        kinds,
        basis: 'free-text',
        action: 'redact',
        alternatives: ['redact', 'drop', 'keep'],
      });
      continue;
    }
    // Whole values of one kind, but other kinds pasted in some cells: the column-wide action
    // must cover them too, so anything but an identifier-style drop becomes a drop.
    const mixed =
      kinds.length > 1 && kinds.some((k) => defaultFor(k).action !== defaultFor(top).action);
    const choice = mixed
      ? { action: 'drop' as const, alternatives: IDENTIFIER_ALTERNATIVES }
      : defaultFor(top);
    items.push({ column, kinds, basis: 'values', ...choice });
  }
  return items;
}

/** The recipe steps of one action on one column (`keep` has none: the clerk justifies instead). */
export function stepsFor(column: string, action: PlanAction): StepDraft[] {
  const one = (op: string, params: Record<string, unknown> = {}): StepDraft[] => [
    { op, column, params, enabled: true },
  ];
  switch (action) {
    case 'drop':
      return one('drop-column');
    case 'mask':
      return one('mask', { keep: 4 });
    case 'pseudonymize':
      return one('pseudonymize');
    case 'tokenize':
      return one('tokenize');
    case 'redact':
      return one('redact-text');
    case 'generalize-year':
      return one('generalize', { to: 'year' });
    case 'generalize-year-band':
      return one('generalize', { to: 'year-band', width: 5 });
    case 'generalize-settlement':
      return one('generalize', { to: 'settlement' });
    case 'keep':
      return [];
  }
}

/** Every item's chosen action as steps, in table order: "accept the whole plan". */
export function planSteps(items: readonly PlanItem[]): StepDraft[] {
  return items.flatMap((item) => stepsFor(item.column, item.action));
}
