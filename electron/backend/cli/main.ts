/**
 * The `otvori` bin (package.json "bin"): bundled by scripts/build-node.mjs to dist/node/otvori.mjs
 * with a `#!/usr/bin/env node` line. `npx otvori …` runs it with the project's Node 22.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appStoredSecrets } from './app-stored-secrets';
import { runCli } from './run-cli';

function packageVersion(): string {
  try {
    const file = fileURLToPath(new URL('../../package.json', import.meta.url));
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

// The project's Node 22 is what better-sqlite3's binary is built for; an older Node crashes on it.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(
    `Otvori: potreban je Node 22 (ovo je ${process.version}). Pokrenite \`npx otvori …\` u folderu projekta.\n` +
      `Otvori needs Node 22 (this is ${process.version}). Run \`npx otvori …\` in the project folder.\n`,
  );
  process.exit(1);
}

const stop = new AbortController();
const longRunning = process.argv[2] === 'portal';
for (const [signal, exitCode] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    // The portal closes cleanly; any other command stops at once (a publish resumes next run).
    if (longRunning) stop.abort();
    else process.exit(exitCode);
  });
}

const code = await runCli(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  stop: stop.signal,
  version: packageVersion(),
  stored: appStoredSecrets(process.env),
});
process.exitCode = code;
// Nothing may keep a finished job alive (a scheduled task must end).
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
