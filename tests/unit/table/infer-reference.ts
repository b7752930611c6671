/**
 * Column typing (architecture.md §4): decides one ColumnType per column from all of its raw
 * values, then converts them to typed CellValues, keeping the source text wherever parsing
 * changed it. Two linear passes per column; nothing here allocates per cell beyond the result.
 *
 * Identifier-like columns stay text: one value with a leading zero (`0101990710006`) or with 13+
 * integer digits makes the whole column text, because typing it as a number would drop the zero
 * or the digits past Excel's 15 (the classic JMBG and bank-account corruptions).
 */
import type { CellValue, ColumnType } from '../../../shared/table/types';
import { isRawDate, isRawError, type RawCell } from '../../../shared/table/raw-cell';
import { formatGeneralNumber, formatPlainNumber } from '../../../shared/table/format-number';
import {
  parseScannedNumber,
  resolveNumberStyle,
  scanNumber,
  type NumberStyle,
} from '../../../shared/table/parse-number';
import { parseTextDate } from '../../../shared/table/parse-date';
import { parseTextBoolean } from '../../../shared/table/parse-boolean';

export interface TypedColumn {
  readonly type: ColumnType;
  readonly values: CellValue[];
  /** Row index → source text, only where the typed value differs from what the cell said. */
  readonly originals: Map<number, string>;
}

export interface ColumnTyping {
  readonly type: ColumnType;
  /** How number-shaped texts are read; meaningful for integer/decimal columns. */
  readonly numberStyle: NumberStyle;
}

const K_BOOLEAN = 1;
const K_DATE = 2;
const K_DATETIME = 4;
const K_INTEGER = 8;
const K_FRACTION = 16;
const K_NUMBER_TEXT = 32;
const K_TEXT = 64;
const K_IDENTIFIER = 128;

const GROUP_BOOLEAN = K_BOOLEAN;
const GROUP_DATE = K_DATE | K_DATETIME;
const GROUP_NUMBER = K_INTEGER | K_FRACTION | K_NUMBER_TEXT;

/** 13 digits: the smallest number that is identifier-like by length. */
const IDENTIFIER_MAGNITUDE = 1e12;

function groupsPresent(kinds: number): number {
  return (
    (kinds & GROUP_BOOLEAN ? 1 : 0) + (kinds & GROUP_DATE ? 1 : 0) + (kinds & GROUP_NUMBER ? 1 : 0)
  );
}

/** First pass: what the values could be, taken together. */
export function inferColumnType(raw: readonly RawCell[]): ColumnTyping {
  let kinds = 0;
  let sawSr = false;
  let sawEn = false;
  let sawComma = false;
  let sawDot = false;
  for (let r = 0; r < raw.length; r++) {
    const cell = raw[r];
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'number') {
      if (Number.isInteger(cell)) {
        kinds |= Math.abs(cell) >= IDENTIFIER_MAGNITUDE ? K_IDENTIFIER : K_INTEGER;
      } else {
        kinds |= K_FRACTION;
      }
    } else if (typeof cell === 'boolean') {
      kinds |= K_BOOLEAN;
    } else if (typeof cell === 'string') {
      const text = cell.trim();
      if (text === '') continue;
      const date = parseTextDate(text);
      if (date !== null) {
        kinds |= date.kind === 'date' ? K_DATE : K_DATETIME;
        continue;
      }
      const scan = scanNumber(text);
      if (scan !== null) {
        if (scan.identifier) kinds |= K_IDENTIFIER;
        kinds |= K_NUMBER_TEXT;
        if (scan.evidence === 'sr') sawSr = true;
        else if (scan.evidence === 'en') sawEn = true;
        if (scan.body.includes(',')) sawComma = true;
        if (scan.body.includes('.')) sawDot = true;
        continue;
      }
      kinds |= parseTextBoolean(text) === null ? K_TEXT : K_BOOLEAN;
    } else if (isRawDate(cell)) {
      kinds |= cell.iso.length > 10 ? K_DATETIME : K_DATE;
    }
    // RawError: no value, does not vote.
    if (kinds & (K_TEXT | K_IDENTIFIER)) break; // text wins; the rest cannot change that
  }

  const style = resolveNumberStyle(sawSr, sawEn);
  const textTyping: ColumnTyping = { type: 'text', numberStyle: style ?? 'sr' };
  if (kinds & (K_TEXT | K_IDENTIFIER)) return textTyping;
  if (kinds === 0) return { type: 'empty', numberStyle: 'sr' };
  if (groupsPresent(kinds) > 1) return textTyping;
  if (kinds & GROUP_BOOLEAN) return { type: 'boolean', numberStyle: 'sr' };
  if (kinds & GROUP_DATE) {
    return { type: kinds & K_DATETIME ? 'datetime' : 'date', numberStyle: 'sr' };
  }
  if (style === null) return textTyping;
  const textFraction = kinds & K_NUMBER_TEXT ? (style === 'sr' ? sawComma : sawDot) : false;
  return { type: kinds & K_FRACTION || textFraction ? 'decimal' : 'integer', numberStyle: style };
}

