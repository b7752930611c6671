/**
 * Whether and how Otvori looks for updates: a pure decision from IT's policy and the install,
 * so it is tested without Electron (tests/unit/electron-main/update-plan.test.ts). The thin
 * electron-updater wiring is in updater.ts.
 *
 * The clerk is never interrupted and nothing is installed behind their back: Otvori checks once
 * at start, downloads in the background, and installs only when the clerk closes Otvori
 * themselves (autoInstallOnAppQuit); it never restarts the app to install.
 */
import type { PolicyValues, UpdateChannel } from '../../shared/policy/policy';

export type UpdateSkipReason =
  /** Running from sources (npm start): there is nothing installed to update. */
  | 'not-packaged'
  /** Only the Windows NSIS install updates itself; elsewhere the OS package manager does. */
  | 'unsupported-platform'
  /** IT's policy says "updates": "off" (or the policy was unreadable). */
  | 'policy-off'
  /** Neither the policy nor the build names an update server. */
  | 'no-update-url'
  /** OTVORI_DISABLE_UPDATES=1 in the environment (IT troubleshooting). */
  | 'disabled-by-environment';

export interface UpdateFeed {
  readonly provider: 'generic';
  readonly url: string;
  readonly channel: UpdateChannel;
}

export type UpdatePlan =
  | { readonly action: 'skip'; readonly reason: UpdateSkipReason }
  | {
      readonly action: 'check';
      /** null: use the server built into the package (resources/app-update.yml). */
      readonly feed: UpdateFeed | null;
      readonly channel: UpdateChannel;
      readonly autoDownload: true;
      readonly autoInstallOnAppQuit: true;
      /** Never go back to an older version, even if the server offers one. */
      readonly allowDowngrade: false;
      /** Pre-releases only when IT pinned a pre-release channel. */
      readonly allowPrerelease: boolean;
    };

export interface UpdateInputs {
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly policy: Pick<PolicyValues, 'updates' | 'updateUrl'>;
  /** True when the package carries resources/app-update.yml (OTVORI_UPDATE_URL at build time). */
  readonly hasBuiltInFeed: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function planUpdates(inputs: UpdateInputs): UpdatePlan {
  const skip = (reason: UpdateSkipReason): UpdatePlan => ({ action: 'skip', reason });
  if (!inputs.isPackaged) return skip('not-packaged');
  if (inputs.platform !== 'win32') return skip('unsupported-platform');
  if (inputs.env['OTVORI_DISABLE_UPDATES'] === '1') return skip('disabled-by-environment');
  const { updates, updateUrl } = inputs.policy;
  if (updates === 'off') return skip('policy-off');
  const channel = updates.channel;
  if (updateUrl === null && !inputs.hasBuiltInFeed) return skip('no-update-url');
  return {
    action: 'check',
    feed: updateUrl === null ? null : { provider: 'generic', url: updateUrl, channel },
    channel,
    autoDownload: true,
    autoInstallOnAppQuit: true,
    allowDowngrade: false,
    allowPrerelease: channel !== 'latest',
  };
}

/** One line for the log, without anything secret (the URL is IT's, not a credential). */
export function describePlan(plan: UpdatePlan): string {
  if (plan.action === 'skip') return `updates: not checked (${plan.reason})`;
  const where = plan.feed === null ? 'the built-in update server' : plan.feed.url;
  return `updates: checking ${where} on channel ${plan.channel}; installed when Otvori is closed`;
}
