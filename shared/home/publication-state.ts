/**
 * Where a publication stands for the Home screen (issue 9 §2), from what Otvori already keeps:
 * the metadata draft and its validation, the register of publish attempts and the dataset's
 * update frequency. Pure: the backend gathers the facts, this decides.
 */

export const PUBLICATION_STATES = ['draft', 'ready', 'published', 'due', 'overdue'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export interface PublicationFacts {
  /** Metadata saved and valid against the portal's rules (no issues). */
  readonly metadataComplete: boolean;
  /** ISO time of the last successful publication to a real portal (not the training portal). */
  readonly lastPublishedAt: string | null;
  /** `YYYY-MM-DD` the next update is due (next-due-date.ts), null when the frequency sets none. */
  readonly nextDueDate: string | null;
}

/** Days before the due date from which a publication counts as "due", at most a week. */
export const MAX_DUE_LEAD_DAYS = 7;

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (match === null) return null;
  return Math.floor(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

/**
 * A quarter of the period, capped at a week: a monthly dataset is due a week ahead, a weekly one
 * a day ahead, a daily one only on the day.
 */
export function dueLeadDays(lastPublishedAt: string, nextDueDate: string): number {
  const from = dayNumber(lastPublishedAt);
  const to = dayNumber(nextDueDate);
  if (from === null || to === null) return 0;
  return Math.max(0, Math.min(MAX_DUE_LEAD_DAYS, Math.floor((to - from) / 4)));
}

/** `today` is the clerk's local date, `YYYY-MM-DD`. */
export function publicationState(facts: PublicationFacts, today: string): PublicationState {
  if (facts.lastPublishedAt === null) return facts.metadataComplete ? 'ready' : 'draft';
  if (facts.nextDueDate === null) return 'published';
  const now = dayNumber(today);
  const due = dayNumber(facts.nextDueDate);
  if (now === null || due === null) return 'published';
  if (now > due) return 'overdue';
  return now >= due - dueLeadDays(facts.lastPublishedAt, facts.nextDueDate) ? 'due' : 'published';
}
