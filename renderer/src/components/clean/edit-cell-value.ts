/** The value an edit-cell step writes, from what the clerk typed in the Fix-one-cell form. */
import type { ColumnSummary } from '../../../../shared/contract';
import type { CellValue } from '../../../../shared/table/types';

const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * What the clerk typed as a cell value: empty is an empty cell; in a number column a plain number
 * (decimal comma or point) stays a number, so the column keeps its type; anything else is text.
 */
export function typedValue(text: string, column: ColumnSummary | undefined): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const numeric = column?.type === 'integer' || column?.type === 'decimal';
  if (numeric && PLAIN_NUMBER.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return text;
}
