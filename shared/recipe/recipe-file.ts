/**
 * A recipe as a JSON file to share with another office or city (architecture.md §1): versioned,
 * with a migration hook for older versions, and nothing but the steps. No secrets are ever part
 * of a step (the pseudonymization key stays in the OS keychain); the only cell values a step may
 * carry are its op's `valueParams` (find/replace literals, an edited cell, a cluster's values),
 * which `valueParamsOf` lists so the privacy feature (issue 5) can police or strip them.
 */
import { OPS } from './registry';
import { RECIPE_VERSION, type Recipe, type Step } from './types';
import { parseRecipe, type RecipeIssue, type SchemaCheck } from './validate-recipe';

export const RECIPE_FILE_KIND = 'otvori-recipe';

export interface RecipeFile {
  readonly kind: typeof RECIPE_FILE_KIND;
  readonly recipe: Recipe;
}

/** A migration from version n to n + 1, keyed by n. Add one when RECIPE_VERSION grows. */
export type Migration = (recipe: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: ReadonlyMap<number, Migration> = new Map();

/** Brings an older recipe up to RECIPE_VERSION; unknown or newer versions stay as they are. */
export function migrateRecipe(
  input: Record<string, unknown>,
  migrations: ReadonlyMap<number, Migration> = MIGRATIONS,
): Record<string, unknown> {
  let recipe = input;
  let version = recipe['version'];
  while (typeof version === 'number' && version < RECIPE_VERSION) {
    const migrate = migrations.get(version);
    if (migrate === undefined) break;
    recipe = migrate(recipe);
    version = recipe['version'];
  }
  return recipe;
}

function cleanStep(step: Step): Step {
  // Only the known fields: nothing else rides along into a shared file.
  const out: Step = { id: step.id, op: step.op, params: step.params, enabled: step.enabled };
  return {
    ...out,
    ...(step.column === undefined ? {} : { column: step.column }),
    ...(step.note === undefined ? {} : { note: step.note }),
  };
}

export function exportRecipe(recipe: Recipe): string {
  const file: RecipeFile = {
    kind: RECIPE_FILE_KIND,
    recipe: { version: RECIPE_VERSION, steps: recipe.steps.map(cleanStep) },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function importRecipe(
  text: string,
  check: SchemaCheck,
): { ok: true; recipe: Recipe } | { ok: false; issues: RecipeIssue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ stepIndex: -1, field: '', code: 'notJson' }] };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as Record<string, unknown>)['kind'] !== RECIPE_FILE_KIND
  ) {
    return { ok: false, issues: [{ stepIndex: -1, field: 'kind', code: 'notARecipe' }] };
  }
  const recipe = (data as Record<string, unknown>)['recipe'];
  if (typeof recipe !== 'object' || recipe === null || Array.isArray(recipe)) {
    return { ok: false, issues: [{ stepIndex: -1, field: 'recipe', code: 'required' }] };
  }
  return parseRecipe(migrateRecipe(recipe as Record<string, unknown>), check);
}

/** Where a recipe carries cell values: `{stepId, field}` for each non-empty value param. */
export function valueParamsOf(recipe: Recipe): { stepId: string; field: string }[] {
  const out: { stepId: string; field: string }[] = [];
  for (const step of recipe.steps) {
    for (const name of OPS.get(step.op)?.valueParams ?? []) {
      if (step.params[name] !== undefined) out.push({ stepId: step.id, field: `params.${name}` });
    }
  }
  return out;
}
