/**
 * Merge columns into one text column with a separator (`Ulica` + `Broj` → `Ulica Broj`).
 * Empty cells are skipped, so there is never a doubled or dangling separator. The new column
 * goes where the first merged column was.
 */
import type { CellValue, ColumnInfo } from '../../table/types';
import { assertNewName, columnIndex, freshKeys, param } from '../table-edit';
import type { OpDefinition } from '../types';
import { textOf } from './convert-cells';

export const mergeColumnsOp: OpDefinition = {
  op: 'merge-columns',
  schema: {
    type: 'object',
    properties: {
      columns: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        minItems: 2,
        maxItems: 50,
        uniqueItems: true,
      },
      separator: { type: 'string', maxLength: 20 },
      name: { type: 'string', minLength: 1, maxLength: 200 },
      keepOriginals: { type: 'boolean' },
    },
    required: ['columns', 'name'],
    additionalProperties: false,
  },
  column: false,
  columnParams: ['columns'],
  valueParams: [],
  apply(table, step) {
    const names = param<readonly string[]>(step, 'columns', []);
    const indexes = names.map((name) => columnIndex(table, name));
    const separator = param(step, 'separator', ' ');
    const name = param(step, 'name', '');
    const keep = param(step, 'keepOriginals', false);
    const merged = new Array<CellValue>(table.rowCount);
    for (let r = 0; r < table.rowCount; r++) {
      const parts: string[] = [];
      for (const c of indexes) {
        const value = table.values[c]?.[r] ?? null;
        if (value === null) continue;
        const text = textOf(value).trim();
        if (text !== '') parts.push(text);
      }
      merged[r] = parts.length === 0 ? null : parts.join(separator);
    }
    const dropped = new Set(keep ? [] : indexes);
    const clash = table.columns.findIndex((column) => column.name === name);
    if (clash >= 0 && !dropped.has(clash)) assertNewName(table, name);
    const at = Math.min(...indexes);
    const column: ColumnInfo = { key: freshKeys(table, 1)[0] as string, name, type: 'text' };
    const columns: ColumnInfo[] = [];
    const values: (readonly CellValue[])[] = [];
    const originals: ReadonlyMap<number, string>[] = [];
    table.columns.forEach((info, c) => {
      if (c === at) {
        columns.push(column);
        values.push(merged);
        originals.push(new Map());
      }
      if (dropped.has(c)) return;
      columns.push(info);
      values.push(table.values[c] ?? []);
      originals.push(table.originals[c] ?? new Map());
    });
    return { table: { columns, values, originals, rowCount: table.rowCount } };
  },
  describe: (step) => ({
    key: 'recipe.op.merge-columns',
    params: {
      columns: param<readonly string[]>(step, 'columns', []).join(', '),
      name: param(step, 'name', ''),
      separator: param(step, 'separator', ' '),
    },
  }),
  affectedColumns: (step) => {
    const names = param<readonly string[]>(step, 'columns', []);
    return {
      reads: names,
      creates: [param(step, 'name', '')],
      removes: param(step, 'keepOriginals', false) ? [] : names,
    };
  },
};
