/**
 * Merge a cluster (cluster-values.ts) into one value: every cell whose text is one of `values`
 * becomes `to` (`PANCEVO`, `Pancevo`, `Панчево` → `Pančevo`). Exact matches only, so the step
 * replays the clerk's decision and nothing more on next month's file.
 */
import { columnIndex, mapTextCells, param, replaceColumns } from '../table-edit';
import type { OpDefinition } from '../types';
import { describeOne, readsOne, requireColumn } from './column-op';

export const mergeClusterOp: OpDefinition = {
  op: 'merge-cluster',
  schema: {
    type: 'object',
    properties: {
      values: {
        type: 'array',
        items: { type: 'string', maxLength: 1000 },
        minItems: 1,
        maxItems: 1000,
        uniqueItems: true,
      },
      to: { type: 'string', minLength: 1, maxLength: 1000 },
    },
    required: ['values', 'to'],
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: ['values', 'to'],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const values = new Set(param<readonly string[]>(step, 'values', []));
    const to = param(step, 'to', '');
    const { update } = mapTextCells(table, c, (text) => (values.has(text) ? to : null));
    return { table: update === null ? table : replaceColumns(table, new Map([[c, update]])) };
  },
  describe: (step) =>
    describeOne(step, {
      to: param(step, 'to', ''),
      count: param<readonly string[]>(step, 'values', []).length,
    }),
  affectedColumns: readsOne,
};
