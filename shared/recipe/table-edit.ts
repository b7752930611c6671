/**
 * Copy-on-write helpers for ops: a new Table that shares every untouched column array with the
 * input (ops never mutate their input, so undo is "apply the steps before"). Only the columns an
 * op changes are copied, which keeps a 500k-row recipe near one table of memory per step.
 */
import type { CellValue, ColumnInfo, ColumnType, Table } from '../table/types';
import { StepFailure } from './types';

export function columnIndex(table: Table, name: string): number {
  const index = table.columns.findIndex((column) => column.name === name);
  if (index < 0) throw new StepFailure({ code: 'columnMissing', params: { column: name } });
  return index;
}

/** Column indexes for an op: the named one, or every text column when the op allows none. */
export function targetColumns(table: Table, name: string | undefined): number[] {
  if (name !== undefined) return [columnIndex(table, name)];
  const all: number[] = [];
  table.columns.forEach((column, i) => {
    if (column.type === 'text') all.push(i);
  });
  return all;
}

export interface ColumnUpdate {
  readonly values: readonly CellValue[];
  readonly originals: ReadonlyMap<number, string>;
  readonly type?: ColumnType;
  readonly name?: string;
}

export function replaceColumns(table: Table, updates: ReadonlyMap<number, ColumnUpdate>): Table {
  if (updates.size === 0) return table;
  const columns: ColumnInfo[] = table.columns.slice();
  const values = table.values.slice();
  const originals = table.originals.slice();
  for (const [c, update] of updates) {
    const column = columns[c];
    if (column === undefined) continue;
    columns[c] = {
      key: column.key,
      name: update.name ?? column.name,
      type: update.type ?? column.type,
    };
    values[c] = update.values;
    originals[c] = update.originals;
  }
  return { columns, values, originals, rowCount: table.rowCount };
}

/** The text a clerk saw in the source: the kept original, else the value itself. */
export function sourceText(table: Table, c: number, r: number): string | null {
  const original = table.originals[c]?.get(r);
  if (original !== undefined) return original;
  const value = table.values[c]?.[r] ?? null;
  return value === null ? null : String(value);
}

/**
 * Rewrites the text cells of one column with `edit`; null from `edit` means "unchanged".
 * The first original wins: originals keep what the source file said, not an intermediate step.
 */
export function mapTextCells(
  table: Table,
  c: number,
  edit: (text: string) => string | null,
  emptyToNull = true,
): { update: ColumnUpdate | null; changed: number } {
  const source = table.values[c] ?? [];
  let out: CellValue[] | null = null;
  let originals: Map<number, string> | null = null;
  let changed = 0;
  for (let r = 0; r < source.length; r++) {
    const value = source[r] ?? null;
    if (typeof value !== 'string') continue;
    const next = edit(value);
    if (next === null || next === value) continue;
    if (out === null) {
      out = source.slice();
      originals = new Map(table.originals[c]);
    }
    out[r] = emptyToNull && next === '' ? null : next;
    if (!originals?.has(r)) originals?.set(r, value);
    changed++;
  }
  if (out === null || originals === null) return { update: null, changed: 0 };
  return { update: { values: out, originals }, changed };
}

/** Keeps the rows in `kept` (ascending input indexes). */
export function selectRows(table: Table, kept: readonly number[]): Table {
  const values = table.values.map((column) => {
    const out = new Array<CellValue>(kept.length);
    for (let i = 0; i < kept.length; i++) out[i] = column[kept[i] as number] ?? null;
    return out;
  });
  const originals = table.originals.map((map) => {
    const out = new Map<number, string>();
    if (map.size === 0) return out;
    for (let i = 0; i < kept.length; i++) {
      const text = map.get(kept[i] as number);
      if (text !== undefined) out.set(i, text);
    }
    return out;
  });
  return { columns: table.columns, values, originals, rowCount: kept.length };
}

/** A column key not used in the table (`c12`): keys stay unique as ops add columns. */
export function freshKeys(table: Table, count: number): string[] {
  let next = 0;
  for (const column of table.columns) {
    const n = /^c(\d+)$/.exec(column.key);
    if (n !== null) next = Math.max(next, Number(n[1]) + 1);
  }
  return Array.from({ length: count }, (_, i) => `c${next + i}`);
}

export function assertNewName(table: Table, name: string, except?: number): void {
  const clash = table.columns.findIndex((column) => column.name === name);
  if (clash >= 0 && clash !== except) {
    throw new StepFailure({ code: 'columnExists', params: { column: name } });
  }
}

export function isEmptyCell(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/** Step params read with a fallback; schemas have validated their shape already. */
export function param<T>(
  step: { params: Readonly<Record<string, unknown>> },
  name: string,
  fallback: T,
): T {
  const value = step.params[name];
  return value === undefined ? fallback : (value as T);
}
