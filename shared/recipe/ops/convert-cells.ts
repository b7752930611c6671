/**
 * Converting a column's cells to a type, shared by parse-numbers, parse-dates and change-type.
 * Reuses the reader's own parsers (shared/table), so a value typed by a recipe step and one typed
 * at import agree. A cell that does not convert is left as it was and counted: the column then
 * declares the new type, and the column profile lists the cell as invalid for it.
 */
import type { CellValue, ColumnType, Table } from '../../table/types';
import {
  parseScannedNumber,
  resolveNumberStyle,
  scanNumber,
  type NumberStyle,
} from '../../table/parse-number';
import { parseTextDate } from '../../table/parse-date';
import { parseTextBoolean } from '../../table/parse-boolean';
import { formatPlainNumber } from '../../table/format-number';
import { excelSerialToIso } from '../../table/excel-date';
import type { ColumnUpdate } from '../table-edit';

/** Currency and percent marks around a Serbian amount (serbian-pii.md §3.5). */
const UNITS = /^(?:€|EUR|RSD|din\.?|дин\.?)\s*|\s*(?:RSD|EUR|€|din\.?|dinara|дин\.?|динара|%)$/giu;

export function stripUnits(text: string): string {
  return text.replace(UNITS, '').trim();
}

export type StyleChoice = NumberStyle | 'auto';

/** The column's number style from all its texts (a `1.234` alone is Serbian thousands). */
export function columnNumberStyle(values: readonly CellValue[], units: boolean): NumberStyle {
  let sawSr = false;
  let sawEn = false;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const scan = scanNumber(units ? stripUnits(value.trim()) : value.trim());
    if (scan === null) continue;
    if (scan.evidence === 'sr') sawSr = true;
    else if (scan.evidence === 'en') sawEn = true;
    if (sawSr && sawEn) break;
  }
  return resolveNumberStyle(sawSr, sawEn) ?? 'sr';
}

export function parseNumberText(text: string, style: NumberStyle, units: boolean): number | null {
  const trimmed = units ? stripUnits(text.trim()) : text.trim();
  const scan = scanNumber(trimmed);
  // Identifiers (leading zero, 13+ digits) are never numbers: JMBG, accounts (architecture §4).
  if (scan === null || scan.identifier) return null;
  return parseScannedNumber(scan, style)?.value ?? null;
}

/** One number typed by the clerk (a filter bound): its own shape decides the style. */
export function parseTypedNumber(text: string): number | null {
  const trimmed = stripUnits(text.trim());
  const scan = scanNumber(trimmed);
  if (scan === null) return null;
  return parseScannedNumber(scan, scan.evidence === 'en' ? 'en' : 'sr')?.value ?? null;
}

export interface Conversion {
  readonly update: ColumnUpdate;
  readonly changed: number;
  readonly invalid: number;
}

/**
 * Converts every cell with `convert` (null = could not); empty texts become empty cells. Keeps
 * the first original, so the source text survives any number of steps.
 */
export function convertColumn(
  table: Table,
  c: number,
  type: ColumnType,
  convert: (value: CellValue) => CellValue | undefined,
): Conversion {
  const source = table.values[c] ?? [];
  const values = source.slice();
  const originals = new Map(table.originals[c]);
  let changed = 0;
  let invalid = 0;
  for (let r = 0; r < source.length; r++) {
    const value = source[r] ?? null;
    if (value === null) continue;
    if (typeof value === 'string' && value.trim() === '') {
      values[r] = null;
      if (!originals.has(r)) originals.set(r, value);
      changed++;
      continue;
    }
    const next = convert(value);
    if (next === undefined) {
      invalid++;
      continue;
    }
    if (next === value) continue;
    values[r] = next;
    if (!originals.has(r)) originals.set(r, textOf(value));
    changed++;
  }
  return { update: { values, originals, type }, changed, invalid };
}

export function textOf(value: CellValue): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatPlainNumber(value) : String(value);
}

/** Number cells for an integer/decimal column; undefined = not a number. */
export function toNumber(style: NumberStyle, units: boolean) {
  return (value: CellValue): CellValue | undefined => {
    if (typeof value === 'number') return value;
    if (typeof value !== 'string') return undefined;
    return parseNumberText(value, style, units) ?? undefined;
  };
}

/** Date cells: texts in any reader-known form; numbers as Excel serials only when asked. */
export function toDate(datetime: boolean, serials: boolean) {
  return (value: CellValue): CellValue | undefined => {
    let iso: string | null = null;
    if (typeof value === 'string') iso = parseTextDate(value.trim())?.iso ?? null;
    else if (typeof value === 'number' && serials) {
      const parsed = excelSerialToIso(value, false);
      iso = parsed === null || parsed.kind === 'time' ? null : parsed.iso;
    }
    if (iso === null) return undefined;
    if (datetime) return iso.length === 10 ? `${iso}T00:00:00` : iso;
    return iso;
  };
}

/** Text cells: numbers written plainly, booleans as `true`/`false`. */
export function toText(value: CellValue): CellValue | undefined {
  return typeof value === 'string' ? value : textOf(value);
}

/** Boolean cells: TRUE/FALSE, TAČNO/NETAČNO, ТАЧНО/НЕТАЧНО, and da/ne — the clerk asked. */
export function toBoolean(value: CellValue): CellValue | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (value === null) return undefined;
  const text = value.trim().toLowerCase();
  if (text === 'da' || text === 'да') return true;
  if (text === 'ne' || text === 'не') return false;
  return parseTextBoolean(text) ?? undefined;
}

/** Any value with a fractional part makes the column decimal rather than integer. */
export function numberType(values: readonly CellValue[]): 'integer' | 'decimal' {
  for (const value of values) {
    if (typeof value === 'number' && !Number.isInteger(value)) return 'decimal';
  }
  return 'integer';
}
