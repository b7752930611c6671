/**
 * Hand-written readers for the commonest cell texts of a city register — plain integers
 * (`26000`), Serbian decimals (`21.250,00`, `12,5`) and dotted dates (`08.01.1965.`) — so a
 * million-row column is typed without a regular expression per cell. Each reader either gives
 * exactly what the general readers (parse-number.ts, parse-date.ts) would, or declines and lets
 * them decide; tests/unit/table/quick-parse.test.ts holds them to that.
 */
import { isoDate, isValidCivilDate } from './calendar';

/** What quickNumber recognized. */
export const QUICK = {
  /** Not a form handled here: ask the general readers. */
  unknown: 0,
  /** Digits only, no leading zero, at most 12 digits: style-neutral, reads back as itself. */
  plainInteger: 1,
  /** Unambiguously Serbian: `12,5`, `1.234,56`, `1.234.567,00`. */
  serbianDecimal: 2,
  /** A leading zero or 13+ integer digits: an identifier, so the column stays text. */
  identifier: 3,
} as const;
export type QuickKind = (typeof QUICK)[keyof typeof QUICK];

/** The last quickNumber result (a shared slot: no object per cell). */
export const quickResult = { value: 0, dot: false };

const IDENTIFIER_DIGITS = 13;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reads an already trimmed text; see QUICK. */
export function quickNumber(text: string): QuickKind {
  const length = text.length;
  const first = text.charCodeAt(0);
  if (!isDigit(first)) return QUICK.unknown;
  let i = 1;
  while (i < length && isDigit(text.charCodeAt(i))) i++;
  const leadingZero = first === 48 && i > 1;
  if (i === length) {
    // `007` and `0101990710006` are identifiers; so is any 13+ digit number.
    if (leadingZero || length >= IDENTIFIER_DIGITS) return QUICK.identifier;
    let value = 0;
    for (let k = 0; k < length; k++) value = value * 10 + (text.charCodeAt(k) - 48);
    quickResult.value = value;
    quickResult.dot = false;
    return QUICK.plainInteger;
  }
  const separator = text.charCodeAt(i);
  if (separator === 44 /* , */) {
    // `\d+,\d+`; `1,234` (1–3 digits, comma, exactly 3) could be English, so it is declined.
    let j = i + 1;
    while (j < length && isDigit(text.charCodeAt(j))) j++;
    if (j !== length || j === i + 1) return QUICK.unknown;
    if (leadingZero || i >= IDENTIFIER_DIGITS) return QUICK.identifier;
    if (first !== 48 && i <= 3 && length - i - 1 === 3) return QUICK.unknown;
    quickResult.value = Number(`${text.slice(0, i)}.${text.slice(i + 1)}`);
    quickResult.dot = false;
    return QUICK.serbianDecimal;
  }
  if (separator !== 46 /* . */ || first === 48 || i > 3) return QUICK.unknown;
  // `[1-9]\d{0,2}(\.\d{3})+,\d+`: thousands dots and a decimal comma.
  let groups = 0;
  let j = i;
  while (
    j + 3 < length &&
    text.charCodeAt(j) === 46 &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    isDigit(text.charCodeAt(j + 3))
  ) {
    groups++;
    j += 4;
  }
  if (groups === 0 || j >= length || text.charCodeAt(j) !== 44) return QUICK.unknown;
  let k = j + 1;
  while (k < length && isDigit(text.charCodeAt(k))) k++;
  if (k !== length || k === j + 1) return QUICK.unknown;
  if (i + groups * 3 >= IDENTIFIER_DIGITS) return QUICK.identifier;
  quickResult.value = Number(`${text.slice(0, j).replaceAll('.', '')}.${text.slice(j + 1)}`);
  quickResult.dot = true;
  return QUICK.serbianDecimal;
}

/** One or two digits at `at` as a number and its end, or -1 when there is no digit. */
function smallNumber(text: string, at: number): number {
  const a = text.charCodeAt(at);
  if (!isDigit(a)) return -1;
  const b = text.charCodeAt(at + 1);
  return isDigit(b) ? (a - 48) * 10 + (b - 48) + 100 : a - 48;
}

/**
 * `d.m.yyyy` with one- or two-digit day and month and an optional closing dot, as the ISO date;
 * null for anything else (other forms, impossible dates), which the general reader then judges.
 */
export function quickDottedDate(text: string): string | null {
  const length = text.length;
  if (length < 8 || length > 11) return null;
  // smallNumber adds 100 to mark two digits.
  const dayRead = smallNumber(text, 0);
  if (dayRead < 0) return null;
  let i = dayRead >= 100 ? 2 : 1;
  if (text.charCodeAt(i) !== 46) return null;
  const monthRead = smallNumber(text, i + 1);
  if (monthRead < 0) return null;
  i += monthRead >= 100 ? 3 : 2;
  if (text.charCodeAt(i) !== 46) return null;
  i++;
  if (i + 4 > length) return null;
  let year = 0;
  for (let k = i; k < i + 4; k++) {
    const code = text.charCodeAt(k);
    if (!isDigit(code)) return null;
    year = year * 10 + (code - 48);
  }
  i += 4;
  if (i !== length && !(i === length - 1 && text.charCodeAt(i) === 46)) return null;
  const day = dayRead % 100;
  const month = monthRead % 100;
  return isValidCivilDate(year, month, day) ? isoDate(year, month, day) : null;
}
