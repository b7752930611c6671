/** Builders shared by the recipe tests: small tables, steps, an ajv-backed SchemaCheck. */
import { Ajv } from 'ajv';
import type { CellValue, ColumnType, Table } from '../../../shared/table/types';
import { createSchemaCheck } from '../../../shared/recipe/schema-check';
import type { Recipe, Step } from '../../../shared/recipe/types';
import {
  generateRegisterRows,
  REGISTER_HEADERS,
} from '../../../electron/backend/sample/register-rows';

export function table(
  columns: readonly (readonly [string, ColumnType])[],
  rows: readonly (readonly CellValue[])[],
): Table {
  return {
    columns: columns.map(([name, type], i) => ({ key: `c${i}`, name, type })),
    values: columns.map((_, c) => rows.map((row) => row[c] ?? null)),
    originals: columns.map(() => new Map<number, string>()),
    rowCount: rows.length,
  };
}

/** One text column. */
export function textColumn(name: string, values: readonly (string | null)[]): Table {
  return table(
    [[name, 'text']],
    values.map((v) => [v]),
  );
}

let counter = 0;
export function step(
  op: string,
  column: string | undefined,
  params: Record<string, unknown> = {},
): Step {
  counter++;
  return column === undefined
    ? { id: `s${counter}`, op, params, enabled: true }
    : { id: `s${counter}`, op, column, params, enabled: true };
}

export function recipe(...steps: Step[]): Recipe {
  return { version: 1, steps };
}

export const check = createSchemaCheck(
  new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }),
);

export function column(t: Table, name: string): readonly CellValue[] {
  const c = t.columns.findIndex((info) => info.name === name);
  if (c < 0) throw new Error(`no column ${name}`);
  return t.values[c]!;
}

function serbianAmount(value: number): string {
  const [whole = '0', fraction = '00'] = value.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}

function serbianDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}.`;
}

/**
 * The synthetic register as an all-text table, the way a Serbian CSV arrives before any typing:
 * amounts `12.345,50`, dates `01.02.2023.`, some cells with NBSP and stray spaces.
 */
export function registerTextTable(count: number, seed: number): Table {
  const rows = generateRegisterRows(count, seed);
  const cells: CellValue[][] = rows.map((row, i) => [
    String(row.redniBroj),
    i % 7 === 0 ? ` ${row.prezimeIme}\u00a0 ` : row.prezimeIme,
    row.jmbg,
    row.adresa,
    row.naselje,
    row.telefon,
    serbianAmount(row.iznos),
    serbianDate(row.datumResenja),
    row.napomena,
  ]);
  return table(
    REGISTER_HEADERS.map((name) => [name, 'text'] as const),
    cells,
  );
}
