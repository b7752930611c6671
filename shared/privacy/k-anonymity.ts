/**
 * The risk check (issue 5 §4; serbian-pii.md §4.4), pure: k-anonymity over the quasi-identifier
 * columns the clerk marks. Rows with the same combination of those values form a group; k is the
 * size of the smallest group, and a person alone in a group (k = 1) can be singled out by anyone
 * who knows those few facts. The next step to suggest is the generalization that leaves the
 * fewest rows in groups smaller than the target, tried column by column on the same rows.
 */
import { foldKey } from './fold-key';
import { band, yearOf } from './generalize-values';
import type { CellValue, Table } from '../table/types';
import type { ColumnVerdict } from './types';

export const DEFAULT_TARGET_K = 5;

export type RiskStep = 'generalize-year-band' | 'generalize-age-band' | 'drop';

export interface RiskSuggestion {
  readonly column: string;
  readonly step: RiskStep;
  readonly kAfter: number;
  readonly uniqueAfter: number;
  readonly belowTargetAfter: number;
}

export interface RiskResult {
  readonly quasiIdentifiers: readonly string[];
  readonly targetK: number;
  /** Size of the smallest group (0 for an empty table). */
  readonly k: number;
  readonly groups: number;
  /** Rows alone in their group: unique people. */
  readonly uniqueRows: number;
  /** Rows in groups smaller than the target. */
  readonly rowsBelowTarget: number;
  readonly rows: number;
  /** What to generalize next, or null when k already meets the target (or nothing helps). */
  readonly next: RiskSuggestion | null;
}

type Column = readonly CellValue[];

function groupSizes(columns: readonly Column[], rows: number): Map<string, number> {
  const sizes = new Map<string, number>();
  for (let r = 0; r < rows; r++) {
    let key = '';
    for (const column of columns) {
      const value = column[r] ?? null;
      key += `${value === null ? '\u0001' : typeof value === 'string' ? foldKey(value.trim()) : String(value)}\u0000`;
    }
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return sizes;
}

interface Measure {
  k: number;
  groups: number;
  uniqueRows: number;
  rowsBelowTarget: number;
}

function measure(columns: readonly Column[], rows: number, targetK: number): Measure {
  if (rows === 0) return { k: 0, groups: 0, uniqueRows: 0, rowsBelowTarget: 0 };
  const sizes = groupSizes(columns, rows);
  let k = Infinity;
  let uniqueRows = 0;
  let rowsBelowTarget = 0;
  for (const size of sizes.values()) {
    k = Math.min(k, size);
    if (size === 1) uniqueRows++;
    if (size < targetK) rowsBelowTarget += size;
  }
  return { k, groups: sizes.size, uniqueRows, rowsBelowTarget };
}

function ageOf(value: CellValue): number | null {
  if (typeof value === 'number') return value >= 0 && value < 130 ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value)) return ageOf(Number(value));
  return null;
}

/** The coarser column a step would give; null when the step does not apply to the values. */
function coarser(column: Column, step: RiskStep): Column | null {
  if (step === 'drop') return column.map(() => null);
  const nonEmpty = column.filter((v) => v !== null && v !== '');
  if (nonEmpty.length === 0) return null;
  if (step === 'generalize-year-band') {
    if (!nonEmpty.every((v) => yearOf(v) !== null)) return null;
    return column.map((v) => {
      const year = yearOf(v);
      return year === null ? null : band(year, 10);
    });
  }
  if (!nonEmpty.every((v) => ageOf(v) !== null && !(typeof v === 'number' && v > 129))) return null;
  return column.map((v) => {
    const age = ageOf(v);
    return age === null ? null : band(Math.floor(age), 10);
  });
}

export function assessRisk(
  table: Table,
  quasiIdentifiers: readonly string[],
  targetK = DEFAULT_TARGET_K,
): RiskResult {
  const indexes = quasiIdentifiers
    .map((name) => table.columns.findIndex((c) => c.name === name))
    .filter((i) => i >= 0);
  const columns = indexes.map((i) => table.values[i] ?? []);
  const rows = table.rowCount;
  const now = measure(columns, rows, targetK);
  let next: RiskSuggestion | null = null;
  if (now.k < targetK && columns.length > 0) {
    columns.forEach((column, i) => {
      const name = table.columns[indexes[i] as number]?.name as string;
      for (const step of ['generalize-year-band', 'generalize-age-band', 'drop'] as const) {
        const replaced = coarser(column, step);
        if (replaced === null) continue;
        const trial = columns.map((c, j) => (j === i ? replaced : c));
        const after = measure(trial, rows, targetK);
        if (after.rowsBelowTarget >= now.rowsBelowTarget) continue;
        // Prefer fewer rows at risk; among equals, generalizing over dropping (it keeps more).
        if (
          next === null ||
          after.rowsBelowTarget < next.belowTargetAfter ||
          (after.rowsBelowTarget === next.belowTargetAfter &&
            next.step === 'drop' &&
            step !== 'drop')
        ) {
          next = {
            column: name,
            step,
            kAfter: after.k,
            uniqueAfter: after.uniqueRows,
            belowTargetAfter: after.rowsBelowTarget,
          };
        }
        // A generalization that applies is the step for this column; drop only as a last resort.
        if (step !== 'drop') break;
      }
    });
  }
  return {
    quasiIdentifiers: indexes.map((i) => table.columns[i]?.name as string),
    targetK,
    k: now.k === Infinity ? 0 : now.k,
    groups: now.groups,
    uniqueRows: now.uniqueRows,
    rowsBelowTarget: now.rowsBelowTarget,
    rows,
    next,
  };
}

// Headers of typical quasi-identifiers in city sheets (serbian-pii.md §4.4), matched folded.
const QI_HEADER =
  /(?:^|[^a-z])(?:naselje|mesto|mesna zajednica|mz|opstina|ulica|pol|sex|gender|starost|godine|uzrast|age|godina rodjenja|datum rodjenja|godiste|drzavljanstvo|nacionalnost|zanimanje|struka|skola|postanski broj|pak|zip)(?:$|[^a-z])/;

/** Columns that look like quasi-identifiers: by header, or by the detector's quasi kinds. */
export function suggestQuasiIdentifiers(
  table: Table,
  verdicts: readonly ColumnVerdict[],
): string[] {
  const out: string[] = [];
  table.columns.forEach((column, i) => {
    const verdict = verdicts.find((v) => v.columnIndex === i);
    // Identifiers are removed by the plan, not generalized: they are not quasi-identifiers.
    if (verdict?.kinds.some((k) => !k.chance && k.role !== 'quasi' && k.role !== 'public')) return;
    const quasiKind = verdict?.kinds.some((k) => k.role === 'quasi') ?? false;
    if (quasiKind || QI_HEADER.test(foldKey(column.name))) out.push(column.name);
  });
  return out;
}
