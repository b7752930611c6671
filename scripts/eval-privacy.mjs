// `npm run eval:privacy`: bundles eval/privacy/main.ts with esbuild (the TypeScript sources import
// without extensions) into dist/eval/, then runs it. Figures go to stdout and eval/results/privacy.json.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, 'dist/eval/privacy.mjs');
await build({
  entryPoints: [path.join(root, 'eval/privacy/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  logLevel: 'warning',
});
process.chdir(root);
await import(pathToFileURL(outfile).href);
