/**
 * Runs the CLI in-process (the same runCli the bin calls) with captured stdout/stderr, a data dir
 * of its own and no machine policy, and validates --json output against the schemas kept in
 * electron/backend/cli/schemas/.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { runCli } from '../../../electron/backend/cli/run-cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WORKER_FILE = path.join(root, 'dist/node/reader-worker.mjs');
export const RECIPE_WORKER_FILE = path.join(root, 'dist/node/recipe-worker.mjs');
export const SCHEMA_DIR = path.join(root, 'electron/backend/cli/schemas');
export const CLI_BUNDLE = path.join(root, 'dist/node/otvori.mjs');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Ends long-running commands (the portal). */
  readonly stop?: AbortSignal;
  /** Sees stdout as it is written (the portal's document, before the command ends). */
  readonly onOut?: (text: string) => void;
}

export interface CliEnv {
  readonly dir: string;
  readonly env: Record<string, string>;
  run(
    argv: readonly string[],
    extraEnv?: Record<string, string>,
    options?: RunOptions,
  ): Promise<CliRun>;
  close(): void;
}

export function makeCliEnv(): CliEnv {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-cli-'));
  const env: Record<string, string> = {
    OTVORI_DATA_DIR: path.join(dir, 'data'),
    OTVORI_POLICY_FILE: path.join(dir, 'no-policy.json'),
    OTVORI_LANG: 'en',
  };
  return {
    dir,
    env,
    async run(argv, extraEnv = {}, options = {}) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(argv, {
        env: { ...env, ...extraEnv },
        cwd: dir,
        out: (text) => {
          stdout += text;
          options.onOut?.(stdout);
        },
        err: (text) => (stderr += text),
        stop: options.stop ?? new AbortController().signal,
        workerFile: WORKER_FILE,
        recipeWorkerFile: RECIPE_WORKER_FILE,
        version: '0.0.0-test',
      });
      return { code, stdout, stderr };
    },
    close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let ajv: Ajv | null = null;

/** Every schema file, registered by its $id; `schemaFor('inspect')` is urn:otvori:cli:inspect. */
export function schemaFor(command: string): ValidateFunction {
  if (ajv === null) {
    ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as object);
    }
  }
  const validate = ajv.getSchema(`urn:otvori:cli:${command}`);
  if (validate === undefined) throw new Error(`no schema for ${command}`);
  return validate;
}

/** Parses stdout as one JSON document and checks it against the command's schema. */
export function jsonOf(command: string, run: CliRun): Record<string, unknown> {
  const data = JSON.parse(run.stdout) as Record<string, unknown>;
  const validate = schemaFor(command);
  if (!validate(data)) {
    throw new Error(
      `${command} --json does not match its schema: ${JSON.stringify(validate.errors, null, 2)}`,
    );
  }
  return data;
}
