// Bundles bench/bench.ts and the two worker threads it measures (the reader and the recipe worker)
// with esbuild (xlsx stays external) into dist/bench/ and runs it: `npm run bench`.
// The workers are bundled here, from the same sources as the bench, rather than taken from
// dist/node: a dist/node left from an older `npm run build` speaks an older worker protocol, and
// the bench then measured a failure ("Recipe worker failed: INTERNAL") instead of the app.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'bench');
// The same externals as scripts/build-node.mjs, so the workers load what the app's workers load.
const external = ['electron', 'better-sqlite3', 'xlsx', 'ajv', 'electron-updater'];
const bundles = [
  ['bench/bench.ts', 'bench.mjs'],
  ['electron/backend/workbook/reader-worker.ts', 'reader-worker.mjs'],
  ['electron/backend/recipe/recipe-worker.ts', 'recipe-worker.mjs'],
];
await Promise.all(
  bundles.map(([entry, outfile]) =>
    build({
      entryPoints: [path.join(root, entry)],
      outfile: path.join(outdir, outfile),
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      external,
      logLevel: 'warning',
      banner: {
        // Aliased: bundled libraries (fflate) import createRequire themselves.
        js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);",
      },
    }),
  ),
);
const run = spawnSync(
  process.execPath,
  [path.join(outdir, 'bench.mjs'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: root,
  },
);
process.exit(run.status ?? 1);
