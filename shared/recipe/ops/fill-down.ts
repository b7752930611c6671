/**
 * Fill down: an empty cell takes the value above it. Merged cells in Excel keep the value in the
 * first row only (`Naselje` written once per group), so this restores what the clerk sees.
 */
import type { CellValue } from '../../table/types';
import { columnIndex, isEmptyCell, replaceColumns } from '../table-edit';
import type { OpDefinition } from '../types';
import { describeOne, readsOne, requireColumn } from './column-op';

export const fillDownOp: OpDefinition = {
  op: 'fill-down',
  schema: { type: 'object', properties: {}, additionalProperties: false },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const source = table.values[c] ?? [];
    const values = source.slice();
    let last: CellValue = null;
    for (let r = 0; r < values.length; r++) {
      const value = values[r] ?? null;
      if (isEmptyCell(value)) values[r] = last;
      else last = value;
    }
    const originals = table.originals[c] ?? new Map<number, string>();
    return { table: replaceColumns(table, new Map([[c, { values, originals }]])) };
  },
  describe: (step) => describeOne(step),
  affectedColumns: readsOne,
};
