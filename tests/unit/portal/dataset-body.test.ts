import { describe, expect, it } from 'vitest';
import {
  applyPayload,
  safeBodyFromDataset,
} from '../../../electron/backend/portal/client/dataset-body';
import { parseDataset } from '../../../electron/backend/portal/client/parse';

const answer = parseDataset({
  id: 'a'.repeat(24),
  title: 'T',
  slug: 't',
  description: 'D',
  private: true,
  deleted: null,
  archived: null,
  tags: ['budzhet', 'panchevo'],
  license: 'sodl',
  frequency: 'monthly',
  frequency_date: null,
  temporal_coverage: { start: '2024-01-01', end: '2024-12-31' },
  spatial: { zones: ['country:rs'], granularity: 'other', geom: null },
  organization: { id: 'b'.repeat(24), name: 'Град Панчево', slug: 'grad-panchevo' },
  owner: null,
  extras: { 'otvori:publication': 'p1' },
  resources: [{ id: 'r1', title: 'x' }],
  page: 'p',
  uri: 'u',
  description_short: 'kratko',
});

describe('safe dataset PUT body (udata-api.md §5.5)', () => {
  it('copies every field a PUT would otherwise wipe or reset, and never resources/owner/deleted', () => {
    const body = safeBodyFromDataset(answer, 'legacy');
    expect(body).toMatchObject({
      title: 'T',
      description: 'D',
      tags: ['budzhet', 'panchevo'],
      private: true,
      temporal_coverage: { start: '2024-01-01', end: '2024-12-31' },
      license: 'sodl',
      frequency: 'monthly',
      organization: 'b'.repeat(24),
      extras: { 'otvori:publication': 'p1' },
      spatial: { granularity: 'other' },
    });
    for (const key of ['resources', 'owner', 'deleted', 'archived', 'description_short']) {
      expect(body).not.toHaveProperty(key);
    }
    expect(safeBodyFromDataset(answer, 'modern')['description_short']).toBe('kratko');
  });

  it('applies the form payload over it and keeps existing extras', () => {
    const body = applyPayload(
      safeBodyFromDataset(answer, 'legacy'),
      {
        title: 'Нови',
        description: 'Опис',
        organizationId: 'c'.repeat(24),
        tags: ['a1b'],
        private: false,
        descriptionShort: 'x',
        temporalCoverage: { start: '2025-01-01', end: null },
      },
      'legacy',
      { extra: 'v' },
    );
    expect(body).toMatchObject({
      title: 'Нови',
      organization: 'c'.repeat(24),
      tags: ['a1b'],
      private: false,
      extras: { 'otvori:publication': 'p1', extra: 'v' },
    });
    // LEGACY needs both ends of the coverage; description_short is MODERN only.
    expect((body['temporal_coverage'] as { end: string }).end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body).not.toHaveProperty('description_short');
  });
});
