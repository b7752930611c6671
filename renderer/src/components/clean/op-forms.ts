/**
 * The "add step" forms: for every op a clerk understands without formulas, its fields and
 * starting values. The op's JSON Schema (shared/recipe/ops) stays the authority: the backend
 * validates what the form sends and answers RECIPE_INVALID with the field. edit-cell
 * (EditCellPanel) and merge-cluster (the cluster dialog) are made elsewhere, not by this form.
 */
import { FILTER_CONDITIONS, OPS } from '../../../../shared/recipe';
import type { TextKey } from '../../i18n';

export type FormField =
  | {
      readonly kind: 'select';
      readonly name: string;
      readonly label: TextKey;
      readonly options: readonly (readonly [string, TextKey])[];
    }
  | {
      readonly kind: 'text';
      readonly name: string;
      readonly label: TextKey;
      readonly required?: boolean;
    }
  | {
      readonly kind: 'number';
      readonly name: string;
      readonly label: TextKey;
      readonly min: number;
      readonly max: number;
    }
  | { readonly kind: 'checkbox'; readonly name: string; readonly label: TextKey }
  | { readonly kind: 'columns'; readonly name: string; readonly label: TextKey };

export interface OpForm {
  readonly op: string;
  readonly fields: readonly FormField[];
  readonly defaults: Readonly<Record<string, unknown>>;
}

const TYPES = ['text', 'integer', 'decimal', 'date', 'datetime', 'boolean'] as const;

export const OP_FORMS: readonly OpForm[] = [
  {
    op: 'trim-whitespace',
    fields: [{ kind: 'checkbox', name: 'keepLineBreaks', label: 'recipe.param.keepLineBreaks' }],
    defaults: {},
  },
  {
    op: 'transliterate',
    fields: [
      {
        kind: 'select',
        name: 'to',
        label: 'recipe.param.script',
        options: [
          ['sr-Latn', 'recipe.script.sr-Latn'],
          ['sr-Cyrl', 'recipe.script.sr-Cyrl'],
        ],
      },
    ],
    defaults: { to: 'sr-Latn' },
  },
  {
    op: 'parse-numbers',
    fields: [
      {
        kind: 'select',
        name: 'style',
        label: 'recipe.param.style',
        options: [
          ['auto', 'recipe.style.auto'],
          ['sr', 'recipe.style.sr'],
          ['en', 'recipe.style.en'],
        ],
      },
      { kind: 'checkbox', name: 'stripUnits', label: 'recipe.param.stripUnits' },
    ],
    defaults: { style: 'auto' },
  },
  {
    op: 'parse-dates',
    fields: [{ kind: 'checkbox', name: 'excelSerials', label: 'recipe.param.excelSerials' }],
    defaults: {},
  },
  {
    op: 'rename-column',
    fields: [
      { kind: 'text', name: 'to', label: 'recipe.param.to', required: true },
      { kind: 'text', name: 'label', label: 'recipe.param.label' },
    ],
    defaults: { to: '' },
  },
  {
    op: 'find-replace',
    fields: [
      { kind: 'text', name: 'find', label: 'recipe.param.find', required: true },
      { kind: 'text', name: 'replace', label: 'recipe.param.replace' },
      { kind: 'checkbox', name: 'wholeCell', label: 'recipe.param.wholeCell' },
      { kind: 'checkbox', name: 'caseSensitive', label: 'recipe.param.caseSensitive' },
    ],
    defaults: { find: '', replace: '' },
  },
  {
    op: 'filter-rows',
    fields: [
      {
        kind: 'select',
        name: 'condition',
        label: 'recipe.param.condition',
        options: FILTER_CONDITIONS.map((c) => [c, `recipe.condition.${c}`] as const),
      },
      { kind: 'text', name: 'value', label: 'recipe.param.value' },
      {
        kind: 'select',
        name: 'keep',
        label: 'recipe.param.keep',
        options: [
          ['matching', 'recipe.keep.matching'],
          ['non-matching', 'recipe.keep.non-matching'],
        ],
      },
    ],
    defaults: { condition: 'equals', value: '', keep: 'matching' },
  },
  { op: 'remove-empty-rows', fields: [], defaults: {} },
  { op: 'remove-empty-columns', fields: [], defaults: {} },
  {
    op: 'remove-duplicate-rows',
    fields: [{ kind: 'columns', name: 'columns', label: 'recipe.param.duplicateColumns' }],
    defaults: {},
  },
  { op: 'fill-down', fields: [], defaults: {} },
  {
    op: 'split-column',
    fields: [
      { kind: 'text', name: 'separator', label: 'recipe.param.separator', required: true },
      { kind: 'number', name: 'parts', label: 'recipe.param.parts', min: 2, max: 20 },
      { kind: 'checkbox', name: 'keepOriginal', label: 'recipe.param.keepOriginal' },
    ],
    defaults: { separator: ',', parts: 2, keepOriginal: true },
  },
  {
    op: 'merge-columns',
    fields: [
      { kind: 'columns', name: 'columns', label: 'recipe.param.columns' },
      { kind: 'text', name: 'name', label: 'recipe.param.name', required: true },
      { kind: 'text', name: 'separator', label: 'recipe.param.separator' },
      { kind: 'checkbox', name: 'keepOriginals', label: 'recipe.param.keepOriginals' },
    ],
    defaults: { columns: [], name: '', separator: ' ' },
  },
  {
    op: 'change-type',
    fields: [
      {
        kind: 'select',
        name: 'to',
        label: 'recipe.param.type',
        options: TYPES.map((type) => [type, `recipe.type.${type}`] as const),
      },
    ],
    defaults: { to: 'text' },
  },
  {
    op: 'normalize-unicode',
    fields: [
      {
        kind: 'select',
        name: 'form',
        label: 'recipe.param.form',
        options: [
          ['NFC', 'recipe.param.form'],
          ['NFKC', 'recipe.param.form'],
        ],
      },
    ],
    defaults: { form: 'NFC' },
  },
  { op: 'repair-mojibake', fields: [], defaults: {} },
];

export function formFor(op: string): OpForm | undefined {
  return OP_FORMS.find((form) => form.op === op);
}

/** How the op names its column: required, optional (absent = all text columns) or none. */
export function columnMode(op: string): 'required' | 'optional' | 'none' {
  const column = OPS.get(op)?.column;
  if (column === true) return 'required';
  return column === 'optional' ? 'optional' : 'none';
}

/**
 * The params the form sends: empty optional texts and empty column lists are left out (the
 * schema treats absent as "default"), and a filter without a value drops `value`.
 */
export function cleanParams(form: OpForm, params: Readonly<Record<string, unknown>>) {
  const out: Record<string, unknown> = {};
  for (const field of form.fields) {
    const value = params[field.name];
    if (value === undefined) continue;
    if (field.kind === 'text' && value === '' && field.required !== true) {
      // find-replace's replacement may be empty on purpose: it deletes the found text.
      if (!(form.op === 'find-replace' && field.name === 'replace')) continue;
    }
    if (field.kind === 'columns' && Array.isArray(value) && value.length === 0) {
      if (form.op === 'remove-duplicate-rows') continue;
    }
    if (field.kind === 'checkbox' && value === false && !(field.name in form.defaults)) continue;
    out[field.name] = value;
  }
  if (
    form.op === 'filter-rows' &&
    (out['condition'] === 'empty' || out['condition'] === 'not-empty')
  ) {
    delete out['value'];
  }
  return out;
}
