/**
 * Remove empty rows and empty columns. A cell of spaces only is empty (what a clerk sees); a
 * column keeps its place in the table if any cell has content, whatever its header.
 */
import type { Table } from '../../table/types';
import { isEmptyCell, selectRows } from '../table-edit';
import type { OpDefinition } from '../types';

const NO_PARAMS = { type: 'object', properties: {}, additionalProperties: false };
const NO_COLUMNS = { reads: [], creates: [], removes: [] };

export const removeEmptyRowsOp: OpDefinition = {
  op: 'remove-empty-rows',
  schema: NO_PARAMS,
  column: false,
  columnParams: [],
  valueParams: [],
  apply(table) {
    const kept: number[] = [];
    for (let r = 0; r < table.rowCount; r++) {
      if (table.values.some((column) => !isEmptyCell(column[r]))) kept.push(r);
    }
    if (kept.length === table.rowCount) return { table };
    return { table: selectRows(table, kept), keptRows: kept };
  },
  describe: () => ({ key: 'recipe.op.remove-empty-rows', params: {} }),
  affectedColumns: () => NO_COLUMNS,
};

function emptyColumns(table: Table): Set<number> {
  const empty = new Set<number>();
  table.values.forEach((column, c) => {
    if (column.every((value) => isEmptyCell(value))) empty.add(c);
  });
  return empty;
}

export const removeEmptyColumnsOp: OpDefinition = {
  op: 'remove-empty-columns',
  schema: NO_PARAMS,
  column: false,
  columnParams: [],
  valueParams: [],
  apply(table) {
    const empty = emptyColumns(table);
    if (empty.size === 0) return { table };
    const keep = (_: unknown, c: number): boolean => !empty.has(c);
    return {
      table: {
        columns: table.columns.filter(keep),
        values: table.values.filter(keep),
        originals: table.originals.filter(keep),
        rowCount: table.rowCount,
      },
    };
  },
  describe: () => ({ key: 'recipe.op.remove-empty-columns', params: {} }),
  // Which columns go depends on the data: replay cannot know in advance.
  affectedColumns: () => NO_COLUMNS,
};
