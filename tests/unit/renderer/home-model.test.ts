import { describe, expect, it } from 'vitest';
import type { PublicationOverview } from '../../../shared/contract/channels/home';
import {
  filterPublications,
  localToday,
  nextPeriodCandidate,
  searchKey,
  sortPublications,
} from '../../../renderer/src/components/home/home-model';

function item(patch: Partial<PublicationOverview> & { id: string }): PublicationOverview {
  return {
    title: patch.id,
    sourceFileName: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    state: 'draft',
    frequency: null,
    metadataIssues: null,
    lastPublication: null,
    lastRehearsal: null,
    nextDueDate: null,
    ...patch,
  };
}

const published = {
  at: '2026-10-01T08:00:00.000Z',
  portalUrl: 'https://data.gov.rs',
  datasetUrl: null,
};

const ITEMS: PublicationOverview[] = [
  item({ id: 'a', title: 'Субвенције', state: 'draft', updatedAt: '2026-11-03T00:00:00Z' }),
  item({ id: 'b', title: 'Буџет', state: 'ready', updatedAt: '2026-11-01T00:00:00Z' }),
  item({
    id: 'c',
    title: 'Једнократна помоћ',
    sourceFileName: 'pomoc-oktobar.xlsx',
    state: 'published',
    lastPublication: published,
    nextDueDate: '2026-12-01',
  }),
  item({
    id: 'd',
    title: 'Закуп',
    state: 'overdue',
    lastPublication: published,
    nextDueDate: '2026-11-01',
  }),
  item({
    id: 'e',
    title: 'Стипендије',
    state: 'due',
    lastPublication: published,
    nextDueDate: '2026-11-30',
  }),
  item({
    id: 'f',
    title: 'Čistoća',
    state: 'due',
    lastPublication: published,
    nextDueDate: '2026-11-28',
  }),
];

describe('search', () => {
  it('ignores case, script and diacritics, and needs every word', () => {
    expect(searchKey('Ђурђевдан ČIŠĆENJE')).toBe('djurdjevdan ciscenje');
    expect(filterPublications(ITEMS, 'pomoc').map((i) => i.id)).toEqual(['c']);
    expect(filterPublications(ITEMS, 'ПОМОЋ oktobar').map((i) => i.id)).toEqual(['c']);
    expect(filterPublications(ITEMS, 'cistoca').map((i) => i.id)).toEqual(['f']);
    expect(filterPublications(ITEMS, 'pomoc novembar')).toEqual([]);
    expect(filterPublications(ITEMS, '   ')).toHaveLength(ITEMS.length);
  });
});

describe('sort', () => {
  const collator = new Intl.Collator('sr-Cyrl-RS');
  it('by urgency: overdue, due by nearest date, ready, draft, published', () => {
    expect(sortPublications(ITEMS, 'urgency', collator).map((i) => i.id)).toEqual([
      'd',
      'f',
      'e',
      'b',
      'a',
      'c',
    ]);
  });
  it('by last change, and by name in the Serbian alphabet (З before Ј)', () => {
    expect(sortPublications(ITEMS, 'updated', collator)[0]?.id).toBe('a');
    expect(sortPublications(ITEMS.slice(0, 5), 'title', collator).map((i) => i.title)).toEqual([
      'Буџет',
      'Закуп',
      'Једнократна помоћ',
      'Стипендије',
      'Субвенције',
    ]);
  });
});

describe('publish next period', () => {
  it('picks the most urgent published dataset, and nothing before a first publication', () => {
    expect(nextPeriodCandidate(ITEMS)?.id).toBe('d');
    expect(nextPeriodCandidate(ITEMS.slice(0, 2))).toBeNull();
  });
});

describe('localToday', () => {
  it('is the local calendar date', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
