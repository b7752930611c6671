/**
 * What the CLI reads from the recipe service's answer (app:recipe:*): each step with its outcome,
 * and a refusal when a step could not run — a scheduled job must not write a half-cleaned file.
 */
import type { RecipeState } from '../../../shared/contract/channels/recipe';
import { OPS } from '../../../shared/recipe';
import { CliFailure, type JsonValue } from './cli-failure';
import { EXIT } from './exit-codes';

export function stepsJson(state: RecipeState): { [key: string]: JsonValue }[] {
  return state.recipe.steps.map((step, index) => {
    const result = state.stepResults.find((r) => r.stepId === step.id);
    return {
      index: index + 1,
      op: step.op,
      column: step.column ?? null,
      status: result?.status ?? (step.enabled ? 'applied' : 'disabled'),
      changedCells: result?.changedCells ?? 0,
      rowsRemoved: result?.rowsRemoved ?? 0,
      columnsRemoved: result?.columnsRemoved ?? 0,
      ...(result?.error === undefined
        ? {}
        : { error: { code: result.error.code, params: { ...result.error.params } } }),
    };
  });
}

export function stepLines(
  state: RecipeState,
  line: (p: Record<string, string | number>) => string,
) {
  return stepsJson(state).map((s) =>
    line({
      index: s['index'] as number,
      op: s['op'] as string,
      column: s['column'] === null ? '' : ` (${String(s['column'])})`,
      status: s['status'] as string,
    }),
  );
}

/** Exit 2 when any step failed: missing columns are named, other failures by step and op. */
export function refuseFailedSteps(state: RecipeState): void {
  const failed = state.recipe.steps
    .map((step, index) => ({
      step,
      index,
      result: state.stepResults.find((r) => r.stepId === step.id),
    }))
    .filter((s) => s.result?.status === 'failed');
  if (failed.length === 0) return;
  const missing = failed.filter((f) => f.result?.error?.code === 'columnMissing');
  if (missing.length === failed.length) {
    const columns = [...new Set(missing.map((f) => f.step.column ?? ''))].join(', ');
    throw new CliFailure(EXIT.input, 'RECIPE_COLUMNS_MISSING', 'input.columnsMissing', {
      columns,
    });
  }
  const first = failed[0];
  throw new CliFailure(EXIT.input, 'RECIPE_STEP_FAILED', 'input.stepFailed', {
    index: (first?.index ?? 0) + 1,
    op: first?.step.op ?? '',
    reason: first?.result?.error?.code ?? 'failed',
  });
}

/** The first enabled step that needs the city's pseudonymization key, by op name. */
export function stepNeedingKey(steps: readonly { op: string; enabled?: boolean }[]): string | null {
  const step = steps.find(
    (s) => s.enabled !== false && (OPS.get(s.op)?.needs ?? []).includes('pseudonym-key'),
  );
  return step?.op ?? null;
}
