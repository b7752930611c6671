/** Describe/affected helpers for ops on exactly one named column. */
import type { AffectedColumns, Step, StepDescription } from '../types';
import { StepFailure } from '../types';

export function requireColumn(step: Step): string {
  if (step.column === undefined) {
    throw new StepFailure({ code: 'invalidParams', params: { field: 'column' } });
  }
  return step.column;
}

export function describeOne(step: Step, extra: StepDescription['params'] = {}): StepDescription {
  return { key: `recipe.op.${step.op}`, params: { ...extra, column: step.column ?? '' } };
}

export function readsOne(step: Step): AffectedColumns {
  return { reads: step.column === undefined ? [] : [step.column], creates: [], removes: [] };
}
