// Types for electron-stub.mjs, so the tests under tests/unit/packaging/ are type-checked.
export const FUSE_SENTINEL: string;
export const ELECTRON_45_DEFAULT_WIRE: string;
export function fuseWireBytes(wire?: string): Buffer;
export function stubWindowsExecutable(wire?: string): Buffer;
export function stubLinuxExecutable(wire?: string): Buffer;
export function writeElectronStub(
  dir: string,
  platform: 'win32' | 'linux',
  version?: string,
): Promise<string>;
