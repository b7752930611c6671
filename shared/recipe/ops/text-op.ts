/**
 * The shape shared by ops that rewrite text cells one at a time (trim, normalize, transliterate,
 * repair mojibake, find/replace): the named column, or every text column when none is named.
 */
import type { Table } from '../../table/types';
import type { AffectedColumns, JsonSchema, OpDefinition, Step, StepDescription } from '../types';
import { mapTextCells, replaceColumns, targetColumns, type ColumnUpdate } from '../table-edit';

export interface TextOpSpec {
  readonly op: string;
  readonly schema: JsonSchema;
  readonly valueParams?: readonly string[];
  /** Builds the per-cell edit once per step (compiling tables, regexes); null = unchanged. */
  readonly editor: (step: Step) => (text: string) => string | null;
  readonly describeParams?: (step: Step) => StepDescription['params'];
  readonly check?: OpDefinition['check'];
}

export function describeColumn(step: Step, extra: StepDescription['params'] = {}): StepDescription {
  return {
    key: `recipe.op.${step.op}`,
    params:
      step.column === undefined ? { ...extra, allText: true } : { ...extra, column: step.column },
  };
}

export function readsColumn(step: Step): AffectedColumns {
  return { reads: step.column === undefined ? [] : [step.column], creates: [], removes: [] };
}

export function defineTextOp(spec: TextOpSpec): OpDefinition {
  const definition: OpDefinition = {
    op: spec.op,
    schema: spec.schema,
    column: 'optional',
    columnParams: [],
    valueParams: spec.valueParams ?? [],
    apply(table: Table, step: Step) {
      const edit = spec.editor(step);
      const updates = new Map<number, ColumnUpdate>();
      for (const c of targetColumns(table, step.column)) {
        const { update } = mapTextCells(table, c, edit);
        if (update !== null) updates.set(c, update);
      }
      return { table: replaceColumns(table, updates) };
    },
    describe: (step) => describeColumn(step, spec.describeParams?.(step) ?? {}),
    affectedColumns: readsColumn,
  };
  return spec.check === undefined ? definition : { ...definition, check: spec.check };
}
