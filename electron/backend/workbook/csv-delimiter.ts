/**
 * Delimiter detection on the start of a CSV text. Serbian Excel writes `;` (the comma is the
 * decimal separator), others `,`, tab or `|`. The winner is the candidate that splits the most
 * sample records into the same number (≥ 2) of fields; ties go to the earlier candidate, so
 * `1,5;2,5` reads as two Serbian decimals, not four fields.
 */
import { parseCsv } from './csv-parse';

export const DELIMITER_CANDIDATES = [';', '\t', ',', '|'] as const;
export type Delimiter = (typeof DELIMITER_CANDIDATES)[number];

export const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 100;
/** Share of sample records that must agree on the field count. */
const MIN_CONSISTENCY = 0.6;

/** Share of sample records having the most common field count, 0 when that count is 1. */
function consistency(sample: string, delimiter: string, complete: boolean): number {
  const useful: number[] = [];
  parseCsv(
    sample,
    delimiter,
    (fields) => {
      // Blank lines say nothing about the delimiter.
      if (fields.length > 1 || fields[0] !== '') useful.push(fields.length);
    },
    { maxRecords: SAMPLE_RECORDS },
  );
  // The last record of a cut sample may be cut too.
  if (!complete && useful.length > 1) useful.pop();
  if (useful.length === 0) return 0;
  const tally = new Map<number, number>();
  for (const n of useful) tally.set(n, (tally.get(n) ?? 0) + 1);
  let mode = 1;
  let modeCount = 0;
  for (const [n, count] of tally) {
    if (count > modeCount || (count === modeCount && n > mode)) {
      mode = n;
      modeCount = count;
    }
  }
  return mode >= 2 ? modeCount / useful.length : 0;
}

/** The delimiter, or null when no candidate splits the text consistently (a one-column file). */
export function detectDelimiter(text: string): Delimiter | null {
  const complete = text.length <= SAMPLE_CHARS;
  const sample = complete ? text : text.slice(0, SAMPLE_CHARS);
  let best: Delimiter | null = null;
  let bestShare = 0;
  for (const candidate of DELIMITER_CANDIDATES) {
    const share = consistency(sample, candidate, complete);
    if (share > bestShare + 1e-9) {
      best = candidate;
      bestShare = share;
    }
  }
  return bestShare >= MIN_CONSISTENCY ? best : null;
}
