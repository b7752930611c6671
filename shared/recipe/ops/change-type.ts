/**
 * Change a column's type. Every conversion keeps the source text in `originals`; cells that do
 * not fit stay as they were and are counted (the profile lists them as invalid for the type).
 */
import { COLUMN_TYPES, type CellValue, type ColumnType } from '../../table/types';
import { replaceColumns, columnIndex, param } from '../table-edit';
import type { OpDefinition } from '../types';
import { describeOne, readsOne, requireColumn } from './column-op';
import {
  columnNumberStyle,
  convertColumn,
  toBoolean,
  toDate,
  toNumber,
  toText,
} from './convert-cells';

const TARGETS = COLUMN_TYPES.filter((type) => type !== 'empty');

export const changeTypeOp: OpDefinition = {
  op: 'change-type',
  schema: {
    type: 'object',
    properties: { to: { enum: TARGETS } },
    required: ['to'],
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const to = param<ColumnType>(step, 'to', 'text');
    let convert: (value: CellValue) => CellValue | undefined;
    switch (to) {
      case 'integer':
      case 'decimal': {
        const toNum = toNumber(columnNumberStyle(table.values[c] ?? [], true), true);
        convert =
          to === 'integer'
            ? (value) => {
                const n = toNum(value);
                return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
              }
            : toNum;
        break;
      }
      case 'date':
        convert = toDate(false, false);
        break;
      case 'datetime':
        convert = toDate(true, false);
        break;
      case 'boolean':
        convert = toBoolean;
        break;
      case 'text':
      case 'empty':
        convert = toText;
        break;
    }
    const { update, invalid } = convertColumn(table, c, to, convert);
    return { table: replaceColumns(table, new Map([[c, update]])), invalidCells: invalid };
  },
  describe: (step) => describeOne(step, { to: param(step, 'to', 'text') }),
  affectedColumns: readsOne,
};
