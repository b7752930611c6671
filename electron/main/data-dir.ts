/**
 * Where the Electron app keeps its database. Windows: %LOCALAPPDATA%\Otvori, never the roaming
 * profile Electron's userData defaults to, because roaming profiles may sit on network shares
 * where SQLite's WAL does not work (architecture.md §6). Elsewhere Electron's userData.
 * OTVORI_DATA_DIR (tests, IT) wins everywhere, as in the web host.
 */
import { defaultDataDir } from '../backend/paths';

export function resolveDataDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  userDataPath: string,
): string {
  if (env['OTVORI_DATA_DIR'] || platform === 'win32') return defaultDataDir(env, platform);
  return userDataPath;
}
