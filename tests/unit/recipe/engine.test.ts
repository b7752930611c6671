import { describe, expect, it } from 'vitest';
import { applyRecipe, RecipeCancelled } from '../../../shared/recipe/apply-recipe';
import { previewStep } from '../../../shared/recipe/preview-step';
import { computeRowKeys, rowKeyAt } from '../../../shared/recipe/row-key';
import { OPS, OP_NAMES } from '../../../shared/recipe/registry';
import { validateRecipe } from '../../../shared/recipe/validate-recipe';
import { RECIPE_ENVELOPE_SCHEMA } from '../../../shared/recipe/recipe-schema';
import {
  exportRecipe,
  importRecipe,
  migrateRecipe,
  valueParamsOf,
} from '../../../shared/recipe/recipe-file';
import type { Recipe, Step } from '../../../shared/recipe/types';
import type { Table } from '../../../shared/table/types';
import { check, column, recipe, registerTextTable, step, table } from './helpers';

function deepFreeze(t: Table): Table {
  for (const values of t.values) Object.freeze(values);
  Object.freeze(t.values);
  Object.freeze(t.columns);
  return Object.freeze(t);
}

const DEFAULT_CLEANING = (): Step[] => [
  step('trim-whitespace', undefined),
  step('normalize-unicode', undefined),
  step('parse-numbers', 'Iznos pomoći'),
  step('parse-dates', 'Datum rešenja'),
];

