/**
 * The column dictionary as documentation files published beside the data: a CSV people open in
 * Excel, and a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) that
 * validators read. Both describe the CSV Otvori writes (shared/export/csv.ts): plain numbers with
 * a dot, ISO dates, `true`/`false`, empty cells for missing values.
 */
import { tableToCsvText } from '../export/csv';
import type { Table } from '../table/types';
import type { ColumnDescription } from './types';

/** Header row of the dictionary CSV: Table Schema's own property names, known to re-users' tools. */
export const DICTIONARY_CSV_HEADERS = [
  'name',
  'title',
  'description',
  'type',
  'unit',
  'allowed_values',
] as const;

/** Separator of allowed values inside one CSV cell. */
export const ALLOWED_VALUES_SEPARATOR = ' | ';

export function dictionaryCsvText(
  dictionary: readonly ColumnDescription[],
  options: { bom?: boolean } = {},
): string {
  const rows = dictionary.map((entry) => [
    entry.name,
    entry.label,
    entry.description,
    entry.type,
    entry.unit,
    entry.allowedValues.join(ALLOWED_VALUES_SEPARATOR),
  ]);
  const table: Table = {
    columns: DICTIONARY_CSV_HEADERS.map((name, index) => ({
      key: `c${index}`,
      name,
      type: 'text' as const,
    })),
    values: DICTIONARY_CSV_HEADERS.map((_, c) =>
      rows.map((row) => (row[c] === '' ? null : (row[c] ?? null))),
    ),
    originals: DICTIONARY_CSV_HEADERS.map(() => new Map<number, string>()),
    rowCount: rows.length,
  };
  return tableToCsvText(table, options);
}

export interface TableSchemaField {
  name: string;
  type: string;
  title?: string;
  description?: string;
  format?: string;
  /** Not in Table Schema v1; allowed as an extra property ("descriptors MAY contain others"). */
  unit?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { enum: (string | boolean)[] };
}

export interface TableSchema {
  $schema: string;
  fields: TableSchemaField[];
  missingValues: string[];
}

export const TABLE_SCHEMA_PROFILE = 'https://specs.frictionlessdata.io/schemas/table-schema.json';

function fieldOf(entry: ColumnDescription): TableSchemaField {
  const field: TableSchemaField = { name: entry.name, type: entry.type };
  if (entry.label.trim() !== '') field.title = entry.label.trim();
  if (entry.description.trim() !== '') field.description = entry.description.trim();
  // Our datetimes have no zone suffix, unlike Table Schema's default (`…Z`).
  if (entry.type === 'datetime') field.format = '%Y-%m-%dT%H:%M:%S';
  if (entry.unit.trim() !== '') field.unit = entry.unit.trim();
  if (entry.type === 'boolean') {
    field.trueValues = ['true'];
    field.falseValues = ['false'];
  }
  if (entry.allowedValues.length > 0) {
    field.constraints = {
      enum:
        entry.type === 'boolean'
          ? entry.allowedValues.map((v) => v === 'true')
          : [...entry.allowedValues],
    };
  }
  return field;
}

export function toTableSchema(dictionary: readonly ColumnDescription[]): TableSchema {
  return { $schema: TABLE_SCHEMA_PROFILE, fields: dictionary.map(fieldOf), missingValues: [''] };
}

export function tableSchemaJson(dictionary: readonly ColumnDescription[]): string {
  return `${JSON.stringify(toTableSchema(dictionary), null, 2)}\n`;
}