/** Whether a code unit is one trim() may strip (ASCII space or control, or anything non-ASCII). */
function maybeSpace(code: number): boolean {
  return code <= 32 || code > 0x7e;
}

function asText(cell: RawCell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'string') {
    // Most cells start and end with a visible ASCII character: no trimmed copy is needed.
    if (
      cell.length > 0 &&
      !maybeSpace(cell.charCodeAt(0)) &&
      !maybeSpace(cell.charCodeAt(cell.length - 1))
    ) {
      return cell;
    }
    return cell.trim() === '' ? null : cell;
  }
  if (typeof cell === 'number') return formatGeneralNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (isRawDate(cell)) return cell.iso;
  return null;
}

function toDateValue(iso: string, type: ColumnType): string {
  return type === 'datetime' && iso.length === 10 ? `${iso}T00:00:00` : iso;
}

/** Second pass: typed values under a typing from inferColumnType. */
export function convertColumn(raw: readonly RawCell[], typing: ColumnTyping): TypedColumn {
  const { type, numberStyle } = typing;
  const values: CellValue[] = [];
  const originals = new Map<number, string>();
  for (let r = 0; r < raw.length; r++) {
    const cell = raw[r] ?? null;
    if (typeof cell === 'object' && cell !== null && isRawError(cell)) {
      originals.set(r, cell.error);
      values.push(null);
      continue;
    }
    if (type === 'text' || type === 'empty') {
      values.push(type === 'text' ? asText(cell) : null);
      continue;
    }
    if (cell === null) {
      values.push(null);
      continue;
    }
    // Number, boolean and date cells already carry their type (pass 1 accepted them).
    if (typeof cell === 'number' || typeof cell === 'boolean') {
      values.push(cell);
      continue;
    }
    if (typeof cell !== 'string') {
      values.push(isRawDate(cell) ? toDateValue(cell.iso, type) : null);
      continue;
    }
    const text = cell.trim();
    if (text === '') {
      values.push(null);
      continue;
    }
    const value = convertText(text, type, numberStyle);
    values.push(value);
    if (value === null || textOf(value) !== cell) originals.set(r, cell);
  }
  return { type, values, originals };
}

function convertText(text: string, type: ColumnType, style: NumberStyle): CellValue {
  switch (type) {
    case 'integer':
    case 'decimal': {
      const scan = scanNumber(text);
      return scan === null ? null : (parseScannedNumber(scan, style)?.value ?? null);
    }
    case 'date':
    case 'datetime': {
      const date = parseTextDate(text);
      return date === null ? null : toDateValue(date.iso, type);
    }
    case 'boolean':
      return parseTextBoolean(text);
    case 'text':
    case 'empty':
      return text;
  }
}

function textOf(value: CellValue): string {
  return typeof value === 'number' ? formatPlainNumber(value) : String(value);
}

/** Both passes: the typed column for a column of raw cells. */
export function typeColumn(raw: readonly RawCell[]): TypedColumn {
  return convertColumn(raw, inferColumnType(raw));
}
