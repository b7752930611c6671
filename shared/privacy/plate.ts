/**
 * Vehicle plates since 2011 (serbian-pii.md §1.8): area code, 3–5 digits, 2 letters, in Latin or
 * Cyrillic capitals: `PA 123-AB`, `PA-123-AB`, `PA1234CD`, `ПА 123-АБ`. Plates are never
 * transliterated (§3.1), so both alphabets are matched as written.
 */
import type { Span } from './types';

const LAT = '[A-ZČĆŠŽĐ]{2}';
const CYR = '[А-ШЂЈЉЊЋЏ]{2}';
const PLATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${LAT}|${CYR})[\s\-]?\d{3,5}[\s\-]?(?:${LAT}|${CYR})(?![\p{L}\p{N}])`,
  'gu',
);

export function findPlates(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(PLATE)) {
    spans.push({ kind: 'plate', start: m.index, end: m.index + m[0].length, basis: 'pattern' });
  }
  return spans;
}
