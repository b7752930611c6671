// The reader runs in a worker thread, which loads a bundled .mjs file: build the Node bundles
// once before the suites so tests exercise the same worker the app ships.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env['OTVORI_SKIP_BUILD'] === '1') return;
  execFileSync(process.execPath, ['scripts/build-node.mjs', 'backend'], { stdio: 'inherit' });
}
