/**
 * Split a column by a separator into new text columns placed after it (`Pančevo, Cara Dušana 5`
 * → `Pančevo` | `Cara Dušana 5`). At most `parts` columns: the last one keeps the rest, so no
 * text is lost. Parts are trimmed; an empty part is an empty cell.
 */
import type { CellValue, ColumnInfo, Table } from '../../table/types';
import { assertNewName, columnIndex, freshKeys, param } from '../table-edit';
import type { OpDefinition, Step } from '../types';
import { describeOne, requireColumn } from './column-op';

function partNames(step: Step, count: number): string[] {
  const given = param<readonly string[]>(step, 'names', []);
  const base = step.column ?? '';
  return Array.from({ length: count }, (_, i) => given[i] ?? `${base} ${i + 1}`);
}

export const splitColumnOp: OpDefinition = {
  op: 'split-column',
  schema: {
    type: 'object',
    properties: {
      separator: { type: 'string', minLength: 1, maxLength: 20 },
      parts: { type: 'integer', minimum: 2, maximum: 20 },
      names: {
        type: 'array',
        items: { type: 'string', minLength: 1, maxLength: 200 },
        maxItems: 20,
        uniqueItems: true,
      },
      keepOriginal: { type: 'boolean' },
    },
    required: ['separator'],
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table: Table, step: Step) {
    const c = columnIndex(table, requireColumn(step));
    const separator = param(step, 'separator', ',');
    const parts = param(step, 'parts', 2);
    const keep = param(step, 'keepOriginal', true);
    const names = partNames(step, parts);
    const source = table.values[c] ?? [];
    const out: CellValue[][] = names.map(() => new Array<CellValue>(table.rowCount).fill(null));
    for (let r = 0; r < table.rowCount; r++) {
      const value = source[r] ?? null;
      if (value === null) continue;
      const pieces = String(value).split(separator);
      // The last column keeps the rest: no text is dropped when a cell has more separators.
      const head = pieces.slice(0, parts - 1);
      const rest = pieces.slice(parts - 1);
      const cells = rest.length > 0 ? [...head, rest.join(separator)] : head;
      cells.forEach((piece, i) => {
        const text = piece.trim();
        (out[i] as CellValue[])[r] = text === '' ? null : text;
      });
    }
    for (const name of names) assertNewName(table, name, keep ? undefined : c);
    const keys = freshKeys(table, names.length);
    const added: ColumnInfo[] = names.map((name, i) => ({
      key: keys[i] as string,
      name,
      type: 'text',
    }));
    const columns = table.columns.slice();
    const values = table.values.slice();
    const originals = table.originals.slice();
    columns.splice(c + 1, 0, ...added);
    values.splice(c + 1, 0, ...out);
    originals.splice(c + 1, 0, ...names.map(() => new Map<number, string>()));
    if (!keep) {
      columns.splice(c, 1);
      values.splice(c, 1);
      originals.splice(c, 1);
    }
    return { table: { columns, values, originals, rowCount: table.rowCount } };
  },
  describe: (step) =>
    describeOne(step, { separator: param(step, 'separator', ','), parts: param(step, 'parts', 2) }),
  affectedColumns: (step) => ({
    reads: step.column === undefined ? [] : [step.column],
    creates: partNames(step, param(step, 'parts', 2)),
    removes: param(step, 'keepOriginal', true) || step.column === undefined ? [] : [step.column],
  }),
};
