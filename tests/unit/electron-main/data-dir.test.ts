import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../electron/main/data-dir';

describe('resolveDataDir', () => {
  it('uses %LOCALAPPDATA%\\Otvori on Windows, never the roaming userData', () => {
    const dir = resolveDataDir(
      { LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local' },
      'win32',
      'C:\\Users\\clerk\\AppData\\Roaming\\Otvori',
    );
    expect(dir).toBe(path.join('C:\\Users\\clerk\\AppData\\Local', 'Otvori'));
    expect(dir).not.toContain('Roaming');
  });

  it("uses Electron's userData elsewhere", () => {
    expect(resolveDataDir({}, 'linux', '/home/clerk/.config/Otvori')).toBe(
      '/home/clerk/.config/Otvori',
    );
    expect(resolveDataDir({}, 'darwin', '/Users/c/Library/Application Support/Otvori')).toBe(
      '/Users/c/Library/Application Support/Otvori',
    );
  });

  it('lets OTVORI_DATA_DIR override on every platform', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      expect(resolveDataDir({ OTVORI_DATA_DIR: '/srv/otvori' }, platform, '/x')).toBe(
        path.resolve('/srv/otvori'),
      );
    }
  });
});
