/**
 * Puts a recipe on an open workbook through the recipe service (app:recipe:*), as the app's
 * Clean step does: for a publication whose saved recipe waits for the replay decision, the same
 * recipe is replayed (no new version) and a different one replaces it; the steps then run in the
 * recipe worker as one change. Recipe files are parsed by shared/recipe's importRecipe with the
 * backend's own schema check, so a bad file is named before anything runs.
 */
import { randomUUID } from 'node:crypto';
import type { RecipeState } from '../../../shared/contract/channels/recipe';
import { importRecipe, type Recipe, type RecipeIssue } from '../../../shared/recipe';
import { createRecipeCheck } from '../recipe/recipe-check';
import { CliFailure } from './cli-failure';
import type { CliSession } from './cli-session';
import { EXIT } from './exit-codes';
import { unexpected } from './open-table';

function issuesText(issues: readonly RecipeIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.stepIndex < 0 ? '' : `${i.stepIndex + 1}. `}${i.field} ${i.code}`.trim())
    .join('; ');
}

/** A recipe file's text as a Recipe; exit 2 naming the first problems. */
export function parseRecipeFile(text: string, file: string): Recipe {
  const parsed = importRecipe(text, createRecipeCheck());
  if (!parsed.ok) {
    throw new CliFailure(EXIT.input, 'RECIPE_INVALID', 'input.recipeInvalid', {
      file,
      issues: issuesText(parsed.issues),
    });
  }
  return parsed.recipe;
}

function sameSteps(a: Recipe, b: Recipe): boolean {
  const shape = (r: Recipe) =>
    JSON.stringify(r.steps.map((s) => [s.op, s.column ?? null, s.params, s.enabled]));
  return shape(a) === shape(b);
}

export async function applyRecipeSteps(
  session: CliSession,
  workbookId: string,
  recipe: Recipe,
  publicationId?: string,
): Promise<RecipeState> {
  const current = await session.api.invoke('app:recipe:get', {
    workbookId,
    ...(publicationId === undefined ? {} : { publicationId }),
  });
  if (!current.ok) throw unexpected(current.error);
  let state = current.value;
  if (state.replayPending) {
    const same = sameSteps(state.recipe, recipe);
    const replayed = await session.api.invoke('app:recipe:replay', {
      workbookId,
      jobId: randomUUID(),
      mode: same ? 'replay' : 'start-empty',
      mapping: {},
    });
    if (!replayed.ok) throw unexpected(replayed.error);
    state = replayed.value.state;
    if (same) return state;
  }
  if (recipe.steps.length === 0) return state;
  const added = await session.api.invoke('app:recipe:add', {
    workbookId,
    jobId: randomUUID(),
    steps: recipe.steps.map((s) => ({
      op: s.op,
      params: s.params,
      enabled: s.enabled,
      ...(s.column === undefined ? {} : { column: s.column }),
      ...(s.note === undefined ? {} : { note: s.note }),
    })),
  });
  if (!added.ok) {
    if (added.error.code === 'RECIPE_INVALID') {
      const d = added.error.details ?? {};
      throw new CliFailure(EXIT.input, 'RECIPE_INVALID', 'input.recipeInvalid', {
        file: 'recipe',
        issues: `${Number(d['stepIndex'] ?? -1) + 1}. ${String(d['field'] ?? '')} ${String(d['code'] ?? '')}`,
      });
    }
    throw unexpected(added.error);
  }
  return added.value;
}
