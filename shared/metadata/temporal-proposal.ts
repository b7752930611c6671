/**
 * Temporal coverage proposed from the table's date columns: the earliest and latest date found
 * in any `date`/`datetime` column (udata-api.md §3.4: coverage is date-only). A proposal the
 * clerk confirms or edits, never silently published.
 */
import type { Table } from '../table/types';
import { isIsoDate } from './dates';

export interface ProposedCoverage {
  readonly start: string;
  readonly end: string;
  /** Header of the column(s) the dates came from, for the clerk to check. */
  readonly columns: readonly string[];
}

export function proposeTemporalCoverage(table: Table): ProposedCoverage | null {
  let start: string | null = null;
  let end: string | null = null;
  const columns: string[] = [];
  table.columns.forEach((column, index) => {
    if (column.type !== 'date' && column.type !== 'datetime') return;
    let found = false;
    for (const value of table.values[index] ?? []) {
      if (typeof value !== 'string') continue;
      const day = value.slice(0, 10);
      if (!isIsoDate(day)) continue;
      found = true;
      if (start === null || day < start) start = day;
      if (end === null || day > end) end = day;
    }
    if (found) columns.push(column.name);
  });
  return start === null || end === null ? null : { start, end, columns };
}
