/**
 * Reads IT's machine-wide policy file at start-up (architecture.md §10; README "For IT"),
 * validates it against shared/policy's JSON Schema with ajv, and returns the settings in force.
 * Never throws: a missing file means defaults (source null); a broken one means defaults, updates
 * off, and errors that name the field, which main logs and About shows.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import {
  POLICY_SCHEMA,
  resolvePolicy,
  unreadablePolicy,
  type LoadedPolicy,
  type SchemaViolation,
} from '../../../shared/policy/policy';

/** A policy is a few hundred bytes; anything this large is not one. */
export const MAX_POLICY_BYTES = 64 * 1024;

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(POLICY_SCHEMA);

/**
 * Where IT puts the policy: %ProgramData%\Otvori\policy.json on Windows (machine-wide, writable
 * only by administrators), /etc/otvori/policy.json elsewhere. OTVORI_POLICY_FILE overrides it
 * (tests, IT trying a policy out).
 */
export function policyFilePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const override = env['OTVORI_POLICY_FILE'];
  if (override) return path.resolve(override);
  if (platform === 'win32') {
    const programData = env['ProgramData'] ?? env['PROGRAMDATA'] ?? 'C:\\ProgramData';
    return path.win32.join(programData, 'Otvori', 'policy.json');
  }
  if (platform === 'darwin') return '/Library/Application Support/Otvori/policy.json';
  return '/etc/otvori/policy.json';
}

/** ajv's errors reduced to one per top-level field: the most specific (deepest) one. */
export function toViolations(errors: readonly ErrorObject[] | null | undefined): SchemaViolation[] {
  const byField = new Map<string, SchemaViolation & { depth: number }>();
  for (const error of errors ?? []) {
    if (error.keyword === 'additionalProperties' && error.instancePath === '') {
      const key = String((error.params as { additionalProperty?: unknown }).additionalProperty);
      byField.set(`unknown:${key}`, {
        instancePath: '',
        message: error.message ?? 'is not allowed',
        unknownKey: key,
        depth: 0,
      });
      continue;
    }
    const field = error.instancePath.split('/')[1] ?? '';
    const depth = error.instancePath.split('/').length;
    const previous = byField.get(field);
    // anyOf's own summary ("must match a schema in anyOf") is the least telling.
    const weight = error.keyword === 'anyOf' ? -1 : depth;
    if (previous !== undefined && previous.depth >= weight) continue;
    const where = depth > 2 ? `at ${error.instancePath}: ` : '';
    byField.set(field, {
      instancePath: error.instancePath,
      message: `${where}${error.message ?? 'is invalid'}`,
      depth: weight,
    });
  }
  return [...byField.values()].map(({ depth: _depth, ...violation }) => violation);
}

/** Validates an already parsed document (exported for tests and for IT tooling). */
export function evaluatePolicy(source: string, document: unknown): LoadedPolicy {
  const valid = validate(document);
  return resolvePolicy(source, document, valid ? [] : toViolations(validate.errors));
}

export async function loadPolicy(file: string = policyFilePath()): Promise<LoadedPolicy> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) return unreadablePolicy(file, 'it is not a file');
    if (info.size > MAX_POLICY_BYTES) {
      return unreadablePolicy(file, `it is ${info.size} bytes, more than ${MAX_POLICY_BYTES}`);
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return resolvePolicy(null, undefined, []);
    return unreadablePolicy(file, `it cannot be read: ${code ?? 'unknown error'}`);
  }
  let document: unknown;
  try {
    // Notepad saves UTF-8 with a BOM, which JSON.parse rejects.
    document = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unknown error';
    return unreadablePolicy(file, `it is not valid JSON: ${detail}`);
  }
  return evaluatePolicy(file, document);
}
