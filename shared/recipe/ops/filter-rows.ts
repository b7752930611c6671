/**
 * Filter rows by a condition on one column: keep the rows that match (or drop them).
 * Comparisons follow the column's values: numbers compare as numbers (the step's value may be
 * written the Serbian way, `1.234,5`), ISO dates compare as dates (`01.02.2023.` accepted too).
 */
import type { CellValue } from '../../table/types';
import { parseTextDate } from '../../table/parse-date';
import { columnIndex, isEmptyCell, param, selectRows } from '../table-edit';
import type { OpDefinition, Step } from '../types';
import { describeOne, readsOne, requireColumn } from './column-op';
import { parseTypedNumber, textOf } from './convert-cells';
import { checkRegex, MAX_SUBJECT } from './safe-regex';

export const FILTER_CONDITIONS = [
  'equals',
  'contains',
  'empty',
  'not-empty',
  'greater',
  'less',
  'regex',
] as const;
export type FilterCondition = (typeof FILTER_CONDITIONS)[number];

function matcher(step: Step): (value: CellValue | undefined) => boolean {
  const condition = param<FilterCondition>(step, 'condition', 'equals');
  const raw = param(step, 'value', '');
  const caseSensitive = param(step, 'caseSensitive', false);
  const fold = (text: string): string => (caseSensitive ? text : text.toLocaleLowerCase('sr'));
  switch (condition) {
    case 'empty':
      return (value) => isEmptyCell(value);
    case 'not-empty':
      return (value) => !isEmptyCell(value);
    case 'equals': {
      const wanted = fold(raw.trim());
      return (value) =>
        value !== null && value !== undefined && fold(textOf(value).trim()) === wanted;
    }
    case 'contains': {
      const wanted = fold(raw);
      return (value) =>
        value !== null && value !== undefined && fold(textOf(value)).includes(wanted);
    }
    case 'greater':
    case 'less': {
      const sign = condition === 'greater' ? 1 : -1;
      const date = parseTextDate(raw.trim())?.iso ?? null;
      const number = date === null ? parseTypedNumber(raw) : null;
      return (value) => {
        if (number !== null && typeof value === 'number') return Math.sign(value - number) === sign;
        if (date !== null && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
          const cell = value.length === 10 && date.length > 10 ? `${value}T00:00:00` : value;
          const wanted = cell.length > 10 && date.length === 10 ? `${date}T00:00:00` : date;
          return sign > 0 ? cell > wanted : cell < wanted;
        }
        return false;
      };
    }
    case 'regex': {
      // check() refused unsafe patterns at validation; refuse again here for direct callers.
      if (checkRegex(raw) !== null) return () => false;
      const pattern = new RegExp(raw, caseSensitive ? 'u' : 'iu');
      return (value) =>
        value !== null && value !== undefined && pattern.test(textOf(value).slice(0, MAX_SUBJECT));
    }
  }
}

export const filterRowsOp: OpDefinition = {
  op: 'filter-rows',
  schema: {
    type: 'object',
    properties: {
      condition: { enum: FILTER_CONDITIONS },
      value: { type: 'string', maxLength: 1000 },
      caseSensitive: { type: 'boolean' },
      keep: { enum: ['matching', 'non-matching'] },
    },
    required: ['condition'],
    additionalProperties: false,
    allOf: [
      {
        if: {
          properties: { condition: { enum: ['equals', 'contains', 'greater', 'less', 'regex'] } },
        },
        then: { properties: { value: { type: 'string' } }, required: ['value'] },
      },
    ],
  },
  column: true,
  columnParams: [],
  valueParams: ['value'],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const matches = matcher(step);
    const keepMatching = param(step, 'keep', 'matching') === 'matching';
    const column = table.values[c] ?? [];
    const kept: number[] = [];
    for (let r = 0; r < table.rowCount; r++) {
      if (matches(column[r]) === keepMatching) kept.push(r);
    }
    if (kept.length === table.rowCount) return { table };
    return { table: selectRows(table, kept), keptRows: kept };
  },
  describe: (step) =>
    describeOne(step, {
      condition: param(step, 'condition', 'equals'),
      value: param(step, 'value', ''),
      keep: param(step, 'keep', 'matching'),
    }),
  affectedColumns: readsOne,
  check(step) {
    if (param<string>(step, 'condition', '') !== 'regex') return [];
    const issue = checkRegex(param(step, 'value', ''));
    return issue === null ? [] : [{ field: 'params.value', code: `regex.${issue}` }];
  },
};
