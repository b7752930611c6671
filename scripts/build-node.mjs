// Bundles the Node-side entry points with esbuild: the web host, the reader worker, the sample
// generator, and the thin Electron shell (main + preload). Native and large runtime packages stay
// external and are loaded from node_modules (electron-builder packs them, asarUnpack for natives).
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const external = ['electron', 'better-sqlite3', 'xlsx', 'ajv', 'electron-updater'];
// The build date About shows (electron/backend/build-info.ts); SOURCE_DATE_EPOCH makes it reproducible.
const buildDate = new Date(
  process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now(),
).toISOString();

const esm = [
  ['electron/backend/web-host/main.ts', 'dist/node/web-host.mjs'],
  ['electron/backend/workbook/reader-worker.ts', 'dist/node/reader-worker.mjs'],
  ['electron/backend/recipe/recipe-worker.ts', 'dist/node/recipe-worker.mjs'],
  ['electron/backend/sample/generate-cli.ts', 'dist/node/generate-sample.mjs'],
  ['electron/backend/portal/training-portal/start-cli.ts', 'dist/node/training-portal.mjs'],
  ['electron/backend/cli/main.ts', 'dist/node/otvori.mjs'],
];
// The `otvori` bin (package.json "bin") runs as a program: it needs the interpreter line.
const executable = new Set(['dist/node/otvori.mjs']);
const cjs = [
  ['electron/main/main.ts', 'dist/electron/main.cjs'],
  ['electron/preload/preload.ts', 'dist/electron/preload.cjs'],
];

async function bundle([entry, outfile], format) {
  const abs = path.join(root, entry);
  if (!existsSync(abs)) throw new Error(`build-node: missing entry ${entry}`);
  await build({
    entryPoints: [abs],
    outfile: path.join(root, outfile),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format,
    external,
    define: { __OTVORI_BUILD_DATE__: JSON.stringify(buildDate) },
    sourcemap: 'linked',
    logLevel: 'warning',
    // ESM bundles that pull in CommonJS packages need a require().
    banner:
      format === 'esm'
        ? {
            js: `${executable.has(outfile) ? '#!/usr/bin/env node\n' : ''}import { createRequire as __otvoriCreateRequire } from 'node:module'; const require = __otvoriCreateRequire(import.meta.url);`,
          }
        : {},
  });
  if (executable.has(outfile)) chmodSync(path.join(root, outfile), 0o755);
}

const only = process.argv[2];
const jobs = [...esm.map((e) => [e, 'esm']), ...cjs.map((e) => [e, 'cjs'])].filter(
  ([[entry]]) => !only || entry.includes(only),
);
await Promise.all(jobs.map(([e, format]) => bundle(e, format)));
console.log(`build-node: ${jobs.length} bundles in dist/`);
