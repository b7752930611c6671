import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/contract';
import {
  PROGRESS_INTERVAL_MS,
  throttleProgress,
} from '../../../electron/backend/progress-throttle';

describe('throttleProgress', () => {
  it('emits the first event of each phase, at most one per interval, and always done', () => {
    let now = 0;
    const seen: JobProgress[] = [];
    const progress = throttleProgress(
      'j',
      (p) => seen.push(p),
      () => now,
    );
    progress('reading', 0, 100);
    progress('reading', 10, 100);
    now += PROGRESS_INTERVAL_MS;
    progress('reading', 50, 100);
    progress('parsing', 0, 0);
    progress('done', 5, 5);
    expect(seen.map((p) => `${p.phase}:${p.done}`)).toEqual([
      'reading:0',
      'reading:50',
      'parsing:0',
      'done:5',
    ]);
    expect(seen.every((p) => p.jobId === 'j')).toBe(true);
  });
});
