/**
 * ajv errors → {field, code, params}: the renderer turns these into the clerk's language
 * (i18n `metadata.issue.<code>`), names the field and focuses it. Never shown raw.
 */
import type { IssueCode, MetadataIssue } from './types';

/** The part of ajv's ErrorObject we read (so shared/ needs no ajv runtime). */
export interface SchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

function pointerToField(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

function codeFor(error: SchemaError, field: string, value: unknown): MetadataIssue {
  const p = error.params;
  const make = (code: IssueCode, params: Record<string, string | number> = {}): MetadataIssue => ({
    field,
    code,
    params,
  });
  switch (error.keyword) {
    case 'required':
      return make('required');
    case 'minLength':
      // An empty or blank value is "missing", not "too short".
      return typeof value === 'string' && value.trim() === ''
        ? make('required')
        : make('tooShort', {
            limit: num(p['limit']),
            length: typeof value === 'string' ? value.length : 0,
          });
    case 'pattern':
      if (field === 'contact.email') return make('invalidEmail');
      if (field === 'organization.id') return make('invalidOrganization');
      return make(typeof value === 'string' && value.trim() === '' ? 'required' : 'invalid');
    case 'maxLength':
      return make('tooLong', {
        limit: num(p['limit']),
        length: typeof value === 'string' ? value.length : 0,
      });
    case 'maxItems':
      return make('tooMany', { limit: num(p['limit']) });
    case 'enum':
      return make(typeof value === 'string' && value === '' ? 'required' : 'notInList', {
        value: typeof value === 'string' ? value : '',
      });
    case 'uniqueItems':
      return make('duplicate');
    case 'udataTag':
      return make(p['problem'] === 'tooLong' ? 'tagTooLong' : 'tagTooShort', {
        tag: typeof value === 'string' ? value : '',
        normalized: typeof p['normalized'] === 'string' ? p['normalized'] : '',
        min: num(p['min']),
        max: num(p['max']),
      });
    case 'dateRange': {
      const problem = p['problem'];
      if (problem === 'startMissing' || problem === 'endMissing' || problem === 'startAfterEnd') {
        return make(problem);
      }
      return make('invalidDate');
    }
    default:
      return make('invalid');
  }
}

function fieldOf(error: SchemaError): { path: string[]; field: string } {
  const path = pointerToField(error.instancePath);
  if (error.keyword === 'required' && typeof error.params['missingProperty'] === 'string') {
    path.push(error.params['missingProperty']);
  }
  if (error.keyword === 'dateRange' && typeof error.params['which'] === 'string') {
    path.push(error.params['which']);
  }
  // A tag's index is a detail of the message, not of where the form focuses: `tags`.
  const field = path[0] === 'tags' ? 'tags' : path.join('.');
  return { path, field };
}

/** One issue per field (the first one ajv found), in the order the form shows the fields. */
export function issuesFromSchemaErrors(
  errors: readonly SchemaError[],
  data: unknown,
): MetadataIssue[] {
  const byField = new Map<string, MetadataIssue>();
  for (const error of errors) {
    // `if`/`anyOf` wrappers repeat what their children already said.
    if (error.keyword === 'if' || error.keyword === 'anyOf') continue;
    const { path, field } = fieldOf(error);
    if (byField.has(field)) continue;
    byField.set(field, codeFor(error, field, valueAt(data, path)));
  }
  return [...byField.values()];
}
