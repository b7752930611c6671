import type { JobPhase, JobProgress } from '../../shared/contract';

/** Minimum time between two progress events of the same phase: enough for a smooth bar, cheap over IPC. */
export const PROGRESS_INTERVAL_MS = 150;

/**
 * Wraps an event sink so a job emits at most one progress event per interval, but always the
 * first event of each phase and the final 'done'.
 */
export function throttleProgress(
  jobId: string,
  emit: (progress: JobProgress) => void,
  now: () => number = Date.now,
): (phase: JobPhase, done: number, total: number) => void {
  let lastPhase: JobPhase | null = null;
  let lastAt = -Infinity;
  return (phase, done, total) => {
    const at = now();
    if (phase === lastPhase && phase !== 'done' && at - lastAt < PROGRESS_INTERVAL_MS) return;
    lastPhase = phase;
    lastAt = at;
    emit({ jobId, phase, done, total });
  };
}
