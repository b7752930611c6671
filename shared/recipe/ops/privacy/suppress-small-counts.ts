/**
 * Small-count suppression in aggregate tables (issue 5 §2; serbian-pii.md §4.4, OECD SDC): a
 * count of 1 to threshold−1 persons (default 5) is emptied, and when exactly one cell of the
 * column was emptied the next smallest count goes too (secondary suppression), so a total row
 * cannot be used to recompute the hidden cell. Zero stays: it reveals nobody.
 */
import type { CellValue } from '../../../table/types';
import { columnIndex, param, replaceColumns } from '../../table-edit';
import type { OpDefinition } from '../../types';
import { describeOne, readsOne, requireColumn } from '../column-op';

function countOf(value: CellValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return null;
}

export const suppressSmallCountsOp: OpDefinition = {
  op: 'suppress-small-counts',
  schema: {
    type: 'object',
    properties: {
      threshold: { type: 'integer', minimum: 2, maximum: 100 },
      secondary: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const threshold = param(step, 'threshold', 5);
    const secondary = param(step, 'secondary', true);
    const source = table.values[c] ?? [];
    const values = source.slice();
    let suppressed = 0;
    for (let r = 0; r < values.length; r++) {
      const n = countOf(values[r] ?? null);
      if (n !== null && n > 0 && n < threshold) {
        values[r] = null;
        suppressed++;
      }
    }
    if (secondary && suppressed === 1) {
      let smallest = -1;
      for (let r = 0; r < values.length; r++) {
        const n = countOf(values[r] ?? null);
        if (n === null || n <= 0) continue;
        if (smallest < 0 || n < (countOf(values[smallest] ?? null) as number)) smallest = r;
      }
      if (smallest >= 0) values[smallest] = null;
    }
    if (values.every((v, r) => v === source[r])) return { table };
    const originals = new Map<number, string>();
    return { table: replaceColumns(table, new Map([[c, { values, originals }]])) };
  },
  describe: (step) => describeOne(step, { threshold: Number(step.params.threshold ?? 5) }),
  affectedColumns: readsOne,
};
