/**
 * The facts a clerk needs to decide what to clean in a column (issue 4 §3): type, empty and
 * distinct counts, min/max for numbers and dates, most frequent values, and the cells that do not
 * fit the column's type. One pass; distinct values are tracked up to a cap (then `distinct` is a
 * lower bound and `distinctCapped` says so), so a 500k-row column of unique JMBGs stays cheap.
 */
import type { CellValue, ColumnType, Table } from '../table/types';

export interface ColumnProfile {
  readonly type: ColumnType;
  readonly rows: number;
  readonly empty: number;
  readonly distinct: number;
  readonly distinctCapped: boolean;
  /** Numbers for integer/decimal, ISO text for date/datetime, else null. */
  readonly min: number | string | null;
  readonly max: number | string | null;
  readonly topValues: readonly { value: string; count: number }[];
  readonly invalidForType: { readonly count: number; readonly rows: readonly number[] };
}

export interface ProfileOptions {
  readonly top?: number;
  readonly distinctCap?: number;
  readonly invalidSample?: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

function fitsType(value: CellValue, type: ColumnType): boolean {
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'decimal':
      return typeof value === 'number';
    case 'date':
      return typeof value === 'string' && DATE.test(value);
    case 'datetime':
      return typeof value === 'string' && DATETIME.test(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'empty':
      return false;
  }
}

export function profileColumn(
  table: Table,
  columnIndex: number,
  options: ProfileOptions = {},
): ColumnProfile {
  const type = table.columns[columnIndex]?.type ?? 'empty';
  const values = table.values[columnIndex] ?? [];
  const cap = options.distinctCap ?? 50_000;
  const sampleSize = options.invalidSample ?? 20;
  const counts = new Map<string, number>();
  let capped = false;
  let empty = 0;
  let invalid = 0;
  const invalidRows: number[] = [];
  let min: number | string | null = null;
  let max: number | string | null = null;
  const numeric = type === 'integer' || type === 'decimal';
  const dated = type === 'date' || type === 'datetime';
  for (let r = 0; r < values.length; r++) {
    const value = values[r] ?? null;
    if (value === null || (typeof value === 'string' && value.trim() === '')) {
      empty++;
      continue;
    }
    const text = typeof value === 'string' ? value : String(value);
    const seen = counts.get(text);
    if (seen !== undefined) counts.set(text, seen + 1);
    else if (counts.size < cap) counts.set(text, 1);
    else capped = true;
    if (!fitsType(value, type)) {
      invalid++;
      if (invalidRows.length < sampleSize) invalidRows.push(r);
      continue;
    }
    if (numeric || dated) {
      const v = value as number | string;
      if (min === null || v < min) min = v;
      if (max === null || v > max) max = v;
    }
  }
  const top = [...counts]
    .filter(([, count]) => count > 1 || counts.size <= (options.top ?? 10))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, options.top ?? 10)
    .map(([value, count]) => ({ value, count }));
  return {
    type,
    rows: values.length,
    empty,
    distinct: counts.size,
    distinctCapped: capped,
    min,
    max,
    topValues: top,
    invalidForType: { count: invalid, rows: invalidRows },
  };
}
