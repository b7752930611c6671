/**
 * Replay planning for next month's file, before anything runs (OpenRefine #5540/#7056: missing
 * columns reported up front). The recipe's source columns are the names its enabled steps read
 * that no earlier step created; each is matched by exact name in the new file. A missing one
 * gets rename candidates among the new file's unmatched columns, ranked by fingerprint (case,
 * script and diacritics folded: `Iznos pomoći` ~ `IZNOS POMOCI` ~ `Износ помоћи`) and then by
 * letter-pair similarity. The clerk confirms the mapping; remapRecipe rewrites the steps.
 */
import type { ColumnType } from '../table/types';
import { fingerprint } from './fingerprint';
import { OPS } from './registry';
import type { Recipe, Step } from './types';

export interface ColumnRef {
  readonly name: string;
  readonly type?: ColumnType;
}

export interface RenameCandidate {
  readonly from: string;
  readonly to: string;
  /** 0–1; 1 = same fingerprint. */
  readonly score: number;
}

export interface ReplayPlan {
  /** Source columns the recipe reads, in first-use order. */
  readonly required: readonly string[];
  readonly matched: readonly string[];
  readonly missing: readonly string[];
  /** Best candidates per missing column (most likely first); the dialog preselects the first. */
  readonly renamedCandidates: readonly RenameCandidate[];
  /** New-file columns the recipe does not read (and, when known, last month did not have). */
  readonly extra: readonly string[];
  /** Steps that read a column an earlier step removed or renamed (a recipe bug, not the file's). */
  readonly brokenSteps: readonly { stepId: string; column: string }[];
  readonly ok: boolean;
}

/** Walks enabled steps; `onRead` learns whether each read is of a source column. */
function walk(
  recipe: Recipe,
  onRead: (step: Step, name: string, fromSource: boolean, removed: boolean) => void,
): void {
  const created = new Set<string>();
  const removed = new Set<string>();
  for (const step of recipe.steps) {
    if (!step.enabled) continue;
    const op = OPS.get(step.op);
    if (op === undefined) continue;
    const affected = op.affectedColumns(step);
    for (const name of affected.reads) {
      onRead(
        step,
        name,
        !created.has(name) && !removed.has(name),
        removed.has(name) && !created.has(name),
      );
    }
    for (const name of affected.removes) {
      created.delete(name);
      removed.add(name);
    }
    for (const name of affected.creates) {
      created.add(name);
      removed.delete(name);
    }
  }
}

export function sourceColumns(recipe: Recipe): string[] {
  const out: string[] = [];
  walk(recipe, (_, name, fromSource) => {
    if (fromSource && !out.includes(name)) out.push(name);
  });
  return out;
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const gram = padded.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice over letter pairs of the fingerprints (order of words ignored). */
export function nameSimilarity(a: string, b: string): number {
  const fa = fingerprint(a);
  const fb = fingerprint(b);
  if (fa === fb) return 1;
  const ga = bigrams(fa);
  const gb = bigrams(fb);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of ga) {
    shared += Math.min(n, gb.get(gram) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

const MIN_SCORE = 0.4;

export function planReplay(
  recipe: Recipe,
  newColumns: readonly ColumnRef[],
  previousColumns?: readonly ColumnRef[],
): ReplayPlan {
  const brokenSteps: { stepId: string; column: string }[] = [];
  walk(recipe, (step, name, _, removed) => {
    if (removed) brokenSteps.push({ stepId: step.id, column: name });
  });
  const required = sourceColumns(recipe);
  const available = new Set(newColumns.map((column) => column.name));
  const matched = required.filter((name) => available.has(name));
  const missing = required.filter((name) => !available.has(name));
  const previous = new Map(previousColumns?.map((column) => [column.name, column]));
  const requiredSet = new Set(required);
  // Candidates: new columns the recipe does not read and last month's file did not have.
  const candidatePool = newColumns.filter(
    (column) => !requiredSet.has(column.name) && !previous.has(column.name),
  );
  const renamedCandidates: RenameCandidate[] = [];
  for (const name of missing) {
    const type = previous.get(name)?.type;
    const scored = candidatePool
      .map((column) => {
        let score = nameSimilarity(name, column.name);
        // Same type as last month's column: a small tie-breaker, never enough on its own.
        if (type !== undefined && column.type === type && score < 1)
          score = Math.min(0.99, score + 0.05);
        return { from: name, to: column.name, score: Math.round(score * 1000) / 1000 };
      })
      .filter((candidate) => candidate.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.to.localeCompare(b.to));
    renamedCandidates.push(...scored.slice(0, 3));
  }
  const extra = newColumns
    .filter((column) => !requiredSet.has(column.name) && !previous.has(column.name))
    .map((column) => column.name);
  return {
    required,
    matched,
    missing,
    renamedCandidates,
    extra,
    brokenSteps,
    ok: missing.length === 0 && brokenSteps.length === 0,
  };
}

/** Rewrites the recipe's reads of source columns by the clerk's mapping (old name → new name). */
export function remapRecipe(recipe: Recipe, mapping: Readonly<Record<string, string>>): Recipe {
  const map = new Map(Object.entries(mapping));
  const sourceReads = new Map<Step, Set<string>>();
  walk(recipe, (step, name, fromSource) => {
    if (!fromSource || !map.has(name)) return;
    const set = sourceReads.get(step) ?? new Set<string>();
    set.add(name);
    sourceReads.set(step, set);
  });
  const steps = recipe.steps.map((step) => {
    const names = sourceReads.get(step);
    if (names === undefined) return step;
    const rename = (name: string): string => (names.has(name) ? (map.get(name) ?? name) : name);
    const params: Record<string, unknown> = { ...step.params };
    for (const field of OPS.get(step.op)?.columnParams ?? []) {
      const value = params[field];
      if (typeof value === 'string') params[field] = rename(value);
      else if (Array.isArray(value))
        params[field] = value.map((v: unknown) => (typeof v === 'string' ? rename(v) : v));
    }
    return {
      ...step,
      ...(step.column === undefined ? {} : { column: rename(step.column) }),
      params,
    };
  });
  return { ...recipe, steps };
}
