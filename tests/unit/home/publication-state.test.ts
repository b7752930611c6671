import { describe, expect, it } from 'vitest';
import { dueLeadDays, publicationState } from '../../../shared/home/publication-state';

const never = { lastPublishedAt: null, nextDueDate: null };

describe('publicationState', () => {
  it('is draft until the metadata is complete, then ready', () => {
    expect(publicationState({ ...never, metadataComplete: false }, '2026-11-27')).toBe('draft');
    expect(publicationState({ ...never, metadataComplete: true }, '2026-11-27')).toBe('ready');
  });

  it('is published without a due date (irregular or unknown frequency)', () => {
    const facts = {
      metadataComplete: true,
      lastPublishedAt: '2026-10-15T09:00:00Z',
      nextDueDate: null,
    };
    expect(publicationState(facts, '2030-01-01')).toBe('published');
  });

  it('monthly: published until a week before, due in the last week and on the day, overdue after', () => {
    const facts = {
      metadataComplete: true,
      lastPublishedAt: '2026-10-15T09:00:00Z',
      nextDueDate: '2026-11-15',
    };
    expect(publicationState(facts, '2026-11-07')).toBe('published');
    expect(publicationState(facts, '2026-11-08')).toBe('due');
    expect(publicationState(facts, '2026-11-15')).toBe('due');
    expect(publicationState(facts, '2026-11-16')).toBe('overdue');
  });

  it('a published dataset stays published even when its metadata later has problems', () => {
    const facts = {
      metadataComplete: false,
      lastPublishedAt: '2026-11-20T09:00:00Z',
      nextDueDate: '2026-12-20',
    };
    expect(publicationState(facts, '2026-11-27')).toBe('published');
  });
});

describe('dueLeadDays', () => {
  it('is a quarter of the period, at most a week', () => {
    expect(dueLeadDays('2026-10-15', '2026-11-15')).toBe(7);
    expect(dueLeadDays('2026-11-01', '2026-11-08')).toBe(1);
    expect(dueLeadDays('2026-11-01', '2026-11-02')).toBe(0);
    expect(dueLeadDays('garbage', '2026-11-02')).toBe(0);
  });
});
