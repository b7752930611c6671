/**
 * Search, sort and the "publish next period" pick for the Home screen. Pure, so it is unit-tested.
 * Search ignores case, script (Cyrillic or Latin) and diacritics: a clerk typing "pomoc" finds
 * „Једнократна помоћ“.
 */
import type { PublicationOverview } from '../../../../shared/contract/channels/home';
import type { PublicationState } from '../../../../shared/home/publication-state';
import { cyrillicToLatin } from '../../../../shared/text/transliterate';

export const HOME_SORTS = ['urgency', 'updated', 'title'] as const;
export type HomeSort = (typeof HOME_SORTS)[number];

/** Lower ranks come first when sorting by urgency. */
const URGENCY: { readonly [S in PublicationState]: number } = {
  overdue: 0,
  due: 1,
  ready: 2,
  draft: 3,
  published: 4,
};

export function searchKey(text: string): string {
  return cyrillicToLatin(text)
    .toLowerCase()
    .replace(/đ/g, 'dj')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function filterPublications(
  items: readonly PublicationOverview[],
  query: string,
): PublicationOverview[] {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = searchKey(`${item.title} ${item.sourceFileName ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** `YYYY-MM-DD` compare as text; a missing date sorts last. */
function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function sortPublications(
  items: readonly PublicationOverview[],
  sort: HomeSort,
  collator: Intl.Collator,
): PublicationOverview[] {
  const sorted = [...items];
  if (sort === 'title') {
    sorted.sort((a, b) => collator.compare(a.title, b.title));
  } else if (sort === 'updated') {
    sorted.sort((a, b) => (a.updatedAt === b.updatedAt ? 0 : a.updatedAt < b.updatedAt ? 1 : -1));
  } else {
    sorted.sort(
      (a, b) =>
        URGENCY[a.state] - URGENCY[b.state] ||
        byDate(a.nextDueDate, b.nextDueDate) ||
        (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
    );
  }
  return sorted;
}

/** The publication "publish next period" is for: published ones, overdue first, then the nearest due date. */
export function nextPeriodCandidate(
  items: readonly PublicationOverview[],
): PublicationOverview | null {
  const published = items.filter((item) => item.lastPublication !== null);
  return sortPublications(published, 'urgency', new Intl.Collator('sr'))[0] ?? null;
}

/** The clerk's local date as `YYYY-MM-DD`: due dates are about the clerk's day, not UTC's. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
