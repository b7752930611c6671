/**
 * TypeScript shapes of each op's params, for code that builds steps (the UI, tests, default
 * recipes). They mirror the JSON Schemas in ops/*.ts, which stay the authority on what a saved or
 * imported recipe may hold; a test validates an example of each type against its schema.
 */
import type { CellValue, ColumnType } from '../table/types';
import type { FilterCondition } from './ops/filter-rows';
import type { PiiKind } from '../privacy/types';
import type { GeneralizeTo } from './ops/privacy/generalize';
import type { Step } from './types';

export interface OpParamsMap {
  'trim-whitespace': { keepLineBreaks?: boolean };
  'normalize-unicode': { form?: 'NFC' | 'NFKC' };
  transliterate: { to: 'sr-Latn' | 'sr-Cyrl' };
  'repair-mojibake': Record<string, never>;
  'parse-numbers': { style?: 'auto' | 'sr' | 'en'; stripUnits?: boolean };
  'parse-dates': { excelSerials?: boolean };
  'change-type': { to: Exclude<ColumnType, 'empty'> };
  'rename-column': { to: string; label?: string };
  'split-column': { separator: string; parts?: number; names?: string[]; keepOriginal?: boolean };
  'merge-columns': { columns: string[]; name: string; separator?: string; keepOriginals?: boolean };
  'fill-down': Record<string, never>;
  'remove-empty-rows': Record<string, never>;
  'remove-empty-columns': Record<string, never>;
  'remove-duplicate-rows': { columns?: string[] };
  'filter-rows': {
    condition: FilterCondition;
    value?: string;
    caseSensitive?: boolean;
    keep?: 'matching' | 'non-matching';
  };
  'find-replace': { find: string; replace: string; wholeCell?: boolean; caseSensitive?: boolean };
  'edit-cell': { rowKey: string; value: CellValue };
  'merge-cluster': { values: string[]; to: string };
  'drop-column': Record<string, never>;
  mask: { keep?: number };
  'redact-text': { kinds?: PiiKind[] };
  pseudonymize: { prefix?: string };
  tokenize: { prefix?: string };
  generalize: { to: GeneralizeTo; width?: 5 | 10 };
  'top-bottom-code': { top?: number; bottom?: number };
  'suppress-small-counts': { threshold?: number; secondary?: boolean };
}

export type OpName = keyof OpParamsMap;

/** A typed step; `id` is the caller's (recipe-edits.ts nextStepId gives a fresh one). */
export function makeStep<K extends OpName>(
  id: string,
  op: K,
  params: OpParamsMap[K],
  column?: string,
): Step {
  return column === undefined
    ? { id, op, params, enabled: true }
    : { id, op, column, params, enabled: true };
}
