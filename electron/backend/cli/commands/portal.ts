/**
 * `otvori portal [--port N] [--profile legacy|modern] [--data-dir DIR]`: starts the training
 * portal ("Vežbaonica", 127.0.0.1 only) and prints its address and a training API key, then runs
 * until Ctrl+C. With --json the first and only stdout line is the JSON document, so a script can
 * read it and go on.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PORTAL_PROFILES, startTrainingPortal, type PortalProfile } from '../../portal';
import { CliFailure } from '../cli-failure';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { optionalString } from './common';

function untilAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

export const portalCommand: Command = {
  name: 'portal',
  options: {
    port: { type: 'string' },
    profile: { type: 'string' },
    'data-dir': { type: 'string' },
  },
  positionals: 0,
  async run(context) {
    const portText = optionalString(context, 'port') ?? '0';
    const port = Number(portText);
    if (!/^[0-9]{1,5}$/.test(portText) || port > 65535) {
      throw new CliFailure(EXIT.usage, 'USAGE', 'usage.port', { value: portText });
    }
    const profile = optionalString(context, 'profile') ?? 'legacy';
    if (!(PORTAL_PROFILES as readonly string[]).includes(profile)) {
      throw new CliFailure(EXIT.usage, 'USAGE', 'usage.profile', { value: profile });
    }
    const given = optionalString(context, 'data-dir');
    const dataDir =
      given === undefined
        ? mkdtempSync(path.join(os.tmpdir(), 'otvori-vezbaonica-'))
        : path.resolve(context.io.cwd, given);
    let portal;
    try {
      portal = await startTrainingPortal({ profile: profile as PortalProfile, dataDir, port });
    } catch (error) {
      throw new CliFailure(EXIT.portal, 'PORTAL_START_FAILED', 'portal.error', {
        code: (error as NodeJS.ErrnoException).code ?? 'PORTAL_START_FAILED',
        step: 'start',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    try {
      context.print({ url: portal.url, apiKey: portal.apiKey, profile, dataDir, training: true }, [
        context.t('portal.started', {
          url: portal.url,
          key: portal.apiKey,
          profile,
          dataDir,
        }),
      ]);
      await untilAborted(context.io.stop);
    } finally {
      await portal.close();
    }
    return EXIT.ok;
  },
};
