// The evaluation's labels and the intact detector agree on a small register (issue 5 targets).
import { describe, expect, it } from 'vitest';
import { isValidJmbg } from '../../../shared/privacy/jmbg';
import { Prng } from '../../../electron/backend/sample/prng';
import { generateLabeledRegister } from '../../../eval/privacy/register';
import { emptyScore, scoreRegister } from '../../../eval/privacy/score';
import { mutatedJmbg } from '../../../eval/privacy/values';

describe('eval generator and scorer', () => {
  it('an invalid-checksum JMBG is never counted as valid (strict)', () => {
    const prng = new Prng(42);
    for (let i = 0; i < 500; i++)
      expect(isValidJmbg(mutatedJmbg(prng), { strict: true })).toBe(false);
  });

  it('is seeded: the same seed gives the same register', () => {
    const a = generateLabeledRegister(5, 50, true);
    const b = generateLabeledRegister(5, 50, true);
    expect(a.table.values).toEqual(b.table.values);
  });

  it('meets the identifier targets on a small register', () => {
    const score = emptyScore();
    scoreRegister(generateLabeledRegister(11, 800, false), score);
    for (const kind of ['jmbg', 'account', 'iban', 'email', 'phone-mobile'] as const) {
      const c = score.perKind.get(kind)!;
      expect(c.tp / (c.tp + c.fn), kind).toBeGreaterThanOrEqual(0.995);
      expect(c.tp / (c.tp + c.fp), kind).toBeGreaterThanOrEqual(0.95);
    }
    expect(score.publicFlaggedPersonal.hit).toBe(0);
    expect(score.columns.fp).toBe(0);
  });
});
