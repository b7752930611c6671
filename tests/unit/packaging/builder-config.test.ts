/**
 * The electron-builder configuration as data (build/electron-builder.config.cjs): the fuses
 * architecture.md §8 requires, the NSIS install modes IT deploys with, names without spaces,
 * exactly one native SQLite binary per target, and signing only through the environment.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configFile = path.resolve(__dirname, '../../../build/electron-builder.config.cjs');

interface Config {
  appId: string;
  productName: string;
  artifactName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  publish: unknown;
  win: {
    target: { target: string; arch: string[] }[];
    requestedExecutionLevel: string;
    signtoolOptions: Record<string, unknown>;
    forceCodeSigning: boolean;
  };
  nsis: Record<string, unknown>;
}

/** A fresh copy with the given environment (the config reads it when loaded). */
function loadConfig(env: Record<string, string | undefined> = {}): Config {
  const saved = { ...process.env };
  const keys = [
    'OTVORI_UPDATE_URL',
    'OTVORI_SIGN_COMMAND',
    'OTVORI_ALLOW_UNSIGNED',
    'OTVORI_TIMESTAMP_URL',
  ];
  for (const key of keys) Reflect.deleteProperty(process.env, key);
  Object.assign(process.env, env);
  try {
    Reflect.deleteProperty(require.cache, configFile);
    return require(configFile) as Config;
  } finally {
    for (const key of keys) Reflect.deleteProperty(process.env, key);
    Object.assign(process.env, saved);
  }
}

describe('electron-builder configuration', () => {
  const config = loadConfig();

  it('sets every fuse as architecture.md §8 requires', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('has a stable id, and artifact names without spaces', () => {
    expect(config.appId).toBe('rs.pancevo.otvori');
    expect(config.productName).toBe('Otvori');
    expect(config.artifactName).not.toMatch(/\s/u);
    expect(String(config.nsis['artifactName'])).toBe('Otvori-Setup-${version}.${ext}');
  });

  it('installs per user by default and lets IT install per machine', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.nsis['deleteAppDataOnUninstall']).toBe(false);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
  });

  // What electron-builder makes of these patterns is checked on real packages by pack:verify.
  it('packs the built app only, into an asar, with nothing rebuilt', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    const includes = config.files.filter((p) => !p.startsWith('!'));
    expect(includes.sort()).toEqual([
      'dist/electron/**/*',
      'dist/node/**/*',
      'dist/renderer/**/*',
      'package.json',
    ]);
    expect(config.files).toContain('!**/*.map');
    expect(config.files).toContain('!**/*.{ts,tsx,mts,cts}');
  });

  it('keeps only the target’s SQLite prebuild and unpacks native code and the worker', () => {
    // ${os} is electron-builder's target name: "win" keeps win32-x64, "linux" keeps linux-x64.
    expect(config.files).toContain('!node_modules/better-sqlite3/prebuilds/!(${os}*-${arch}).node');
    expect(config.files).toContain('!node_modules/better-sqlite3/prebuilds/linuxmusl-*.node');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/prebuilds/*.node');
    expect(config.asarUnpack).toContain('dist/node/reader-worker.mjs');
  });

  it('signs only through the environment and refuses unsigned releases by default', () => {
    expect(config.win.forceCodeSigning).toBe(true);
    expect(config.win.signtoolOptions['sign']).toBeUndefined();
    expect(config.win.signtoolOptions).not.toHaveProperty('certificatePassword');
    expect(config.win.signtoolOptions).not.toHaveProperty('certificateFile');
    const withService = loadConfig({ OTVORI_SIGN_COMMAND: 'C:\\tools\\sign.cmd' });
    expect(String(withService.win.signtoolOptions['sign'])).toMatch(/sign-windows\.cjs$/u);
    expect(loadConfig({ OTVORI_ALLOW_UNSIGNED: '1' }).win.forceCodeSigning).toBe(false);
    const source = readFileSync(configFile, 'utf8');
    expect(source).not.toMatch(/password\s*[:=]\s*['"][^'"]+['"]/iu);
  });

  it('publishes to the internal update server only when the build names one', () => {
    expect(config.publish).toBeNull();
    expect(
      loadConfig({ OTVORI_UPDATE_URL: 'https://updates.example.internal/otvori' }).publish,
    ).toEqual([
      { provider: 'generic', url: 'https://updates.example.internal/otvori', channel: 'latest' },
    ]);
    expect(() => loadConfig({ OTVORI_UPDATE_URL: 'http://plain.example' })).toThrow(/https/u);
  });
});
