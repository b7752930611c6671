/**
 * Column typing (architecture.md §4): decides one ColumnType per column from all of its raw
 * values and converts them to typed values, keeping the source text wherever parsing changed
 * it. One pass per column: each cell is parsed once, under the number style its own text
 * implies, while the column's type is being decided; the few values whose reading depends on
 * the whole column (`1.234` is 1234 in a Serbian column, 1.234 in an English one) are read again
 * at the end. A column that turns out to be text is left as it was read (its packed texts are
 * the typed column) without parsing the rest. The same pass counts corruption signs.
 *
 * Identifier-like columns stay text: one value with a leading zero (`0101990710006`) or with 13+
 * integer digits makes the whole column text, because typing it as a number would drop the zero
 * or the digits past Excel's 15 (the classic JMBG and bank-account corruptions).
 */
import type { CellValue, ColumnType } from './types';
import { isRawDate, isRawError, type RawCell } from './raw-cell';
import { formatGeneralNumber, formatPlainNumber } from './format-number';
import {
  parseScannedNumber,
  resolveNumberStyle,
  scanNumber,
  type NumberStyle,
} from './parse-number';
import { parseTextDate } from './parse-date';
import { parseTextBoolean } from './parse-boolean';
import { quickDottedDate, quickNumber, QUICK, quickResult } from './quick-parse';
import { CorruptionCounter, mayStartWithDigit, type CorruptionCounts } from './identifiers';
import { RawColumn, TAG_EMPTY, TAG_NUMBER, TAG_OTHER, TAG_TEXT } from './raw-column';
import { TextPacker } from './packed-text';
import {
  unpackOriginals,
  unpackTable,
  type PackedOriginals,
  type PackedValues,
} from './packed-table';

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

