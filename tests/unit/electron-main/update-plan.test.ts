/**
 * The update decision (electron/main/update-plan.ts), from IT's policy and the install: no
 * Electron, no network. Otvori checks only when packaged on Windows, never when IT said "off",
 * never without a server to ask, and never installs behind the clerk's back.
 */
import { describe, expect, it } from 'vitest';
import { describePlan, planUpdates, type UpdateInputs } from '../../../electron/main/update-plan';

const base: UpdateInputs = {
  isPackaged: true,
  platform: 'win32',
  policy: { updates: { channel: 'latest' }, updateUrl: 'https://updates.intranet.example/otvori' },
  hasBuiltInFeed: false,
  env: {},
};

describe('planUpdates', () => {
  it('checks the policy’s server on the pinned channel, installing only on quit', () => {
    expect(planUpdates(base)).toEqual({
      action: 'check',
      feed: {
        provider: 'generic',
        url: 'https://updates.intranet.example/otvori',
        channel: 'latest',
      },
      channel: 'latest',
      autoDownload: true,
      autoInstallOnAppQuit: true,
      allowDowngrade: false,
      allowPrerelease: false,
    });
  });

  it('allows pre-releases only on a pre-release channel IT pinned', () => {
    const plan = planUpdates({ ...base, policy: { ...base.policy, updates: { channel: 'beta' } } });
    expect(plan).toMatchObject({ action: 'check', channel: 'beta', allowPrerelease: true });
  });

  it('falls back to the server built into the package', () => {
    const plan = planUpdates({
      ...base,
      policy: { ...base.policy, updateUrl: null },
      hasBuiltInFeed: true,
    });
    expect(plan).toMatchObject({ action: 'check', feed: null, channel: 'latest' });
  });

  it.each<[string, Partial<UpdateInputs>, string]>([
    ['running from sources', { isPackaged: false }, 'not-packaged'],
    ['on Linux', { platform: 'linux' }, 'unsupported-platform'],
    [
      'when IT turned updates off',
      { policy: { updates: 'off', updateUrl: base.policy.updateUrl } },
      'policy-off',
    ],
    [
      'without any update server',
      { policy: { updates: { channel: 'latest' }, updateUrl: null } },
      'no-update-url',
    ],
    [
      'when the environment disables them',
      { env: { OTVORI_DISABLE_UPDATES: '1' } },
      'disabled-by-environment',
    ],
  ])('skips %s', (_label, override, reason) => {
    expect(planUpdates({ ...base, ...override })).toEqual({ action: 'skip', reason });
  });

  it('"off" wins over a built-in server', () => {
    const plan = planUpdates({
      ...base,
      policy: { updates: 'off', updateUrl: null },
      hasBuiltInFeed: true,
    });
    expect(plan).toEqual({ action: 'skip', reason: 'policy-off' });
  });
});

describe('describePlan', () => {
  it('says what happens in one log line', () => {
    expect(describePlan(planUpdates(base))).toBe(
      'updates: checking https://updates.intranet.example/otvori on channel latest; installed when Otvori is closed',
    );
    expect(describePlan({ action: 'skip', reason: 'policy-off' })).toBe(
      'updates: not checked (policy-off)',
    );
  });
});
