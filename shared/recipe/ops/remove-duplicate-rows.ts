/**
 * Remove duplicate rows, keeping the first occurrence. Compared on the listed columns (all when
 * none are listed) by exact value; run trim/normalize first so `Pančevo ` and `Pančevo` agree.
 */
import type { CellValue } from '../../table/types';
import { columnIndex, param, selectRows } from '../table-edit';
import type { OpDefinition } from '../types';

/** Type-tagged so the number 1 and the text "1" stay different. */
function cellKey(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '\u0000';
  return (typeof value === 'string' ? 's' : typeof value === 'number' ? 'n' : 'b') + String(value);
}

export const removeDuplicateRowsOp: OpDefinition = {
  op: 'remove-duplicate-rows',
  schema: {
    type: 'object',
    properties: {
      columns: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        maxItems: 200,
        uniqueItems: true,
      },
    },
    additionalProperties: false,
  },
  column: false,
  columnParams: ['columns'],
  valueParams: [],
  apply(table, step) {
    const names = param<readonly string[]>(step, 'columns', []);
    const indexes =
      names.length === 0 ? table.columns.map((_, c) => c) : names.map((n) => columnIndex(table, n));
    const seen = new Set<string>();
    const kept: number[] = [];
    for (let r = 0; r < table.rowCount; r++) {
      let key = '';
      for (const c of indexes) key += `${cellKey(table.values[c]?.[r])}\u001f`;
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(r);
    }
    if (kept.length === table.rowCount) return { table };
    return { table: selectRows(table, kept), keptRows: kept };
  },
  describe: (step) => ({
    key: 'recipe.op.remove-duplicate-rows',
    params: { columns: param<readonly string[]>(step, 'columns', []).join(', ') },
  }),
  affectedColumns: (step) => ({
    reads: param<readonly string[]>(step, 'columns', []),
    creates: [],
    removes: [],
  }),
};
