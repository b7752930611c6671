/** Drop a column (issue 5 §2): the safe default for identifiers nobody needs in the open data. */
import { columnIndex } from '../../table-edit';
import type { OpDefinition } from '../../types';
import { describeOne, requireColumn } from '../column-op';

export const dropColumnOp: OpDefinition = {
  op: 'drop-column',
  schema: { type: 'object', properties: {}, additionalProperties: false },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const keep = (_: unknown, i: number): boolean => i !== c;
    return {
      table: {
        columns: table.columns.filter(keep),
        values: table.values.filter(keep),
        originals: table.originals.filter(keep),
        rowCount: table.rowCount,
      },
    };
  },
  describe: (step) => describeOne(step),
  affectedColumns: (step) => ({
    reads: step.column === undefined ? [] : [step.column],
    creates: [],
    removes: step.column === undefined ? [] : [step.column],
  }),
};
