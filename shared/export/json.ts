/**
 * JSON export: an array of objects, one per row, keyed by machine-readable column names
 * (`prezime_i_ime`, recipe/machine-name.ts; the human labels go to the metadata), with typed
 * values: numbers as JSON numbers, booleans, dates as ISO 8601 strings, empty cells as null.
 * Written by hand one row per line, joined once: linear on 500k rows, and key order is the
 * column order. Keys come from our own snake_case names, never `__proto__` (it folds to `proto`).
 * No formula guard: JSON is read by programs, not executed by spreadsheets.
 */
import type { CellValue, Table } from '../table/types';
import { suggestMachineNames } from '../recipe/machine-name';

// shared/ has neither DOM nor Node typings; TextEncoder is a global in both runtimes.
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

export interface JsonOptions {
  /** Property names per column; suggestMachineNames(column names) when absent. */
  readonly names?: readonly string[];
}

function valueJson(value: CellValue): string {
  if (value === null) return 'null';
  // NaN/Infinity are not JSON; an empty value is the honest form.
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  return JSON.stringify(value);
}

export function tableToJsonText(table: Table, options: JsonOptions = {}): string {
  const names = options.names ?? suggestMachineNames(table.columns.map((column) => column.name));
  const keys = table.columns.map((_, c) => `${JSON.stringify(names[c] ?? `kolona_${c + 1}`)}:`);
  const rows: string[] = new Array<string>(table.rowCount);
  const parts: string[] = new Array<string>(keys.length);
  for (let r = 0; r < table.rowCount; r++) {
    for (let c = 0; c < keys.length; c++) {
      parts[c] = (keys[c] as string) + valueJson(table.values[c]?.[r] ?? null);
    }
    rows[r] = `{${parts.join(',')}}`;
  }
  return rows.length === 0 ? '[]\n' : `[\n${rows.join(',\n')}\n]\n`;
}

export function writeJson(table: Table, options: JsonOptions = {}): Uint8Array {
  return new TextEncoder().encode(tableToJsonText(table, options));
}
