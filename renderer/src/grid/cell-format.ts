/** How a cell value is shown: per locale, per column type, with empty cells kept visibly empty. */
import type { ColumnType, CellValue } from '../../../shared/table/types';
import type { I18n } from '../i18n';

export interface CellDisplay {
  readonly text: string;
  readonly numeric: boolean;
  readonly empty: boolean;
}

const EMPTY: CellDisplay = { text: '', numeric: false, empty: true };

export function formatCell(
  value: CellValue | undefined,
  type: ColumnType,
  i18n: I18n,
): CellDisplay {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'number') {
    return { text: i18n.format.cellNumber(value), numeric: true, empty: false };
  }
  if (typeof value === 'boolean') {
    return { text: i18n.t(value ? 'value.true' : 'value.false'), numeric: false, empty: false };
  }
  if (type === 'date') {
    return { text: i18n.format.cellDate(value) ?? value, numeric: false, empty: false };
  }
  if (type === 'datetime') {
    return { text: i18n.format.cellDateTime(value) ?? value, numeric: false, empty: false };
  }
  return { text: value, numeric: false, empty: false };
}
