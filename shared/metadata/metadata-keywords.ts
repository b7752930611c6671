/**
 * The two rules plain JSON Schema cannot say, as ajv keyword definitions (pure data + functions,
 * registered by the backend's ajv instance):
 * - `udataTag`: the tag is 3–96 characters *after* the portal's normalisation (udata-api.md §5.4:
 *   `ЈП` becomes `jp` and is refused);
 * - `dateRange`: temporal coverage has both ends, real dates, start ≤ end.
 */
import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv';
import { dateRangeProblem } from './dates';
import { normalizeTag, tagProblem, TAG_MAX_LENGTH, TAG_MIN_LENGTH } from './udata-slug';

type Issue = {
  keyword: string;
  message: string;
  params: Record<string, unknown>;
  instancePath?: string;
};

const udataTag: SchemaValidateFunction = function udataTag(_schema: unknown, data: unknown) {
  if (typeof data !== 'string') return true;
  const problem = tagProblem(data);
  if (problem === null) return true;
  const errors: Issue[] = [
    {
      keyword: 'udataTag',
      message: `tag is ${problem} after normalisation`,
      params: { problem, normalized: normalizeTag(data), min: TAG_MIN_LENGTH, max: TAG_MAX_LENGTH },
    },
  ];
  (udataTag as { errors?: Issue[] }).errors = errors;
  return false;
};

const dateRange: SchemaValidateFunction = function dateRange(_schema: unknown, data: unknown) {
  if (typeof data !== 'object' || data === null) return true;
  const { start, end } = data as { start?: unknown; end?: unknown };
  if (typeof start !== 'string' || typeof end !== 'string') return true;
  const problem = dateRangeProblem({ start, end });
  if (problem === null) return true;
  const which = problem === 'endInvalid' || problem === 'endMissing' ? 'end' : 'start';
  (dateRange as { errors?: Issue[] }).errors = [
    { keyword: 'dateRange', message: problem, params: { problem, which } },
  ];
  return false;
};

export const METADATA_KEYWORDS: readonly FuncKeywordDefinition[] = [
  { keyword: 'udataTag', type: 'string', schemaType: 'boolean', validate: udataTag, errors: true },
  {
    keyword: 'dateRange',
    type: 'object',
    schemaType: 'boolean',
    validate: dateRange,
    errors: true,
  },
];
