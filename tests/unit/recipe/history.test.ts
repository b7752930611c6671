import { describe, expect, it } from 'vitest';
import { makeStep, type OpName, type OpParamsMap } from '../../../shared/recipe/op-params';
import {
  addStep,
  commit,
  firstDifference,
  moveStep,
  nextStepId,
  redo,
  removeStep,
  setStepEnabled,
  startHistory,
  undo,
} from '../../../shared/recipe/recipe-edits';
import { applyRecipe } from '../../../shared/recipe/apply-recipe';
import { OP_NAMES } from '../../../shared/recipe/registry';
import { validateRecipe } from '../../../shared/recipe/validate-recipe';
import type { Recipe } from '../../../shared/recipe/types';
import { check, registerTextTable } from './helpers';

/** One example per op, typed by OpParamsMap: the schema must accept what the type allows. */
const EXAMPLES: { [K in OpName]: { params: OpParamsMap[K]; column?: string } } = {
  'trim-whitespace': { params: { keepLineBreaks: false } },
  'normalize-unicode': { params: { form: 'NFC' } },
  transliterate: { params: { to: 'sr-Cyrl' }, column: 'Naselje' },
  'repair-mojibake': { params: {} },
  'parse-numbers': { params: { style: 'sr', stripUnits: true }, column: 'Iznos pomoći' },
  'parse-dates': { params: { excelSerials: false }, column: 'Datum rešenja' },
  'change-type': { params: { to: 'integer' }, column: 'Redni broj' },
  'rename-column': { params: { to: 'jmbg', label: 'JMBG' }, column: 'JMBG' },
  'split-column': {
    params: { separator: ' ', parts: 3, names: ['a', 'b'], keepOriginal: true },
    column: 'Adresa',
  },
  'merge-columns': {
    params: {
      columns: ['Adresa', 'Naselje'],
      name: 'Puna adresa',
      separator: ', ',
      keepOriginals: true,
    },
  },
  'fill-down': { params: {}, column: 'Telefon' },
  'remove-empty-rows': { params: {} },
  'remove-empty-columns': { params: {} },
  'remove-duplicate-rows': { params: { columns: ['jmbg'] } }, // renamed two steps earlier
  'filter-rows': {
    params: { condition: 'contains', value: 'a', caseSensitive: false, keep: 'matching' },
    column: 'Naselje',
  },
  'find-replace': {
    params: { find: 'ul.', replace: 'ulica', wholeCell: false, caseSensitive: true },
    column: 'Adresa',
  },
  'edit-cell': { params: { rowKey: 'abc', value: 12.5 }, column: 'Napomena' },
  'merge-cluster': { params: { values: ['PANCEVO'], to: 'Pančevo' }, column: 'Naselje' },
  'drop-column': { params: {}, column: 'Telefon' },
  mask: { params: { keep: 4 }, column: 'jmbg' },
  'redact-text': { params: { kinds: ['jmbg', 'name'] }, column: 'Napomena' },
  pseudonymize: { params: { prefix: 'P' }, column: 'Prezime i ime' },
  tokenize: { params: { prefix: 'T' }, column: 'Puna adresa' },
  generalize: { params: { to: 'settlement' }, column: 'Adresa' },
  'top-bottom-code': { params: { top: 100000 }, column: 'Iznos pomoći' },
  'suppress-small-counts': { params: { threshold: 5, secondary: true }, column: 'Redni broj' },
};

describe('op params types agree with the schemas', () => {
  it('an example of every op validates and runs', () => {
    let recipe: Recipe = { version: 1, steps: [] };
    for (const op of OP_NAMES as OpName[]) {
      const example = EXAMPLES[op];
      recipe = addStep(recipe, makeStep(nextStepId(recipe), op, example.params, example.column));
    }
    expect(validateRecipe(recipe, check)).toEqual([]);
    const run = applyRecipe(registerTextTable(50, 1), recipe, { pseudonymKey: 'ab'.repeat(32) });
    // Only edit-cell fails: its example key is not a real row.
    expect(run.stepResults.filter((r) => r.status === 'failed').map((r) => r.op)).toEqual([
      'edit-cell',
    ]);
  });
});

describe('recipe edits and history', () => {
  const base: Recipe = {
    version: 1,
    steps: [
      makeStep('s1', 'trim-whitespace', {}),
      makeStep('s2', 'parse-numbers', {}, 'Iznos pomoći'),
      makeStep('s3', 'parse-dates', {}, 'Datum rešenja'),
    ],
  };

  it('edits are pure and give fresh ids', () => {
    expect(nextStepId(base)).toBe('s4');
    const off = setStepEnabled(base, 's2', false);
    expect(base.steps[1]!.enabled).toBe(true);
    expect(off.steps[1]!.enabled).toBe(false);
    expect(removeStep(base, 's1').steps.map((s) => s.id)).toEqual(['s2', 's3']);
    expect(moveStep(base, 's3', 0).steps.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(firstDifference(base, off)).toBe(1);
  });

  it('undo and redo walk the recipes; a new edit clears redo; undo equals the shorter recipe', () => {
    const table = registerTextTable(100, 3);
    let h = startHistory({ version: 1, steps: [] });
    for (const step of base.steps) h = commit(h, addStep(h.present, step));
    const all = applyRecipe(table, h.present).table;
    h = undo(h);
    expect(h.present.steps.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(applyRecipe(table, h.present).table).toEqual(
      applyRecipe(table, { version: 1, steps: base.steps.slice(0, 2) }).table,
    );
    h = redo(h);
    expect(applyRecipe(table, h.present).table).toEqual(all);
    h = commit(undo(h), removeStep(h.present, 's1'));
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(undo(startHistory(base)).present).toBe(base);
  });
});
