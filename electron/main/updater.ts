/**
 * electron-updater wiring, kept thin: update-plan.ts decides; this only carries the decision
 * out. electron-updater is loaded only when there is something to check, so an unpackaged run
 * (and the tests of main.ts) never touches it. A failed check is logged and forgotten: updates
 * must never stop a clerk from working.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describePlan, planUpdates, type UpdatePlan } from './update-plan';
import type { PolicyValues } from '../../shared/policy/policy';

export interface UpdaterDeps {
  readonly isPackaged: boolean;
  readonly policy: Pick<PolicyValues, 'updates' | 'updateUrl'>;
  /** process.resourcesPath in Electron; undefined elsewhere. */
  readonly resourcesPath: string | undefined;
  readonly log: (line: string) => void;
  /** Defaults to the running process's (tests pass their own). */
  readonly platform?: NodeJS.Platform;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export async function startUpdater(deps: UpdaterDeps): Promise<UpdatePlan> {
  const plan = planUpdates({
    isPackaged: deps.isPackaged,
    platform: deps.platform ?? process.platform,
    policy: deps.policy,
    hasBuiltInFeed:
      deps.resourcesPath !== undefined &&
      existsSync(path.join(deps.resourcesPath, 'app-update.yml')),
    env: deps.env ?? process.env,
  });
  deps.log(describePlan(plan));
  if (plan.action === 'skip') return plan;

  try {
    const { autoUpdater } = await import('electron-updater');
    if (plan.feed !== null) autoUpdater.setFeedURL(plan.feed);
    autoUpdater.channel = plan.channel;
    // After `channel`: electron-updater's channel setter turns allowDowngrade on.
    autoUpdater.allowDowngrade = plan.allowDowngrade;
    autoUpdater.allowPrerelease = plan.allowPrerelease;
    autoUpdater.autoDownload = plan.autoDownload;
    autoUpdater.autoInstallOnAppQuit = plan.autoInstallOnAppQuit;
    autoUpdater.on('update-downloaded', (info) => {
      deps.log(`updates: version ${info.version} downloaded; it installs when Otvori is closed`);
    });
    autoUpdater.on('error', (error) => {
      deps.log(`updates: check failed (${error.message})`);
    });
    // checkForUpdates, not checkForUpdatesAndNotify: no OS notification, no restart prompt.
    await autoUpdater.checkForUpdates();
  } catch (error) {
    deps.log(`updates: check failed (${error instanceof Error ? error.message : String(error)})`);
  }
  return plan;
}
