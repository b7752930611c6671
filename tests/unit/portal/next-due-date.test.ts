import { describe, expect, it } from 'vitest';
import { nextDueDate } from '../../../electron/backend/portal/publish/next-due-date';

describe('nextDueDate', () => {
  it.each([
    ['2026-10-05T09:00:00Z', 'monthly', '2026-11-05'],
    ['2026-01-31', 'monthly', '2026-02-28'],
    ['2024-01-31', 'monthly', '2024-02-29'],
    ['2026-12-15', 'quarterly', '2027-03-15'],
    ['2026-10-05', 'annual', '2027-10-05'],
    ['2026-10-05', 'weekly', '2026-10-12'],
    ['2026-12-30', 'daily', '2026-12-31'],
    ['2026-10-05', 'decennial', '2036-10-05'],
  ])('%s + %s → %s', (last, frequency, due) => {
    expect(nextDueDate(last, frequency)).toBe(due);
  });

  it.each(['unknown', 'punctual', 'irregular', 'continuous', 'hourly', 'never', 'other', null])(
    '%s sets no date',
    (frequency) => {
      expect(nextDueDate('2026-10-05', frequency)).toBeNull();
    },
  );

  it('ignores a date it cannot read', () => {
    expect(nextDueDate('05.10.2026.', 'monthly')).toBeNull();
  });
});
