/**
 * Rename a column. The UI proposes suggestMachineName(old) (`Prezime i ime` → `prezime_i_ime`);
 * the human label (`label`, by default the old name) is kept for the metadata's data dictionary.
 * Later steps refer to the new name, and replay maps the old one (replay-plan.ts).
 */
import { assertNewName, columnIndex, param } from '../table-edit';
import type { OpDefinition } from '../types';
import { describeOne, requireColumn } from './column-op';

export const renameColumnOp: OpDefinition = {
  op: 'rename-column',
  schema: {
    type: 'object',
    properties: {
      to: { type: 'string', minLength: 1, maxLength: 200 },
      label: { type: 'string', maxLength: 500 },
    },
    required: ['to'],
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const to = param(step, 'to', '');
    assertNewName(table, to, c);
    const columns = table.columns.slice();
    const column = columns[c];
    if (column !== undefined) columns[c] = { ...column, name: to };
    return { table: { ...table, columns } };
  },
  describe: (step) => describeOne(step, { to: param(step, 'to', '') }),
  affectedColumns: (step) => ({
    reads: step.column === undefined ? [] : [step.column],
    creates: [param(step, 'to', '')],
    removes: step.column === undefined ? [] : [step.column],
  }),
};
