import { describe, expect, it } from 'vitest';
import { MetadataValidator } from '../../../electron/backend/metadata/metadata-validator';
import { METADATA_LIMITS } from '../../../shared/metadata/limits';
import { SHIPPED_REFERENCE_LISTS } from '../../../shared/metadata/reference-lists';
import type { PublicationMetadata } from '../../../shared/metadata/types';
import { BUDGET_2024 } from './example-metadata';

const validator = new MetadataValidator();
const check = (metadata: PublicationMetadata) => validator.check(metadata, SHIPPED_REFERENCE_LISTS);
const only = (metadata: PublicationMetadata) => {
  const issues = check(metadata);
  expect(issues, JSON.stringify(issues)).toHaveLength(1);
  return issues[0]!;
};

describe('metadata schema (portal rules)', () => {
  it('accepts the publishing example of udata-api.md §12.3', () => {
    expect(check(BUDGET_2024)).toEqual([]);
    expect(validator.isMetadataDraft(BUDGET_2024)).toBe(true);
  });

  it('accepts a minimal dataset: no Latin, no tags, no coverage, no organisation', () => {
    expect(
      check({
        ...BUDGET_2024,
        titleLatin: '',
        descriptionLatin: '',
        tags: [],
        temporalCoverage: { start: '', end: '' },
        spatialGranularity: '',
        organization: { id: '', name: '' },
        contact: { name: '', email: '' },
        dictionary: [],
      }),
    ).toEqual([]);
  });

  it.each([
    ['title', { title: '' }, 'required'],
    ['title', { title: '   ' }, 'required'],
    ['title', { title: 'Кратко' }, 'tooShort'],
    ['title', { title: 'а'.repeat(METADATA_LIMITS.titleMax + 1) }, 'tooLong'],
    ['titleLatin', { titleLatin: 'a'.repeat(351) }, 'tooLong'],
    ['description', { description: '' }, 'required'],
    ['description', { description: 'а'.repeat(100_001) }, 'tooLong'],
    ['license', { license: 'made-up' }, 'notInList'],
    ['license', { license: '' }, 'required'],
    ['frequency', { frequency: 'fortnightly' }, 'notInList'],
    // MODERN-only id: refused while the portal's list is not known (§6.1, §13.25).
    ['frequency', { frequency: 'quadrennial' }, 'notInList'],
    ['spatialGranularity', { spatialGranularity: 'country' }, 'notInList'],
    ['organization.id', { organization: { id: 'grad-pancevo', name: 'x' } }, 'invalidOrganization'],
    ['contact.email', { contact: { name: 'A', email: 'finansije@' } }, 'invalidEmail'],
    ['resource.title', { resource: { title: '', description: '' } }, 'required'],
    ['resource.title', { resource: { title: 'а'.repeat(351), description: '' } }, 'tooLong'],
    ['temporalCoverage.end', { temporalCoverage: { start: '2024-01-01', end: '' } }, 'endMissing'],
    [
      'temporalCoverage.start',
      { temporalCoverage: { start: '', end: '2024-01-01' } },
      'startMissing',
    ],
    [
      'temporalCoverage.start',
      { temporalCoverage: { start: '2024-12-31', end: '2024-01-01' } },
      'startAfterEnd',
    ],
    [
      'temporalCoverage.start',
      { temporalCoverage: { start: '2023-02-30', end: '2024-01-01' } },
      'invalidDate',
    ],
    ['tags', { tags: ['буџет', 'ЈП'] }, 'tagTooShort'],
    ['tags', { tags: ['x'.repeat(97)] }, 'tagTooLong'],
    ['tags', { tags: Array.from({ length: 31 }, (_, i) => `tag${i}`) }, 'tooMany'],
  ] as const)('rejects %s: %j → %s', (field, patch, code) => {
    const issue = only({ ...BUDGET_2024, ...patch } as PublicationMetadata);
    expect(issue.field).toBe(field);
    expect(issue.code).toBe(code);
  });

  it('says by how much a field is too short or too long', () => {
    expect(only({ ...BUDGET_2024, title: 'Кратко' }).params).toEqual({ limit: 8, length: 6 });
    expect(only({ ...BUDGET_2024, title: 'а'.repeat(360) }).params).toEqual({
      limit: 350,
      length: 360,
    });
  });

  it('names the tag the portal would refuse and what it becomes', () => {
    expect(only({ ...BUDGET_2024, tags: ['ЈП'] }).params).toMatchObject({
      tag: 'ЈП',
      normalized: 'jp',
      min: 3,
    });
  });

  it('checks the column dictionary', () => {
    const dictionary = [{ ...BUDGET_2024.dictionary[0]!, label: '' }];
    expect(only({ ...BUDGET_2024, dictionary })).toMatchObject({
      field: 'dictionary.0.label',
      code: 'required',
    });
  });

  it('catches what only appears after mapping: Cyrillic + Latin description over 100 000', () => {
    const issue = only({
      ...BUDGET_2024,
      description: 'а'.repeat(60_000),
      descriptionLatin: 'a'.repeat(60_000),
    });
    expect(issue).toMatchObject({ field: 'description', code: 'tooLong' });
  });

  it('uses the refreshed lists: an id the portal lists is accepted', () => {
    const lists = {
      ...SHIPPED_REFERENCE_LISTS,
      frequencies: {
        ...SHIPPED_REFERENCE_LISTS.frequencies,
        items: [
          ...SHIPPED_REFERENCE_LISTS.frequencies.items,
          { id: 'quadrennial', label: { 'sr-Cyrl': 'x', 'sr-Latn': 'x', en: 'x' } },
        ],
      },
    };
    expect(validator.check({ ...BUDGET_2024, frequency: 'quadrennial' }, lists)).toEqual([]);
  });

  it('the draft schema accepts any work in progress but not another shape', () => {
    expect(
      validator.isMetadataDraft({ ...BUDGET_2024, title: '', license: 'x', tags: ['a'] }),
    ).toBe(true);
    expect(validator.isMetadataDraft({ ...BUDGET_2024, extra: 1 })).toBe(false);
    expect(validator.isMetadataDraft({ ...BUDGET_2024, schemaVersion: 2 })).toBe(false);
  });
});
