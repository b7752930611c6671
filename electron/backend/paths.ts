import os from 'node:os';
import path from 'node:path';

/**
 * Local (never roaming) app-data folder: roaming profiles may live on network shares, where
 * SQLite's WAL does not work (architecture.md §6). OTVORI_DATA_DIR overrides it (tests, IT).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const override = env['OTVORI_DATA_DIR'];
  if (override) return path.resolve(override);
  if (platform === 'win32') {
    const local = env['LOCALAPPDATA'] ?? path.join(os.homedir(), 'AppData', 'Local');
    return path.join(local, 'Otvori');
  }
  if (platform === 'darwin')
    return path.join(os.homedir(), 'Library', 'Application Support', 'Otvori');
  const xdg = env['XDG_DATA_HOME'] ?? path.join(os.homedir(), '.local', 'share');
  return path.join(xdg, 'otvori');
}
