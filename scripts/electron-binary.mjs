// Finds the Electron runtime without triggering a download: `require('electron')` tries to
// download a missing binary, which cannot work on machines without access to GitHub.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'node_modules',
  'electron',
);

/** The Electron executable's path, or null when the runtime is not installed here. */
export function findElectronBinary(env = process.env) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  if (!relative && !env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const binary = path.join(distDir, relative || 'electron');
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_MISSING_REASON =
  'The Electron runtime is not installed on this machine (its binary cannot be downloaded here); ' +
  'this runs on a machine where `npx install-electron --no` has fetched it.';
