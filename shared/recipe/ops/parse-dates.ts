/**
 * Parse dates to ISO 8601 (`01.02.2023.`, `1. 2. 2023`, `1. februar 2023.`, `1. фебруара 2023.`,
 * with an optional time) using the reader's parser; optionally Excel serial numbers (a 5-digit
 * `datum` column, serbian-pii.md §3.6). The column becomes `datetime` when any value has a time.
 */
import { replaceColumns, columnIndex, param } from '../table-edit';
import type { OpDefinition } from '../types';
import { parseTextDate } from '../../table/parse-date';
import { describeOne, readsOne, requireColumn } from './column-op';
import { convertColumn, toDate } from './convert-cells';

export const parseDatesOp: OpDefinition = {
  op: 'parse-dates',
  schema: {
    type: 'object',
    properties: { excelSerials: { type: 'boolean' } },
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const serials = param(step, 'excelSerials', false);
    const values = table.values[c] ?? [];
    let datetime = table.columns[c]?.type === 'datetime';
    for (let r = 0; r < values.length && !datetime; r++) {
      const value = values[r];
      if (typeof value === 'string' && value.length > 10) {
        datetime = parseTextDate(value.trim())?.kind === 'datetime';
      }
    }
    const { update, invalid } = convertColumn(
      table,
      c,
      datetime ? 'datetime' : 'date',
      toDate(datetime, serials),
    );
    return { table: replaceColumns(table, new Map([[c, update]])), invalidCells: invalid };
  },
  describe: (step) => describeOne(step),
  affectedColumns: readsOne,
};