describe('applyRecipe', () => {
  const input = deepFreeze(registerTextTable(300, 11));

  it('runs steps in order, never mutates the input, reports counts per step', () => {
    const run = applyRecipe(input, recipe(...DEFAULT_CLEANING()));
    expect(run.stepResults.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    expect(run.stepResults[0]!.changedCells).toBeGreaterThan(0); // padded names
    expect(run.stepResults[2]!.changedCells).toBe(300);
    expect(run.table.columns.find((c) => c.name === 'Iznos pomoći')!.type).toBe('decimal');
    expect(column(run.table, 'Datum rešenja')[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(column(input, 'Iznos pomoći')[0]).toMatch(/,/);
  });

  it('skips disabled steps and says so', () => {
    const steps = DEFAULT_CLEANING();
    const off = { ...steps[2]!, enabled: false };
    const run = applyRecipe(input, recipe(steps[0]!, off));
    expect(run.stepResults[1]!.status).toBe('disabled');
    expect(run.table.columns.find((c) => c.name === 'Iznos pomoći')!.type).toBe('text');
  });

  it('undo is replaying steps[0..n-1]: equal to the table before the last step', () => {
    const steps = [
      ...DEFAULT_CLEANING(),
      step('filter-rows', 'Naselje', { condition: 'equals', value: 'Pančevo' }),
    ];
    const before = applyRecipe(input, recipe(...steps.slice(0, -1))).table;
    const all = applyRecipe(input, recipe(...steps));
    const undone = applyRecipe(input, recipe(...steps.slice(0, -1))).table;
    expect(undone).toEqual(before);
    expect(all.table.rowCount).toBeLessThan(before.rowCount);
    expect(all.stepResults[4]!.rowsRemoved).toBe(before.rowCount - all.table.rowCount);
  });

  it('a step whose column is gone fails with a structured error; the rest still run', () => {
    const run = applyRecipe(
      input,
      recipe(step('parse-numbers', 'Nema'), step('trim-whitespace', 'Naselje')),
    );
    expect(run.stepResults[0]).toMatchObject({
      status: 'failed',
      error: { code: 'columnMissing', params: { column: 'Nema' } },
    });
    expect(run.stepResults[1]!.status).toBe('applied');
  });

  it('stops between steps when cancelled', () => {
    let calls = 0;
    expect(() =>
      applyRecipe(input, recipe(...DEFAULT_CLEANING()), { isCancelled: () => ++calls > 2 }),
    ).toThrow(RecipeCancelled);
    expect(calls).toBe(3);
  });

  it('reports progress per step', () => {
    const seen: number[] = [];
    applyRecipe(input, recipe(...DEFAULT_CLEANING()), {
      onProgress: (p) => seen.push(p.stepIndex),
    });
    expect(seen).toEqual([0, 1, 2, 3]);
  });
});

describe('row keys', () => {
  it('are unique, stable for the same source, and differ for identical rows by occurrence', () => {
    const t = table([['x', 'text']], [['a'], ['b'], ['a']]);
    const keys = computeRowKeys(t);
    expect(new Set(keys).size).toBe(3);
    expect(keys[2]).toBe(`${keys[0]}.1`);
    expect(computeRowKeys(table([['x', 'text']], [['a'], ['b'], ['a']]))).toEqual(keys);
  });

  it('use the source text, so a parsed value keeps the key it had before parsing', () => {
    const raw = registerTextTable(50, 3);
    const parsed = applyRecipe(raw, recipe(step('parse-numbers', 'Iznos pomoći'))).table;
    expect(computeRowKeys(parsed)).toEqual(computeRowKeys(raw));
  });

  it('an edit-cell step survives row removals earlier in the recipe', () => {
    const raw = registerTextTable(200, 5);
    const keys = computeRowKeys(raw);
    const target = 151; // Redni broj 152: kept by the even-number filter
    const edit = step('edit-cell', 'Naselje', { rowKey: keys[target]!, value: 'ISPRAVLJENO' });
    const filter = step('filter-rows', 'Redni broj', {
      condition: 'regex',
      value: '^\\d*[02468]$',
    });
    const run = applyRecipe(raw, recipe(filter, step('remove-duplicate-rows', undefined), edit));
    expect(run.stepResults.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const at = column(run.table, 'Redni broj').indexOf(String(target + 1));
    expect(at).toBe(75);
    expect(column(run.table, 'Naselje')[at]).toBe('ISPRAVLJENO');
    expect(column(run.table, 'Naselje').filter((v) => v === 'ISPRAVLJENO')).toHaveLength(1);
    expect(run.rowKeys()[at]).toBe(keys[target]);
    expect(run.sourceRows?.[at]).toBe(target);
    expect(run.sourceRows).toHaveLength(run.table.rowCount);
  });

  it('rowKeyAt gives the key computeRowKeys gives, duplicates included', () => {
    const raw = registerTextTable(30, 3);
    const doubled: Table = {
      ...raw,
      values: raw.values.map((values) => [...values, ...values]),
      originals: raw.originals.map((originals) => new Map(originals)),
      rowCount: raw.rowCount * 2,
    };
    const keys = computeRowKeys(doubled);
    for (const row of [0, 7, 29, 30, 37, 59]) expect(rowKeyAt(doubled, row)).toBe(keys[row]);
    expect(keys[37]).toBe(`${keys[7]}.1`);
  });

  it('an edit of a row the filter removed fails with rowKeyMissing', () => {
    const raw = registerTextTable(20, 5);
    const keys = computeRowKeys(raw);
    const run = applyRecipe(
      raw,
      recipe(
        step('filter-rows', 'Redni broj', { condition: 'equals', value: '1' }),
        step('edit-cell', 'Naselje', { rowKey: keys[5]!, value: 'x' }),
      ),
    );
    expect(run.stepResults[1]).toMatchObject({
      status: 'failed',
      error: { code: 'rowKeyMissing' },
    });
  });
});

describe('previewStep', () => {
  it('lists before/after of a sample of changed cells and the exact count', () => {
    const raw = registerTextTable(100, 9);
    const preview = previewStep(raw, step('parse-numbers', 'Iznos pomoći'), 3);
    expect(preview.changes).toHaveLength(3);
    expect(preview.changedCells).toBe(100);
    expect(preview.changes[0]).toMatchObject({ row: 0, column: 'Iznos pomoći' });
    expect(typeof preview.changes[0]!.before).toBe('string');
    expect(typeof preview.changes[0]!.after).toBe('number');
  });

  it('lists removed rows and renamed / added columns', () => {
    const raw = registerTextTable(30, 9);
    const filter = previewStep(
      raw,
      step('filter-rows', 'Naselje', {
        condition: 'equals',
        value: 'Pančevo',
        keep: 'non-matching',
      }),
      5,
    );
    expect(filter.removedRowCount).toBeGreaterThan(0);
    expect(filter.removedRows.length).toBeLessThanOrEqual(5);
    expect(previewStep(raw, step('rename-column', 'JMBG', { to: 'jmbg' })).renamedColumns).toEqual([
      { from: 'JMBG', to: 'jmbg' },
    ]);
    expect(
      previewStep(raw, step('split-column', 'Adresa', { separator: ' ' })).addedColumns,
    ).toEqual(['Adresa 1', 'Adresa 2']);
  });
});

describe('validateRecipe', () => {
  it('accepts a valid recipe; every op schema compiles in ajv strict mode', () => {
    expect(validateRecipe(recipe(...DEFAULT_CLEANING()), check)).toEqual([]);
    for (const name of OP_NAMES) expect(() => check(OPS.get(name)!.schema, {})).not.toThrow();
    expect(OP_NAMES).toHaveLength(26);
  });

  it('names the step, the field and a code for each problem', () => {
    const bad = {
      version: 1,
      steps: [
        { id: 'a', op: 'split-column', column: 'Adresa', params: {}, enabled: true },
        { id: 'a', op: 'transliterate', column: 'x', params: { to: 'klingon' }, enabled: true },
        { id: 'c', op: 'nope', params: {}, enabled: true },
        { id: 'd', op: 'parse-numbers', params: { style: 'sr', extra: 1 }, enabled: 'yes' },
        {
          id: 'e',
          op: 'filter-rows',
          column: 'x',
          params: { condition: 'regex', value: '(a+)+$' },
          enabled: true,
        },
        { id: 'f', op: 'remove-empty-rows', column: 'x', params: {}, enabled: true },
        { id: 'g', op: '__proto__', params: {}, enabled: true },
      ],
    };
    const issues = validateRecipe(bad, check);
    const brief = issues.map((i) => `${i.stepIndex}:${i.stepId ?? ''}:${i.field}:${i.code}`);
    expect(brief).toEqual([
      '0:a:params.separator:required',
      '1:a:id:duplicateId',
      '1:a:params.to:enum',
      '2:c:op:unknownOp',
      '3:d:enabled:required',
      '3:d:column:required',
      '3:d:params.extra:unknownField',
      '4:e:params.value:regex.unsafe',
      '5:f:column:notAllowed',
      '6:g:op:unknownOp',
    ]);
    expect(issues[3]!.params).toEqual({ op: 'nope' });
  });

  it('the envelope schema (for contract channels) accepts a recipe and refuses stray fields', () => {
    expect(check(RECIPE_ENVELOPE_SCHEMA, recipe(...DEFAULT_CLEANING()))).toEqual([]);
    const stray = { version: 1, steps: [{ ...DEFAULT_CLEANING()[0]!, secret: 'x' }] };
    expect(check(RECIPE_ENVELOPE_SCHEMA, stray)[0]!.keyword).toBe('additionalProperties');
  });

  it('refuses a wrong version and a non-recipe', () => {
    expect(validateRecipe({ version: 2, steps: [] }, check)).toEqual([
      { stepIndex: -1, field: 'version', code: 'unsupportedVersion' },
    ]);
    expect(validateRecipe(null, check)[0]!.code).toBe('notAnObject');
    expect(validateRecipe({ version: 1 }, check)[0]).toMatchObject({
      field: 'steps',
      code: 'required',
    });
  });
});

describe('recipe files', () => {
  it('export → import round-trips and keeps only the known step fields', () => {
    const r: Recipe = recipe(...DEFAULT_CLEANING(), {
      ...step('trim-whitespace', 'Ime'),
      note: 'za portal',
    });
    const withJunk = { ...r, steps: r.steps.map((s) => ({ ...s, secret: 'x' }) as Step) };
    const text = exportRecipe(withJunk);
    expect(text).not.toContain('secret');
    const back = importRecipe(text, check);
    expect(back).toEqual({ ok: true, recipe: r });
  });

  it('refuses what is not a recipe file, with a code', () => {
    expect(importRecipe('{', check)).toMatchObject({ ok: false, issues: [{ code: 'notJson' }] });
    expect(importRecipe('{"kind":"other"}', check)).toMatchObject({
      ok: false,
      issues: [{ code: 'notARecipe' }],
    });
  });

  it('migrates older versions through the hook', () => {
    const migrations = new Map([
      [0, (old: Record<string, unknown>) => ({ version: 1, steps: old['items'] })],
    ]);
    expect(migrateRecipe({ version: 0, items: [] }, migrations)).toEqual({ version: 1, steps: [] });
  });

  it('lists where cell values sit, for the privacy feature to police', () => {
    const r = recipe(
      step('find-replace', 'Ime', { find: 'Petar', replace: 'P.' }),
      step('edit-cell', 'Ime', { rowKey: 'abc', value: 'Ana' }),
      step('trim-whitespace', undefined),
    );
    expect(valueParamsOf(r).map((v) => v.field)).toEqual([
      'params.find',
      'params.replace',
      'params.value',
    ]);
  });
});
