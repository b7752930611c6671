import { describe, expect, it } from 'vitest';
import { predictQuality } from '../../../shared/metadata/quality';
import { BUDGET_2024 } from './example-metadata';

describe('quality preview', () => {
  it('gives the §12.3 example every point', () => {
    const report = predictQuality(BUDGET_2024);
    expect(report).toMatchObject({ points: 9, maxPoints: 9, percent: 100 });
    expect(report.checks.every((c) => c.met)).toBe(true);
  });

  it('loses points for each missing piece and says which', () => {
    const report = predictQuality({
      ...BUDGET_2024,
      description: 'Кратак опис.',
      descriptionLatin: '',
      titleLatin: '',
      frequency: 'unknown',
      temporalCoverage: { start: '', end: '' },
      spatialGranularity: '',
      tags: ['буџет'],
      license: 'notspecified',
    });
    const unmet = report.checks.filter((c) => !c.met).map((c) => c.criterion);
    expect(unmet).toEqual([
      'description',
      'license',
      'frequency',
      'updatedOnTime',
      'temporalCoverage',
      'spatial',
      'tags',
    ]);
    expect(report).toMatchObject({ points: 3, maxPoints: 9, percent: 33 });
  });

  it('counts the description longer than 100 characters, Latin part included', () => {
    const base = { ...BUDGET_2024, titleLatin: '', descriptionLatin: '' };
    expect(predictQuality({ ...base, description: 'а'.repeat(100) }).checks[0]?.met).toBe(false);
    expect(predictQuality({ ...base, description: 'а'.repeat(101) }).checks[0]?.met).toBe(true);
  });

  it('documentation is met by the dictionary or a resource description', () => {
    const bare = { ...BUDGET_2024, resource: { title: 'x', description: '' } };
    const doc = (m: typeof bare, withDictionary: boolean) =>
      predictQuality(m, { withDictionary }).checks.find((c) => c.criterion === 'documentation')
        ?.met;
    expect(doc(bare, false)).toBe(false);
    expect(doc(bare, true)).toBe(true);
  });
});
