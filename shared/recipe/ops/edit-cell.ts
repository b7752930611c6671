/**
 * A manual cell fix as a step (OpenRefine cannot extract single-cell edits, anchors.md §1.2):
 * keyed by the row's stable key (row-key.ts), not its position, so it lands on the same row after
 * earlier steps removed rows, and on next month's file when that row is still there. The new
 * value is a cell value (valueParams): the privacy feature polices it in saved recipes.
 */
import { columnIndex, param, replaceColumns } from '../table-edit';
import type { CellValue } from '../../table/types';
import { StepFailure, type OpDefinition } from '../types';
import { describeOne, readsOne, requireColumn } from './column-op';
import { textOf } from './convert-cells';

export const editCellOp: OpDefinition = {
  op: 'edit-cell',
  schema: {
    type: 'object',
    properties: {
      rowKey: { type: 'string', minLength: 1, maxLength: 100 },
      value: { type: ['string', 'number', 'boolean', 'null'], maxLength: 10000 },
    },
    required: ['rowKey', 'value'],
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: ['value'],
  apply(table, step, context) {
    const c = columnIndex(table, requireColumn(step));
    const rowKey = param(step, 'rowKey', '');
    const r = context.rowKeys().indexOf(rowKey);
    if (r < 0) throw new StepFailure({ code: 'rowKeyMissing', params: { rowKey } });
    const value = param<CellValue>(step, 'value', null);
    const source = table.values[c] ?? [];
    const before = source[r] ?? null;
    if (before === value) return { table };
    const values = source.slice();
    values[r] = value;
    const originals = new Map(table.originals[c]);
    if (!originals.has(r) && before !== null) originals.set(r, textOf(before));
    return { table: replaceColumns(table, new Map([[c, { values, originals }]])) };
  },
  describe: (step) => describeOne(step, { rowKey: param(step, 'rowKey', '') }),
  affectedColumns: readsOne,
};
