/**
 * What changed against the last publication (issue 4 §4): rows added and removed by row key
 * (row-key.ts: the same row in both files has the same key), columns added and removed by name,
 * and columns whose type changed. Counts plus a short sample of row indexes; never values.
 */
import type { Table } from '../table/types';
import { computeRowKeys } from './row-key';

export interface ChangeSummary {
  readonly rowsBefore: number;
  readonly rowsAfter: number;
  readonly rowsAdded: number;
  readonly rowsRemoved: number;
  readonly rowsKept: number;
  /** Row indexes in nextTable (added) and prevTable (removed), at most `sample` each. */
  readonly addedSample: readonly number[];
  readonly removedSample: readonly number[];
  readonly columnsAdded: readonly string[];
  readonly columnsRemoved: readonly string[];
  readonly typeChanged: readonly { column: string; from: string; to: string }[];
}

export interface SummaryOptions {
  /** Column names that identify a row (`Redni broj`); all shared columns when absent. */
  readonly keyColumns?: readonly string[];
  readonly sample?: number;
}

export function summarizeChange(
  prev: Table,
  next: Table,
  options: SummaryOptions = {},
): ChangeSummary {
  const sample = options.sample ?? 20;
  const nextNames = new Map(next.columns.map((column, c) => [column.name, c]));
  const prevNames = new Map(prev.columns.map((column, c) => [column.name, c]));
  const shared = prev.columns.map((column) => column.name).filter((name) => nextNames.has(name));
  // Keys over the columns both tables have, so a new column does not make every row "new".
  const keyNames = options.keyColumns ?? shared;
  const prevKeys = computeRowKeys(
    prev,
    keyNames.flatMap((n) => prevNames.get(n) ?? []),
  );
  const nextKeys = computeRowKeys(
    next,
    keyNames.flatMap((n) => nextNames.get(n) ?? []),
  );
  const prevSet = new Set(prevKeys);
  const nextSet = new Set(nextKeys);
  const addedSample: number[] = [];
  const removedSample: number[] = [];
  let rowsAdded = 0;
  let rowsRemoved = 0;
  nextKeys.forEach((key, r) => {
    if (prevSet.has(key)) return;
    rowsAdded++;
    if (addedSample.length < sample) addedSample.push(r);
  });
  prevKeys.forEach((key, r) => {
    if (nextSet.has(key)) return;
    rowsRemoved++;
    if (removedSample.length < sample) removedSample.push(r);
  });
  const typeChanged: { column: string; from: string; to: string }[] = [];
  for (const column of prev.columns) {
    const c = nextNames.get(column.name);
    const type = c === undefined ? undefined : next.columns[c]?.type;
    if (type !== undefined && type !== column.type) {
      typeChanged.push({ column: column.name, from: column.type, to: type });
    }
  }
  return {
    rowsBefore: prev.rowCount,
    rowsAfter: next.rowCount,
    rowsAdded,
    rowsRemoved,
    rowsKept: next.rowCount - rowsAdded,
    addedSample,
    removedSample,
    columnsAdded: next.columns.filter((column) => !prevNames.has(column.name)).map((c) => c.name),
    columnsRemoved: prev.columns.filter((column) => !nextNames.has(column.name)).map((c) => c.name),
    typeChanged,
  };
}
