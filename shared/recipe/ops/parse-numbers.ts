/**
 * Parse numbers written the Serbian way (`1.234.567,89`, `-12,5`, `(1.234,00)`, `1 234,5 RSD`)
 * into plain numbers; the source text is kept in `originals`. The style is decided from the whole
 * column (serbian-pii.md §3.5) unless the step fixes it. Identifiers (leading zero, 13+ digits)
 * and dotted dates are never read as numbers.
 */
import { replaceColumns, columnIndex, param } from '../table-edit';
import type { OpDefinition } from '../types';
import { describeOne, readsOne, requireColumn } from './column-op';
import {
  columnNumberStyle,
  convertColumn,
  numberType,
  toNumber,
  type StyleChoice,
} from './convert-cells';

export const parseNumbersOp: OpDefinition = {
  op: 'parse-numbers',
  schema: {
    type: 'object',
    properties: {
      style: { enum: ['auto', 'sr', 'en'] },
      stripUnits: { type: 'boolean' },
    },
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const units = param(step, 'stripUnits', true);
    const choice = param<StyleChoice>(step, 'style', 'auto');
    const style = choice === 'auto' ? columnNumberStyle(table.values[c] ?? [], units) : choice;
    const { update, invalid } = convertColumn(table, c, 'decimal', toNumber(style, units));
    // `12,50` is a decimal amount even though its value is whole (as the reader types it).
    const mark = style === 'sr' ? ',' : '.';
    let written = false;
    for (const [r, text] of update.originals) {
      if (typeof update.values[r] === 'number' && text.includes(mark)) {
        written = true;
        break;
      }
    }
    const typed = { ...update, type: written ? 'decimal' : numberType(update.values) } as const;
    return { table: replaceColumns(table, new Map([[c, typed]])), invalidCells: invalid };
  },
  describe: (step) => describeOne(step, { style: param(step, 'style', 'auto') }),
  affectedColumns: readsOne,
};
