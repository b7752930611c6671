import { describe, expect, it } from 'vitest';
import { PortalError } from '../../../electron/backend/portal/client/portal-error';
import { backoffDelay, withRetry } from '../../../electron/backend/portal/client/retry';

const policy = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };

describe('withRetry', () => {
  it('grows the delay exponentially, capped, with jitter', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(50);
    expect(backoffDelay(0, policy, () => 1)).toBe(100);
    expect(backoffDelay(2, policy, () => 1)).toBe(400);
    expect(backoffDelay(10, policy, () => 1)).toBe(1000);
  });

  it('retries transient errors up to the limit', async () => {
    const delays: number[] = [];
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new PortalError('PORTAL_DOWN', 'down');
        },
        policy,
        async (ms) => {
          delays.push(ms);
        },
      ),
    ).rejects.toMatchObject({ code: 'PORTAL_DOWN' });
    expect(calls).toBe(4);
    expect(delays).toHaveLength(3);
  });

  it('does not retry other errors, and stops when cancelled', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new PortalError('PORTAL_KEY_INVALID', 'no');
        },
        policy,
        async () => {},
      ),
    ).rejects.toMatchObject({ code: 'PORTAL_KEY_INVALID' });
    expect(calls).toBe(1);
    const controller = new AbortController();
    controller.abort();
    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls += 1;
          throw new PortalError('PORTAL_TIMEOUT', 't');
        },
        policy,
        async () => {},
        controller.signal,
      ),
    ).rejects.toMatchObject({ code: 'PORTAL_TIMEOUT' });
    expect(calls).toBe(1);
  });

  it('returns the first success', async () => {
    let calls = 0;
    const value = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw new PortalError('PORTAL_DOWN', 'x');
        return 'ok';
      },
      policy,
      async () => {},
    );
    expect(value).toBe('ok');
  });
});
