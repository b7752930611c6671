/**
 * Dates as they appear in birth-date columns and sentences (serbian-pii.md §1.12, §3.6): `01.02.1985.`,
 * `1. 2. 1985`, ISO `1985-02-01`, `1. februara 1985. godine` in both scripts. A date is personal
 * only as a birth date, so a cell counts by header (`Datum rođenja`) and a sentence by a keyword
 * just before it (`rođen`, `рођена`, `dat. rođ.`).
 */
import type { Span } from './types';

const MONTHS =
  'januar|februar|mart|april|maj|jun|jul|avgust|septemb|oktob|novemb|decemb|јануар|фебруар|март|април|мај|јун|јул|август|септемб|октоб|новемб|децемб';
const DATE_SOURCE = String.raw`(?<!\d)(?:(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:19|20)\d{2}\.?|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])\.\s*(?:${MONTHS})(?:a|ar|ra|i|а|ар|ра)?\s+(?:19|20)\d{2}\.?(?:\s*(?:godine|године|god\.|год\.))?)(?!\d)`;
const WHOLE_DATE = new RegExp(`^\\s*${DATE_SOURCE}\\s*$`, 'iu');
const BIRTH_DATE_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}])(?:rođen[aio]?|rodjen[aio]?|рођен[аио]?|dat(?:um)?\.?\s*rođ(?:enja|\.)?|datum rodjenja|датум рођења|r\.)[\s:,]{0,3}(?:dana\s+|je\s+|дана\s+)?(${DATE_SOURCE})`,
  'giu',
);

/** True for a cell holding one date in a Serbian or ISO spelling (also `YYYY-MM-DDT…` from a date column). */
export function isDateText(text: string): boolean {
  return WHOLE_DATE.test(text) || /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?$/.test(text.trim());
}

/** Birth dates introduced by a keyword in a sentence; the span covers the date only. */
export function findBirthDates(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(BIRTH_DATE_IN_TEXT)) {
    const date = m[1] as string;
    const start = m.index + m[0].length - date.length;
    spans.push({ kind: 'birth-date', start, end: start + date.length, basis: 'pattern' });
  }
  return spans;
}
