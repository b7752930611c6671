/**
 * Exponential backoff for requests that are safe to repeat: GETs, the full-object PUT of
 * GET-modify-PUT, resource-metadata PUTs, verification, chunk parts (udata-api.md §7 "429";
 * architecture.md §7). Never used for dataset creation or a whole-file upload: those are not
 * idempotent (pitfall 3).
 */
import { isPortalError, isTransient } from './portal-error';

export interface RetryPolicy {
  /** Attempts in total, including the first. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8000 };

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      signal?.removeEventListener('abort', done);
      clearTimeout(timer);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  // Full jitter keeps many desks from hammering a recovering portal in step.
  return Math.round(exp / 2 + (random() * exp) / 2);
}

export async function withRetry<T>(
  run: () => Promise<T>,
  policy: RetryPolicy,
  sleep: Sleep,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      const last = attempt + 1 >= policy.attempts;
      if (last || signal?.aborted || !isPortalError(error) || !isTransient(error.code)) throw error;
      await sleep(backoffDelay(attempt, policy), signal);
    }
  }
}
