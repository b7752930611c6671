/**
 * When a dataset is next due, from its uData update frequency (udata-api.md §6.1, both
 * vocabularies) and the date it was last published — for the register screen. Pure.
 */

type Step = { readonly months: number } | { readonly days: number };

const STEPS: Readonly<Record<string, Step>> = {
  daily: { days: 1 },
  semidaily: { days: 1 },
  threeTimesADay: { days: 1 },
  fourTimesADay: { days: 1 },
  severalTimesADay: { days: 1 },
  fiveTimesAWeek: { days: 2 },
  fourTimesAWeek: { days: 2 },
  threeTimesAWeek: { days: 3 },
  semiweekly: { days: 4 },
  weekly: { days: 7 },
  biweekly: { days: 14 },
  threeTimesAMonth: { days: 10 },
  semimonthly: { days: 15 },
  monthly: { months: 1 },
  bimonthly: { months: 2 },
  quarterly: { months: 3 },
  threeTimesAYear: { months: 4 },
  semiannual: { months: 6 },
  annual: { months: 12 },
  biennial: { months: 24 },
  triennial: { months: 36 },
  quadrennial: { months: 48 },
  quinquennial: { months: 60 },
  decennial: { months: 120 },
  bidecennial: { months: 240 },
  tridecennial: { months: 360 },
};

/**
 * `YYYY-MM-DD` when the next update is due, or null when the frequency sets no date
 * (unknown, punctual, irregular, continuous, hourly and shorter, never, notPlanned, other).
 * Months are calendar months; the 31st becomes the last day of a shorter month.
 */
export function nextDueDate(lastPublished: string, frequency: string | null): string | null {
  const step = frequency === null ? undefined : STEPS[frequency];
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(lastPublished);
  if (step === undefined || match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  let due: Date;
  if ('days' in step) {
    due = new Date(Date.UTC(year, month, day + step.days));
  } else {
    const target = month + step.months;
    const lastDay = new Date(Date.UTC(year, target + 1, 0)).getUTCDate();
    due = new Date(Date.UTC(year, target, Math.min(day, lastDay)));
  }
  return due.toISOString().slice(0, 10);
}
