/**
 * The table model shared by the reader, the grid, the recipe and the exporters
 * (architecture.md §4). Columnar: one array of values per column.
 */

export const COLUMN_TYPES = [
  'text',
  'integer',
  'decimal',
  'date',
  'datetime',
  'boolean',
  'empty',
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/**
 * A cell value as it travels over the contract. Dates are ISO 8601 strings
 * (`2023-02-01`, `2023-02-01T08:30:00`) in columns typed `date`/`datetime`; numbers are plain JS
 * numbers; `null` is an empty cell.
 */
export type CellValue = string | number | boolean | null;

export interface ColumnInfo {
  /** Stable machine key within the table (`c0`, `c1`, …): never a header text, so `__proto__` cannot pollute anything. */
  readonly key: string;
  /** Header text as the clerk wrote it (trimmed); generated (`Kolona 3`) when the header cell was empty. */
  readonly name: string;
  readonly type: ColumnType;
}

/** A columnar table held by the backend. */
export interface Table {
  readonly columns: readonly ColumnInfo[];
  /** values[c][r]: column-major. */
  readonly values: readonly (readonly CellValue[])[];
  /**
   * originals[c] maps a row index to the source text where parsing changed the value
   * (a Serbian number `1.234,5` parsed to 1234.5, a text date parsed to ISO). Sparse.
   */
  readonly originals: readonly ReadonlyMap<number, string>[];
  readonly rowCount: number;
}
