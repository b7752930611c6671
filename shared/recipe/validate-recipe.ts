/**
 * Recipe validation with structured issues for the clerk's language: each names the step (index
 * and id), the field (`params.separator`) and a code (`required`, `unknownOp`, `regex.unsafe`…).
 * The JSON Schemas are data; checking them is a port (`SchemaCheck`) because ajv compiles
 * schemas to code with `new Function`, which the renderer's CSP refuses: the backend passes
 * createSchemaCheck(new Ajv(...)) (schema-check.ts).
 */
import { OPS } from './registry';
import { RECIPE_VERSION, type Recipe } from './types';

export interface RecipeIssue {
  /** -1 for recipe-level issues. */
  readonly stepIndex: number;
  readonly stepId?: string;
  readonly op?: string;
  /** Dotted path inside the step (`params.to`) or the recipe (`version`). */
  readonly field: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** One schema error as the check reports it (the part of ajv's ErrorObject we use). */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Checks `data` against `schema` (same object each time for one op: cache by identity). */
export type SchemaCheck = (schema: object, data: unknown) => readonly SchemaError[];

const STEP_KEYS = new Set(['id', 'op', 'column', 'params', 'enabled', 'note']);
const MAX_STEPS = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schemaIssue(error: SchemaError): {
  field: string;
  code: string;
  params?: Record<string, string | number>;
} {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const p = error.params;
  if (error.keyword === 'required') {
    return { field: ['params', ...path, String(p['missingProperty'])].join('.'), code: 'required' };
  }
  if (error.keyword === 'additionalProperties') {
    return {
      field: ['params', ...path, String(p['additionalProperty'])].join('.'),
      code: 'unknownField',
    };
  }
  const field = ['params', ...path].join('.');
  const limit = p['limit'];
  return typeof limit === 'number'
    ? { field, code: error.keyword, params: { limit } }
    : { field, code: error.keyword };
}

export function validateRecipe(input: unknown, check: SchemaCheck): RecipeIssue[] {
  const issues: RecipeIssue[] = [];
  const recipeIssue = (field: string, code: string): void => {
    issues.push({ stepIndex: -1, field, code });
  };
  if (!isRecord(input)) {
    recipeIssue('', 'notAnObject');
    return issues;
  }
  if (input['version'] !== RECIPE_VERSION) recipeIssue('version', 'unsupportedVersion');
  const steps = input['steps'];
  if (!Array.isArray(steps)) {
    recipeIssue('steps', 'required');
    return issues;
  }
  if (steps.length > MAX_STEPS) recipeIssue('steps', 'tooMany');
  const ids = new Set<string>();
  steps.forEach((raw: unknown, stepIndex) => {
    if (!isRecord(raw)) {
      issues.push({ stepIndex, field: '', code: 'notAnObject' });
      return;
    }
    const id = typeof raw['id'] === 'string' ? raw['id'] : undefined;
    const opName = typeof raw['op'] === 'string' ? raw['op'] : undefined;
    const at = (field: string, code: string, params?: Record<string, string | number>): void => {
      issues.push({
        stepIndex,
        ...(id === undefined ? {} : { stepId: id }),
        ...(opName === undefined ? {} : { op: opName }),
        field,
        code,
        ...(params === undefined ? {} : { params }),
      });
    };
    if (id === undefined || id === '' || id.length > 100) at('id', 'required');
    else if (ids.has(id)) at('id', 'duplicateId');
    else ids.add(id);
    for (const key of Object.keys(raw)) if (!STEP_KEYS.has(key)) at(key, 'unknownField');
    if (typeof raw['enabled'] !== 'boolean') at('enabled', 'required');
    if (
      raw['note'] !== undefined &&
      (typeof raw['note'] !== 'string' || raw['note'].length > 2000)
    ) {
      at('note', 'invalid');
    }
    const op = opName === undefined ? undefined : OPS.get(opName);
    if (op === undefined) {
      at(
        'op',
        opName === undefined ? 'required' : 'unknownOp',
        opName === undefined ? {} : { op: opName },
      );
      return;
    }
    const column = raw['column'];
    if (
      column !== undefined &&
      (typeof column !== 'string' || column === '' || column.length > 500)
    ) {
      at('column', 'invalid');
    } else if (op.column === true && column === undefined) at('column', 'required');
    else if (op.column === false && column !== undefined) at('column', 'notAllowed');
    if (!isRecord(raw['params'])) {
      at('params', 'required');
      return;
    }
    for (const error of check(op.schema, raw['params'])) {
      const issue = schemaIssue(error);
      at(issue.field, issue.code, issue.params);
    }
    const step = raw as unknown as Recipe['steps'][number];
    for (const extra of op.check?.(step) ?? []) at(extra.field, extra.code);
  });
  return issues;
}

/** The input as a Recipe when it has no issues. */
export function parseRecipe(
  input: unknown,
  check: SchemaCheck,
): { ok: true; recipe: Recipe } | { ok: false; issues: RecipeIssue[] } {
  const issues = validateRecipe(input, check);
  return issues.length === 0 ? { ok: true, recipe: input as Recipe } : { ok: false, issues };
}
