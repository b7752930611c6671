/**
 * Top and bottom coding (issue 5 §2; serbian-pii.md §4.4): amounts or ages beyond a limit are set
 * to the limit, so the one very large subsidy or the one 101-year-old no longer stands out.
 * Numbers only; a text cell is left as it is and counted for the clerk (parse numbers first).
 */
import { columnIndex, param } from '../../table-edit';
import type { OpDefinition, Step } from '../../types';
import { describeOne, readsOne, requireColumn } from '../column-op';
import { rewriteColumn } from './privacy-column';

function limits(step: Step): { top: number | null; bottom: number | null } {
  return {
    top: param<number | null>(step, 'top', null),
    bottom: param<number | null>(step, 'bottom', null),
  };
}

export const topBottomCodeOp: OpDefinition = {
  op: 'top-bottom-code',
  schema: {
    type: 'object',
    properties: { top: { type: 'number' }, bottom: { type: 'number' } },
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  check(step) {
    const { top, bottom } = limits(step);
    if (top === null && bottom === null) return [{ field: 'top', code: 'required' }];
    return top !== null && bottom !== null && bottom > top
      ? [{ field: 'bottom', code: 'range' }]
      : [];
  },
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const { top, bottom } = limits(step);
    return rewriteColumn(table, c, (value) => {
      if (typeof value !== 'number')
        return typeof value === 'string' && value.trim() === '' ? null : undefined;
      if (top !== null && value > top) return top;
      if (bottom !== null && value < bottom) return bottom;
      return value;
    });
  },
  describe: (step) => {
    const { top, bottom } = limits(step);
    return describeOne(step, { top: top ?? '', bottom: bottom ?? '' });
  },
  affectedColumns: readsOne,
};
