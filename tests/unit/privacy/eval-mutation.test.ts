// Mutation check of the evaluation (issue 5): with the JMBG checksum broken (every 13 digits with a
// real date "valid"), the eval's negatives (mutated JMBGs, random case numbers) must drive JMBG
// precision below the 95 % target, so `npm run eval:privacy` would fail.
import { describe, expect, it, vi } from 'vitest';
import type * as Jmbg from '../../../shared/privacy/jmbg';

vi.mock('../../../shared/privacy/jmbg', async (importOriginal) => {
  const real = await importOriginal<typeof Jmbg>();
  return {
    ...real,
    isValidJmbg: (digits: string) => /^\d{13}$/.test(digits),
    jmbgFromNumber: (value: number) => {
      const s = String(value);
      return s.length === 13 ? s : s.length === 12 ? `0${s}` : null;
    },
    recoverJmbgLeadingZero: (digits: string) => (/^\d{12}$/.test(digits) ? `0${digits}` : null),
  };
});

const { generateLabeledRegister } = await import('../../../eval/privacy/register');
const { emptyScore, scoreRegister } = await import('../../../eval/privacy/score');

describe('eval catches a broken JMBG checksum', () => {
  it('precision for jmbg falls below 95 %', () => {
    const score = emptyScore();
    scoreRegister(generateLabeledRegister(7, 600, false), score);
    const jmbg = score.perKind.get('jmbg')!;
    expect(jmbg.tp / (jmbg.tp + jmbg.fp)).toBeLessThan(0.95);
  });
});
