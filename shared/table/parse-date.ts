/**
 * Text dates as Serbian clerks type them (`01.02.2023.`, `1.2.2023`, `1. 2. 2023.`, with an
 * optional time `08:30`) and ISO 8601 (`2023-02-01`, `2023-02-01T08:30:00`). Slash dates
 * (`01/02/2023`) are left alone: day-first or month-first cannot be told from one value.
 * Month names in either script and case (`1. februar 2023.`, `1. фебруара 2023.`) are read too.
 */
import { isValidCivilDate, isoDate, isoDateTime } from './calendar';
import { cyrillicToLatin } from '../text/transliterate';

export interface ParsedDate {
  readonly kind: 'date' | 'datetime';
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`. */
  readonly iso: string;
}

const DOTTED = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const NAMED = /^(\d{1,2})\.\s*([\p{L}]+)\s+(\d{4})\.?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u;

/** Month stems in Latin (Cyrillic is transliterated first); nominative and genitive both fit. */
const MONTH_STEMS: readonly (readonly string[])[] = [
  ['januar'],
  ['februar'],
  ['mart'],
  ['april'],
  ['maj'],
  ['jun'],
  ['jul'],
  ['avgust', 'august'],
  ['septemb'],
  ['oktob'],
  ['novemb'],
  ['decemb'],
];
const MONTH_FORMS = new Map<string, number>();
for (const [i, stems] of MONTH_STEMS.entries()) {
  for (const stem of stems) {
    for (const ending of ['', 'a', 'i', 'ar', 'ra']) MONTH_FORMS.set(stem + ending, i + 1);
  }
}

/** 1–12 for a Serbian month name in either script (`februar`, `фебруара`), else null. */
export function monthNumber(word: string): number | null {
  // Month names have no č/ć/ž/š/đ, so folding marks after transliteration loses nothing.
  const latin = cyrillicToLatin(word.toLowerCase()).normalize('NFD').replace(/\p{M}/gu, '');
  return MONTH_FORMS.get(latin) ?? null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function build(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
): ParsedDate | null {
  if (!isValidCivilDate(year, month, day)) return null;
  if (hour === undefined || minute === undefined) {
    return { kind: 'date', iso: isoDate(year, month, day) };
  }
  const h = Number(hour);
  const m = Number(minute);
  const s = second === undefined ? 0 : Number(second);
  if (h > 23 || m > 59 || s > 59) return null;
  return { kind: 'datetime', iso: isoDateTime(year, month, day, h, m, s) };
}

/** Parses a trimmed text; null when it is not a date this module knows. */
export function parseTextDate(text: string): ParsedDate | null {
  // Cheap guard: every accepted form starts with a digit and is short.
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57) || text.length > 40) return null;
  const dotted = DOTTED.exec(text);
  if (dotted !== null) {
    const [, d, mo, y, h, mi, s] = dotted;
    return build(Number(y), Number(mo), Number(d), h, mi, s);
  }
  const named = NAMED.exec(text);
  if (named !== null) {
    const [, d, name, y, h, mi, s] = named;
    const month = monthNumber(name ?? '');
    return month === null ? null : build(Number(y), month, Number(d), h, mi, s);
  }
  const iso = ISO.exec(text);
  if (iso !== null) {
    const [, y, mo, d, h, mi, s] = iso;
    return build(Number(y), Number(mo), Number(d), h, mi, s);
  }
  return null;
}
