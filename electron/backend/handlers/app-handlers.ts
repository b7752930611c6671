import { ok } from '../../../shared/contract';
import type { SettingsRepo } from '../db/settings-repo';
import type { HostInfo } from '../ports';
import type { HandlerMap } from './types';

export const APP_NAME = 'Otvori';

export function appHandlers(
  host: HostInfo,
  settings: SettingsRepo,
): Pick<HandlerMap, 'app:app:info' | 'app:settings:get' | 'app:settings:set'> {
  return {
    'app:app:info': async () =>
      ok({
        name: APP_NAME,
        version: host.version,
        host: host.kind,
        dataDir: host.dataDir,
        ...(host.buildDate === undefined ? {} : { buildDate: host.buildDate }),
      }),
    'app:settings:get': async () => ok(settings.get()),
    'app:settings:set': async (request) => ok(settings.set({ locale: request.locale })),
  };
}
