/**
 * Before/after of a step on a sample of the cells it changes, for the preview a clerk sees
 * before applying (issue 4 §2). Works for every op the same way: apply it (pure), then walk the
 * columns that kept their key and list the first `sampleSize` changed cells, and the removed
 * rows for ops that remove rows. Runs in the worker like the step itself.
 */
import type { CellValue, Table } from '../table/types';
import { applyStep } from './apply-recipe';
import type { CellChange, Step } from './types';

export interface StepPreview {
  readonly changes: readonly CellChange[];
  /** Rows the step removes (sample, input row indexes) and their count. */
  readonly removedRows: readonly number[];
  readonly removedRowCount: number;
  readonly addedColumns: readonly string[];
  readonly removedColumns: readonly string[];
  readonly renamedColumns: readonly { from: string; to: string }[];
  /** Exact count of changed cells; `changes` holds at most sampleSize of them. */
  readonly changedCells: number;
}

export function previewStep(
  table: Table,
  step: Step,
  sampleSize = 20,
  rowKeys?: () => readonly string[],
  /** For ops that `need` it (pseudonymize): the same key the run gets. */
  pseudonymKey?: string,
): StepPreview {
  const output = applyStep(table, step, rowKeys, pseudonymKey);
  const after = output.table;
  const kept = output.keptRows;
  const changes: CellChange[] = [];
  let changedCells = 0;
  const afterByKey = new Map(after.columns.map((column, c) => [column.key, c]));
  const renamed: { from: string; to: string }[] = [];
  const removedColumns: string[] = [];
  table.columns.forEach((column, c) => {
    const a = afterByKey.get(column.key);
    if (a === undefined) {
      removedColumns.push(column.name);
      return;
    }
    const info = after.columns[a];
    if (info !== undefined && info.name !== column.name)
      renamed.push({ from: column.name, to: info.name });
    const was = table.values[c] ?? [];
    const now = after.values[a] ?? [];
    if (was === now) return;
    for (let r = 0; r < now.length; r++) {
      const source = kept === undefined ? r : (kept[r] as number);
      const before: CellValue = was[source] ?? null;
      const value: CellValue = now[r] ?? null;
      if (before === value) continue;
      changedCells++;
      if (changes.length < sampleSize)
        changes.push({ row: source, column: column.name, before, after: value });
    }
  });
  const beforeKeys = new Set(table.columns.map((column) => column.key));
  const addedColumns = after.columns
    .filter((column) => !beforeKeys.has(column.key))
    .map((c) => c.name);
  const removedRows: number[] = [];
  let removedRowCount = 0;
  if (kept !== undefined) {
    let k = 0;
    for (let r = 0; r < table.rowCount; r++) {
      if (kept[k] === r) {
        k++;
        continue;
      }
      removedRowCount++;
      if (removedRows.length < sampleSize) removedRows.push(r);
    }
  }
  return {
    changes,
    removedRows,
    removedRowCount,
    addedColumns,
    removedColumns,
    renamedColumns: renamed,
    changedCells,
  };
}
