/**
 * Shared by the privacy ops that rewrite every cell of one column: the new value per cell, and
 * the originals dropped for that column. An original is the source text of a parsed cell; after
 * masking or pseudonymizing, keeping it would keep the personal data in the table the clerk
 * exports, so a privacy op always clears them.
 */
import type { CellValue, ColumnType, Table } from '../../../table/types';
import { replaceColumns } from '../../table-edit';
import type { OpOutput } from '../../types';

/** `edit` returns the new value, or undefined to keep the cell and count it as not converted. */
export function rewriteColumn(
  table: Table,
  c: number,
  edit: (value: CellValue) => CellValue | undefined,
  type?: ColumnType,
): OpOutput {
  const source = table.values[c] ?? [];
  const values = new Array<CellValue>(source.length);
  let invalidCells = 0;
  for (let r = 0; r < source.length; r++) {
    const value = source[r] ?? null;
    if (value === null) {
      values[r] = null;
      continue;
    }
    const next = edit(value);
    if (next === undefined) {
      invalidCells++;
      values[r] = value;
    } else values[r] = next;
  }
  const update = { values, originals: new Map<number, string>(), ...(type ? { type } : {}) };
  return { table: replaceColumns(table, new Map([[c, update]])), invalidCells };
}
