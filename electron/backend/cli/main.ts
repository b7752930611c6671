/**
 * The `otvori` bin (package.json "bin"): bundled by scripts/build-node.mjs to dist/node/otvori.mjs
 * with a `#!/usr/bin/env node` line. `npx otvori …` runs it with the project's Node 22.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

function packageVersion(): string {
  try {
    const file = fileURLToPath(new URL('../../package.json', import.meta.url));
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => stop.abort());
}

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stop: stop.signal,
  version: packageVersion(),
});
process.exitCode = code;
// Nothing may keep a finished job alive (a scheduled task must end).
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
