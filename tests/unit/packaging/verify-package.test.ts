/**
 * The package verifier (scripts/pack/verify-package.mjs) on tiny packages built here with
 * @electron/asar: a clean one passes, and each kind of leak or mistake makes it fail. Without
 * the failing cases, a verifier that checks nothing would look just as green.
 */
import { createPackageWithOptions } from '@electron/asar';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ELECTRON_45_DEFAULT_WIRE,
  stubLinuxExecutable,
  stubWindowsExecutable,
} from '../../../scripts/pack/electron-stub.mjs';
import {
  checkFuses,
  checkWindowsResources,
  expectedFuseWire,
  listArchive,
  packagedModules,
  verifyPackage,
} from '../../../scripts/pack/verify-package.mjs';

const FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};
/** The wire electron-builder writes for FUSES (index 8, WASM trap handlers, left as shipped). */
const FLIPPED_WIRE = '010011001';

let dir: string;
let app: string;
let appOutDir: string;

function put(relative: string, content: string | Buffer = 'x'): void {
  const file = path.join(app, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A minimal good app tree: what electron-builder would stage for the Linux target. */
function stageCleanApp(): void {
  put('package.json', JSON.stringify({ name: 'otvori', main: 'dist/electron/main.cjs' }));
  put('dist/electron/main.cjs', 'require("better-sqlite3")');
  put('dist/electron/preload.cjs', '"use strict"');
  put('dist/renderer/index.html', '<!doctype html>');
  put('dist/node/reader-worker.mjs', 'import * as XLSX from "xlsx";\nimport fs from "node:fs";');
  put('node_modules/better-sqlite3/package.json', '{"name":"better-sqlite3"}');
  put('node_modules/better-sqlite3/lib/index.js', '');
  put('node_modules/better-sqlite3/prebuilds/linux-x64.node', Buffer.from([0x7f, 0x45]));
  put('node_modules/xlsx/package.json', '{"name":"xlsx"}');
  put('node_modules/xlsx/xlsx.mjs', '');
}

const production = {
  names: new Set(['better-sqlite3', 'xlsx']),
  direct: ['better-sqlite3', 'xlsx'],
};
const target = { platform: 'linux', arch: 'x64' } as const;

/** Packs `app` into appOutDir/resources/app.asar, unpacking like the real config does. */
async function pack(): Promise<string> {
  const resources = path.join(appOutDir, 'resources');
  rmSync(resources, { recursive: true, force: true });
  mkdirSync(resources, { recursive: true });
  const asarPath = path.join(resources, 'app.asar');
  await createPackageWithOptions(app, asarPath, {
    unpack: '{**/*.node,**/reader-worker.mjs,**/node_modules/xlsx/**}',
  });
  return asarPath;
}

function writeLinuxExecutable(wire: string): string {
  const executable = path.join(appOutDir, 'otvori');
  writeFileSync(executable, stubLinuxExecutable(wire));
  chmodSync(executable, 0o755);
  return executable;
}

async function verify() {
  await pack();
  return verifyPackage({
    appOutDir,
    target,
    executable: 'otvori',
    productName: 'Otvori',
    electronFuses: FUSES,
    production,
  });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-verify-'));
  app = path.join(dir, 'app');
  appOutDir = path.join(dir, 'linux-unpacked');
  mkdirSync(appOutDir, { recursive: true });
  stageCleanApp();
  writeLinuxExecutable(FLIPPED_WIRE);
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('verifyPackage', () => {
  it('passes a clean package and says what it checked', async () => {
    const { problems, checked } = await verify();
    expect(problems).toEqual([]);
    expect(checked).toContain('no sources, tests, maps or secrets by name');
    expect(checked).toContain('fuses flipped as configured');
  });

  it.each([
    ['a TypeScript source', 'dist/electron/main.ts', /TypeScript source.*main\.ts/u],
    ['a source map', 'dist/renderer/assets/index.js.map', /source map/u],
    ['a certificate', 'dist/node/codesign.pfx', /key or certificate.*codesign\.pfx/u],
    ['a private key file', 'dist/electron/server.key', /key or certificate/u],
    ['an environment file', 'dist/node/.env', /environment file/u],
    ['a test', 'dist/node/reader.test.mjs', /test file/u],
    ['a fixture', 'dist/renderer/fixtures/register.xlsx', /test file/u],
    ['a stray root folder', 'src/index.ts', /unexpected entry at the archive root: src/u],
  ])('fails on %s', async (_label, file, message) => {
    put(file, 'content');
    const { problems } = await verify();
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('fails on private key material whatever the file is called', async () => {
    put(
      'dist/renderer/assets/notes.txt',
      'hello\n-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n',
    );
    const { problems } = await verify();
    expect(problems).toContain('private key material inside dist/renderer/assets/notes.txt');
  });

  it('fails when a required file is missing or "main" points nowhere', async () => {
    rmSync(path.join(app, 'dist/electron/preload.cjs'));
    put('package.json', JSON.stringify({ name: 'otvori', main: 'dist/electron/missing.cjs' }));
    const { problems } = await verify();
    expect(problems).toContain('missing from the package: dist/electron/preload.cjs');
    expect(problems).toContain(
      'package.json "main" (dist/electron/missing.cjs) is not in the package',
    );
  });

  it('fails on another platform’s native module, and on a missing one', async () => {
    rmSync(path.join(app, 'node_modules/better-sqlite3/prebuilds/linux-x64.node'));
    put('node_modules/better-sqlite3/prebuilds/win32-x64.node', 'MZ');
    const { problems } = await verify();
    expect(problems.join('\n')).toMatch(/native module of another platform.*win32-x64\.node/u);
    expect(problems.join('\n')).toMatch(/linux-x64 SQLite module is missing/u);
  });

  it('fails on a native module packed inside the archive', async () => {
    await pack();
    // Packed again, this time without unpacking the .node file.
    await createPackageWithOptions(app, path.join(appOutDir, 'resources', 'app.asar'), {
      unpack: '{**/reader-worker.mjs,**/node_modules/xlsx/**}',
    });
    rmSync(
      path.join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3'),
      {
        recursive: true,
      },
    );
    const { problems } = await verifyPackage({
      appOutDir,
      target,
      executable: 'otvori',
      productName: 'Otvori',
      production,
    });
    expect(problems.join('\n')).toMatch(/native module packed inside app\.asar/u);
  });

  it('fails on a development dependency and on a missing production one', async () => {
    put('node_modules/vitest/package.json', '{"name":"vitest"}');
    put('node_modules/@types/node/package.json', '{}');
    rmSync(path.join(app, 'node_modules/xlsx'), { recursive: true });
    const { problems } = await verify();
    expect(problems).toContain('not a production dependency, yet packaged: node_modules/vitest');
    expect(problems).toContain(
      'not a production dependency, yet packaged: node_modules/@types/node',
    );
    expect(problems).toContain('production dependency missing from the package: xlsx');
  });

  it('fails when the worker imports a package that is not unpacked', async () => {
    put('dist/node/reader-worker.mjs', 'import Ajv from "ajv";\nimport "xlsx";');
    put('node_modules/ajv/package.json', '{"name":"ajv"}');
    production.names.add('ajv');
    try {
      const { problems } = await verify();
      expect(problems).toEqual([
        'the reader worker imports "ajv", which is not in app.asar.unpacked',
      ]);
    } finally {
      production.names.delete('ajv');
    }
  });

  it('fails when a fuse was left as Electron ships it', async () => {
    writeLinuxExecutable(ELECTRON_45_DEFAULT_WIRE);
    const { problems } = await verify();
    expect(problems).toContain('fuse runAsNode is 1 in otvori, expected 0');
    expect(problems).toContain('fuse onlyLoadAppFromAsar is 0 in otvori, expected 1');
  });
});

describe('fuses', () => {
  it('expects every one of the eight configurable fuses', () => {
    expect(expectedFuseWire(FUSES).size).toBe(8);
  });

  it('reports an executable without a fuse wire', async () => {
    const executable = path.join(dir, 'not-electron');
    writeFileSync(executable, 'plain file');
    expect((await checkFuses(executable, FUSES)).join('\n')).toMatch(/cannot read the fuse wire/u);
  });
});

describe('Windows executable', () => {
  it('reads the stub’s version resource and reports a missing integrity resource', async () => {
    const asarPath = await pack();
    const exe = path.join(dir, 'Otvori.exe');
    writeFileSync(exe, stubWindowsExecutable());
    const problems = checkWindowsResources(exe, asarPath, 'Otvori');
    expect(problems).toContain('Otvori.exe ProductName is "Electron", expected "Otvori"');
    expect(problems).toContain('Otvori.exe has no embedded asar integrity resource');
  });
});

describe('packagedModules', () => {
  it('names scoped and nested packages', async () => {
    put('node_modules/@scope/pkg/index.js');
    put('node_modules/xlsx/node_modules/inner/index.js');
    const { entries } = listArchive(await pack());
    expect([...packagedModules(entries)].sort()).toEqual([
      '@scope/pkg',
      'better-sqlite3',
      'inner',
      'xlsx',
    ]);
  });
});
