/**
 * `node dist/node/generate-sample.mjs --rows 200 --out registar.xlsx`: writes a synthetic
 * Pančevo register (format by extension) for demos, fixtures and benchmarks.
 */
import { resolve } from 'node:path';
import { parseGenerateArgs, USAGE } from './cli-args';
import { writeRegisterCsv, writeRegisterXlsx } from './write-register';

const args = parseGenerateArgs(process.argv.slice(2));
if (typeof args === 'string') {
  console.error(`${args}\n${USAGE}`);
  process.exitCode = 2;
} else {
  const out = resolve(args.out);
  if (args.format === 'xlsx') writeRegisterXlsx(out, args.rows, args.seed);
  else writeRegisterCsv(out, args.rows, args.seed);
  console.log(`generate-sample: ${args.rows} rows → ${out}`);
}