/** What the evidence gathered over a column adds up to. */
function decideTyping(
  kinds: number,
  sawSr: boolean,
  sawEn: boolean,
  sawComma: boolean,
  sawDot: boolean,
): ColumnTyping {
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

/** The trimmed text; the same string when it starts and ends with a visible ASCII character. */
function trimmed(cell: string): string {
  return cell.length > 0 &&
    !maybeSpace(cell.charCodeAt(0)) &&
    !maybeSpace(cell.charCodeAt(cell.length - 1))
    ? cell
    : cell.trim();
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

function parseUnder(text: string, style: NumberStyle): number | null {
  const scan = scanNumber(text);
  return scan === null ? null : (parseScannedNumber(scan, style)?.value ?? null);
}

/** Row → source text, collected in row order into packed form. */
class OriginalsCollector {
  private rows = new Int32Array(64);
  private readonly text = new TextPacker();
  private count = 0;

  add(row: number, text: string): void {
    if (this.count === this.rows.length) {
      const rows = new Int32Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
    }
    this.rows[this.count++] = row;
    this.text.add(text);
  }

  finish(): PackedOriginals {
    return { rows: this.rows.subarray(0, this.count), text: this.text.finish() };
  }
}

function packOriginals(originals: ReadonlyMap<number, string>): PackedOriginals {
  const collector = new OriginalsCollector();
  const rows = [...originals.keys()].sort((a, b) => a - b);
  for (const row of rows) collector.add(row, originals.get(row) as string);
  return collector.finish();
}

/** A column of raw cells, typed. */
export interface TypedRawColumn {
  readonly type: ColumnType;
  readonly values: PackedValues;
  readonly originals: PackedOriginals;
  readonly corruption: CorruptionCounts;
}

/** Counts corruption signs from `from` on, making a string only for texts that may matter. */
function countRest(column: RawColumn, from: number, counter: CorruptionCounter): void {
  for (let r = from; r < column.length; r++) {
    const tag = column.tag(r);
    if (tag === TAG_TEXT) {
      if (mayStartWithDigit(column.firstCode(r))) counter.add(column.textAt(r));
    } else if (tag === TAG_NUMBER) {
      counter.add(column.get(r));
    }
  }
}

/** A column that is text (or empty): cells as the clerk wrote them; errors keep their text. */
function textValues(
  column: RawColumn,
  type: 'text' | 'empty',
): { values: PackedValues; originals: PackedOriginals } {
  const originals = new OriginalsCollector();
  if (type === 'text' && !column.hasNonText && !column.hasBlankText) {
    // Nothing to convert: the column's own packed texts are the values.
    const { text, tags } = column.packed();
    return { values: { kind: 'text', text, present: tags }, originals: originals.finish() };
  }
  const n = column.length;
  const text = new TextPacker();
  const present = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const tag = column.tag(r);
    if (tag === TAG_OTHER) {
      const cell = column.get(r);
      if (typeof cell === 'object' && cell !== null && isRawError(cell)) {
        originals.add(r, cell.error);
        text.add('');
        continue;
      }
    }
    const value = type === 'text' && tag !== TAG_EMPTY ? asText(column.get(r)) : null;
    text.add(value ?? '');
    if (value !== null) present[r] = 1;
  }
  const values: PackedValues =
    type === 'text' ? { kind: 'text', text: text.finish(), present } : { kind: 'empty' };
  return { values, originals: originals.finish() };
}

/** Types a column of raw cells: the type, the typed values and the changed source texts. */
export function typeRawColumn(column: RawColumn): TypedRawColumn {
  const n = column.length;
  const corruption = new CorruptionCounter();
  let kinds = 0;
  let sawSr = false;
  let sawEn = false;
  let sawComma = false;
  let sawDot = false;
  const present = new Uint8Array(n);
  let numbers: Float64Array | null = null;
  let flags: Uint8Array | null = null;
  let dates: TextPacker | null = null;
  const originals = new OriginalsCollector();
  /** Rows whose number text reads differently under the two styles (parsed as Serbian so far). */
  const ambiguous: number[] = [];
  const setNumber = (r: number, value: number | null): void => {
    if (value === null) return;
    (numbers ??= new Float64Array(n))[r] = value;
    present[r] = 1;
  };
  const setFlag = (r: number, value: boolean): void => {
    (flags ??= new Uint8Array(n))[r] = value ? 1 : 0;
    present[r] = 1;
  };
  const setDate = (r: number, iso: string): void => {
    dates ??= new TextPacker();
    while (dates.length < r) dates.add('');
    dates.add(iso);
    present[r] = 1;
  };
  let r = 0;
  for (; r < n; r++) {
    const tag = column.tag(r);
    if (tag === TAG_EMPTY) continue;
    const cell = column.get(r);
    corruption.add(cell);
    if (typeof cell === 'string') {
      const text = trimmed(cell);
      if (text === '') continue;
      const quick = quickNumber(text);
      if (quick === QUICK.identifier) {
        kinds |= K_IDENTIFIER;
        break;
      }
      if (quick !== QUICK.unknown) {
        kinds |= K_NUMBER_TEXT;
        if (quick === QUICK.serbianDecimal) {
          sawSr = true;
          sawComma = true;
          if (quickResult.dot) sawDot = true;
        }
        setNumber(r, quickResult.value);
        // A plain integer reads back as itself; a decimal comma never does.
        if (quick !== QUICK.plainInteger || text !== cell) originals.add(r, cell);
      } else {
        const iso = quickDottedDate(text);
        if (iso !== null) {
          kinds |= K_DATE;
          setDate(r, iso);
          originals.add(r, cell);
        } else {
          const date = parseTextDate(text);
          if (date !== null) {
            kinds |= date.kind === 'date' ? K_DATE : K_DATETIME;
            setDate(r, date.iso);
            if (date.iso !== cell) originals.add(r, cell);
          } else {
            const scan = scanNumber(text);
            if (scan !== null) {
              if (scan.identifier) {
                kinds |= K_IDENTIFIER;
                break;
              }
              kinds |= K_NUMBER_TEXT;
              const evidence = scan.evidence;
              if (evidence === 'sr') sawSr = true;
              else if (evidence === 'en') sawEn = true;
              else if (evidence !== 'neutral') ambiguous.push(r);
              if (scan.body.includes(',')) sawComma = true;
              if (scan.body.includes('.')) sawDot = true;
              const value =
                parseScannedNumber(scan, evidence === 'en' ? 'en' : 'sr')?.value ?? null;
              setNumber(r, value);
              if (value === null || formatPlainNumber(value) !== cell) originals.add(r, cell);
            } else {
              const flag = parseTextBoolean(text);
              if (flag === null) {
                kinds |= K_TEXT;
                break;
              }
              kinds |= K_BOOLEAN;
              setFlag(r, flag);
              if (String(flag) !== cell) originals.add(r, cell);
            }
          }
        }
      }
    } else if (typeof cell === 'number') {
      if (Number.isInteger(cell)) {
        kinds |= Math.abs(cell) >= IDENTIFIER_MAGNITUDE ? K_IDENTIFIER : K_INTEGER;
      } else {
        kinds |= K_FRACTION;
      }
      setNumber(r, cell);
    } else if (typeof cell === 'boolean') {
      kinds |= K_BOOLEAN;
      setFlag(r, cell);
    } else if (cell !== null && isRawDate(cell)) {
      kinds |= cell.iso.length > 10 ? K_DATETIME : K_DATE;
      setDate(r, cell.iso);
    } else if (cell !== null && isRawError(cell)) {
      // No value, does not vote; its text is kept.
      originals.add(r, cell.error);
    }
    // Values of two kinds (numbers and dates) make a text column: no need to read further.
    if (kinds & K_IDENTIFIER || groupsPresent(kinds) > 1) break;
  }
  countRest(column, r + 1, corruption);

  const { type, numberStyle } = decideTyping(kinds, sawSr, sawEn, sawComma, sawDot);
  if (type === 'text' || type === 'empty') return { type, ...textValues(column, type), corruption };
  if (type === 'boolean') {
    const values: PackedValues = { kind: 'boolean', flags: flags ?? new Uint8Array(n), present };
    return { type, values, originals: originals.finish(), corruption };
  }
  if (type === 'date' || type === 'datetime') {
    const packer: TextPacker = dates ?? new TextPacker();
    while (packer.length < n) packer.add('');
    if (type === 'date') {
      const values: PackedValues = { kind: 'text', text: packer.finish(), present };
      return { type, values, originals: originals.finish(), corruption };
    }
    return { type, ...withMidnight(column, packer, present, originals.finish()), corruption };
  }
  const values: PackedValues = {
    kind: 'number',
    numbers: numbers ?? new Float64Array(n),
    present,
  };
  if (numberStyle === 'en' && ambiguous.length > 0) {
    const changed = unpackOriginals(originals.finish());
    for (const row of ambiguous) {
      const cell = column.textAt(row);
      const value = parseUnder(cell.trim(), 'en');
      present[row] = value === null ? 0 : 1;
      if (value !== null) values.numbers[row] = value;
      if (value === null || formatPlainNumber(value) !== cell) changed.set(row, cell);
      else changed.delete(row);
    }
    return { type, values, originals: packOriginals(changed), corruption };
  }
  return { type, values, originals: originals.finish(), corruption };
}

/**
 * Date-only values in a column that also has times get midnight, and then differ from an ISO
 * date text (`2023-02-01`) that matched exactly before.
 */
function withMidnight(
  column: RawColumn,
  dates: TextPacker,
  present: Uint8Array,
  originals: PackedOriginals,
): { values: PackedValues; originals: PackedOriginals } {
  const changed = unpackOriginals(originals);
  const text = new TextPacker();
  for (let r = 0; r < column.length; r++) {
    const iso = dates.at(r);
    if (present[r] === 1 && iso.length === 10) {
      text.add(`${iso}T00:00:00`);
      if (column.tag(r) === TAG_TEXT && !changed.has(r)) changed.set(r, column.textAt(r));
    } else {
      text.add(iso);
    }
  }
  return {
    values: { kind: 'text', text: text.finish(), present },
    originals: packOriginals(changed),
  };
}

/** Types a column given as an array (tests, callers with a few values). */
export function typeColumn(raw: readonly RawCell[]): TypedColumn {
  const column = new RawColumn();
  for (const cell of raw) column.push(cell ?? null);
  const typed = typeRawColumn(column);
  const table = unpackTable({
    columns: [{ key: 'c0', name: '', type: typed.type }],
    values: [typed.values],
    originals: [typed.originals],
    rowCount: raw.length,
  });
  return {
    type: typed.type,
    values: table.values[0] as CellValue[],
    originals: unpackOriginals(typed.originals),
  };
}
