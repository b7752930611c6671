/** Arguments of the sample generator CLI (generate-cli.ts), parsed without side effects. */
import { parseArgs } from 'node:util';
import { extname } from 'node:path';
import { SAMPLE_ROWS, SAMPLE_SEED } from './ensure-sample';

export interface GenerateArgs {
  readonly rows: number;
  readonly out: string;
  readonly seed: number;
  readonly format: 'xlsx' | 'csv';
}

export const USAGE =
  'usage: generate-sample --out <file.xlsx|file.csv> [--rows 200] [--seed 20240601]';

/** Max rows: the benchmark goes to 1M; more is a typo. */
const MAX_ROWS = 2_000_000;

function integer(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  return /^\d+$/.test(text) ? Number(text) : null;
}

export function parseGenerateArgs(argv: readonly string[]): GenerateArgs | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { rows: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid arguments';
  }
  const rows = integer(values.rows, SAMPLE_ROWS);
  const seed = integer(values.seed, SAMPLE_SEED);
  if (rows === null || rows < 1 || rows > MAX_ROWS) {
    return `--rows must be a whole number 1–${MAX_ROWS}`;
  }
  if (seed === null || seed > 0xffffffff) return '--seed must be a whole number 0–4294967295';
  if (values.out === undefined || values.out === '') return '--out is required';
  const extension = extname(values.out).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') return '--out must end in .xlsx or .csv';
  return { rows, out: values.out, seed, format: extension === '.xlsx' ? 'xlsx' : 'csv' };
}
