// A stand-in Electron distribution for `npm run pack:verify` (architecture.md §10): the real
// runtime cannot be downloaded here, so electron-builder packs Otvori around placeholder
// binaries laid out as in electron-v45-<os>-x64.zip. They are not runnable, but they carry what
// electron-builder edits, so those edits can be checked too:
//  - the fuse sentinel and a fuse wire of Electron 45's length (@electron/fuses flips it);
//  - on Windows a real, minimal PE image with a version resource in one language, which
//    electron-builder rewrites (product name, version) and extends with the asar integrity hash.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as resedit from 'resedit';

/** Electron's fuse sentinel (docs/tutorial/fuses.md, "The hard way"). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron 45's fuse wire as shipped, by index (@electron/fuses FuseV1Options): runAsNode on,
 * cookie encryption off, NODE_OPTIONS on, inspect on, embedded asar integrity off, only-asar off,
 * browser V8 snapshot off, file:// privileges on, WASM trap handlers on. The stub starts from
 * the upstream defaults so a fuse electron-builder forgot to flip would show as unsafe.
 */
export const ELECTRON_45_DEFAULT_WIRE = '101100011';

/** `sentinel, version 1, wire length, wire`: the layout @electron/fuses reads and writes. */
export function fuseWireBytes(wire = ELECTRON_45_DEFAULT_WIRE) {
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, wire.length]),
    Buffer.from(wire, 'latin1'),
  ]);
}

/** A minimal x64 PE executable with a version resource and the fuse wire in its overlay. */
export function stubWindowsExecutable(wire = ELECTRON_45_DEFAULT_WIRE) {
  const { NtExecutable, NtExecutableResource, Resource } = resedit;
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  const lang = { lang: 1033, codepage: 1200 };
  version.setStringValues(lang, {
    FileDescription: 'Electron',
    ProductName: 'Electron',
    CompanyName: 'GitHub, Inc.',
    OriginalFilename: 'electron.exe',
  });
  version.setFileVersion(45, 5, 0, 0, 1033);
  version.setProductVersion(45, 5, 0, 0, 1033);
  version.outputToResourceEntries(resources.entries);
  resources.outputResource(exe);
  // The overlay survives resedit's rewrite (NtExecutable keeps "extra data" after the sections).
  exe.setExtraData(fuseWireBytes(wire));
  return Buffer.from(exe.generate());
}

/** An ELF-looking placeholder: the ELF magic, a note, and the fuse wire. */
export function stubLinuxExecutable(wire = ELECTRON_45_DEFAULT_WIRE) {
  return Buffer.concat([
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
    Buffer.from('\nOtvori pack:verify stub: not a runnable Electron.\n', 'latin1'),
    fuseWireBytes(wire),
    Buffer.alloc(64),
  ]);
}

const LOCALES = ['de.pak', 'en-US.pak', 'fr.pak', 'sr.pak', 'sr-Latn.pak'];

/**
 * Writes a stub distribution for `platform` ("win32" | "linux") into `dir` and returns `dir`.
 * File names follow the real zip: electron.exe / electron, resources/, locales/, LICENSE, version.
 */
export async function writeElectronStub(dir, platform, version = '45.5.0') {
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  await writeFile(path.join(dir, 'version'), version);
  await writeFile(path.join(dir, 'LICENSE'), 'Stub Electron distribution for pack:verify.\n');
  await writeFile(path.join(dir, 'LICENSES.chromium.html'), '<!-- stub -->\n');
  for (const locale of LOCALES) await writeFile(path.join(dir, 'locales', locale), 'stub');
  if (platform === 'win32') {
    await writeFile(path.join(dir, 'electron.exe'), stubWindowsExecutable());
    await writeFile(path.join(dir, 'ffmpeg.dll'), 'stub');
  } else if (platform === 'linux') {
    const binary = path.join(dir, 'electron');
    await writeFile(binary, stubLinuxExecutable());
    await chmod(binary, 0o755);
    await writeFile(path.join(dir, 'chrome-sandbox'), 'stub');
    await writeFile(path.join(dir, 'libffmpeg.so'), 'stub');
  } else {
    throw new Error(`electron-stub: unsupported platform ${platform}`);
  }
  return dir;
}
