/** Calendar checks for `YYYY-MM-DD` strings (temporal coverage is date-only, udata-api.md §3.4). */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 2023-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

export type DateRangeProblem =
  'startInvalid' | 'endInvalid' | 'startMissing' | 'endMissing' | 'startAfterEnd';

/**
 * Both empty (no coverage) or both valid with start ≤ end. The portal's LEGACY form needs both
 * ends ("Unable to parse date range") and would swap a reversed range silently (§5.1).
 */
export function dateRangeProblem(range: { start: string; end: string }): DateRangeProblem | null {
  const { start, end } = range;
  if (start === '' && end === '') return null;
  if (start !== '' && !isIsoDate(start)) return 'startInvalid';
  if (end !== '' && !isIsoDate(end)) return 'endInvalid';
  if (start === '') return 'startMissing';
  if (end === '') return 'endMissing';
  return start > end ? 'startAfterEnd' : null;
}
