import { describe, expect, it } from 'vitest';
import { remainingMs } from '../../../renderer/src/components/progress-model';

describe('remainingMs', () => {
  it('waits until the pace can be judged', () => {
    expect(remainingMs(2, 10_000)).toBeNull();
    expect(remainingMs(50, 1_000)).toBeNull();
  });
  it('extrapolates the pace so far, in whole seconds', () => {
    expect(remainingMs(25, 3_000)).toBe(9_000);
    expect(remainingMs(50, 10_500)).toBe(11_000);
    expect(remainingMs(100, 20_000)).toBe(0);
  });
});
