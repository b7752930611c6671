/**
 * The electron-updater wiring (electron/main/updater.ts) with a fake autoUpdater: nothing is
 * loaded when the plan says skip; otherwise the feed, channel and safety flags are applied so
 * that no downgrade slips in through electron-updater's channel setter, and a failed check is
 * only logged.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  class FakeUpdater {
    private channelValue: string | null = null;
    allowDowngrade = false;
    allowPrerelease = false;
    autoDownload = true;
    autoInstallOnAppQuit = true;
    readonly feeds: unknown[] = [];
    readonly listeners = new Map<string, (arg: unknown) => void>();
    checkForUpdates = vi.fn(async () => null);
    // Like electron-updater: setting the channel turns allowDowngrade on.
    set channel(value: string | null) {
      this.channelValue = value;
      this.allowDowngrade = true;
    }
    get channel(): string | null {
      return this.channelValue;
    }
    setFeedURL(options: unknown) {
      this.feeds.push(options);
    }
    on(event: string, listener: (arg: unknown) => void) {
      this.listeners.set(event, listener);
      return this;
    }
  }
  return { FakeUpdater, current: null as InstanceType<typeof FakeUpdater> | null };
});

vi.mock('electron-updater', () => ({
  get autoUpdater() {
    return fake.current;
  },
}));

import { startUpdater } from '../../../electron/main/updater';

const lines: string[] = [];
const deps = {
  isPackaged: true,
  platform: 'win32' as const,
  env: {},
  resourcesPath: undefined,
  policy: {
    updates: { channel: 'latest' as const },
    updateUrl: 'https://updates.intranet.example/otvori',
  },
  log: (line: string) => lines.push(line),
};

beforeEach(() => {
  fake.current = new fake.FakeUpdater();
  lines.length = 0;
});
afterEach(() => {
  vi.clearAllMocks();
});

it('checks the policy server once, without downgrades, installing on quit', async () => {
  const plan = await startUpdater(deps);
  const updater = fake.current!;
  expect(plan.action).toBe('check');
  expect(updater.feeds).toEqual([
    { provider: 'generic', url: 'https://updates.intranet.example/otvori', channel: 'latest' },
  ]);
  expect(updater.channel).toBe('latest');
  expect(updater.allowDowngrade).toBe(false);
  expect(updater.allowPrerelease).toBe(false);
  expect(updater.autoInstallOnAppQuit).toBe(true);
  expect(updater.checkForUpdates).toHaveBeenCalledTimes(1);
  updater.listeners.get('update-downloaded')?.({ version: '0.2.0' });
  expect(lines.at(-1)).toBe('updates: version 0.2.0 downloaded; it installs when Otvori is closed');
});

it('leaves electron-updater untouched when IT turned updates off', async () => {
  const plan = await startUpdater({ ...deps, policy: { updates: 'off', updateUrl: null } });
  expect(plan).toEqual({ action: 'skip', reason: 'policy-off' });
  expect(fake.current!.checkForUpdates).not.toHaveBeenCalled();
  expect(fake.current!.feeds).toEqual([]);
  expect(fake.current!.channel).toBeNull();
  expect(lines).toEqual(['updates: not checked (policy-off)']);
});

it('logs a failed check and carries on', async () => {
  fake.current!.checkForUpdates.mockRejectedValueOnce(new Error('net::ERR_NAME_NOT_RESOLVED'));
  await expect(startUpdater(deps)).resolves.toMatchObject({ action: 'check' });
  expect(lines.at(-1)).toBe('updates: check failed (net::ERR_NAME_NOT_RESOLVED)');
});
