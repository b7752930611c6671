import { describe, expect, it } from 'vitest';
import { applyRecipe } from '../../../shared/recipe/apply-recipe';
import {
  nameSimilarity,
  planReplay,
  remapRecipe,
  sourceColumns,
} from '../../../shared/recipe/replay-plan';
import { summarizeChange } from '../../../shared/recipe/summarize-change';
import { selectRows } from '../../../shared/recipe/table-edit';
import type { Table } from '../../../shared/table/types';
import { recipe, registerTextTable, step } from './helpers';

/** Next month's file: 40 more rows, rows 3 and 10 gone, `Iznos pomoći` renamed, `Telefon` dropped, `E-mail` new. */
function nextMonth(): Table {
  const longer = registerTextTable(240, 42);
  const kept = Array.from({ length: 240 }, (_, r) => r).filter((r) => r !== 3 && r !== 10);
  const rows = selectRows(longer, kept);
  const drop = rows.columns.findIndex((c) => c.name === 'Telefon');
  const keep = (_: unknown, c: number) => c !== drop;
  const columns = rows.columns
    .filter(keep)
    .map((c) => (c.name === 'Iznos pomoći' ? { ...c, name: 'IZNOS POMOCI' } : c));
  return {
    columns: [...columns, { key: 'c99', name: 'E-mail', type: 'text' }],
    values: [...rows.values.filter(keep), new Array(rows.rowCount).fill(null)],
    originals: [...rows.originals.filter(keep), new Map()],
    rowCount: rows.rowCount,
  };
}

const RECIPE = recipe(
  step('trim-whitespace', undefined),
  step('rename-column', 'Prezime i ime', { to: 'prezime_i_ime' }),
  step('transliterate', 'prezime_i_ime', { to: 'sr-Latn' }),
  step('parse-numbers', 'Iznos pomoći'),
  step('parse-dates', 'Datum rešenja'),
  step('find-replace', 'Telefon', { find: '/', replace: ' ' }),
  step('merge-columns', undefined, {
    columns: ['Adresa', 'Naselje'],
    separator: ', ',
    name: 'Adresa i naselje',
  }),
);

describe('planReplay', () => {
  it('knows which source columns the recipe reads (names created by steps are not required)', () => {
    expect(sourceColumns(RECIPE)).toEqual([
      'Prezime i ime',
      'Iznos pomoći',
      'Datum rešenja',
      'Telefon',
      'Adresa',
      'Naselje',
    ]);
  });

  it('on next month: matches by name, suggests the renamed column, reports the missing one and extras', () => {
    const previous = registerTextTable(200, 42).columns;
    const plan = planReplay(RECIPE, nextMonth().columns, previous);
    expect(plan.matched).toEqual(['Prezime i ime', 'Datum rešenja', 'Adresa', 'Naselje']);
    expect(plan.missing).toEqual(['Iznos pomoći', 'Telefon']);
    expect(plan.renamedCandidates[0]).toEqual({
      from: 'Iznos pomoći',
      to: 'IZNOS POMOCI',
      score: 1,
    });
    expect(plan.renamedCandidates.some((c) => c.from === 'Telefon' && c.score > 0.6)).toBe(false);
    expect(plan.extra).toEqual(['IZNOS POMOCI', 'E-mail']);
    expect(plan.ok).toBe(false);
  });

  it('after the clerk maps the renamed column, only the missing one fails, and it fails alone', () => {
    const next = nextMonth();
    const mapped = remapRecipe(RECIPE, { 'Iznos pomoći': 'IZNOS POMOCI' });
    expect(mapped.steps[3]!.column).toBe('IZNOS POMOCI');
    const plan = planReplay(mapped, next.columns);
    expect(plan.missing).toEqual(['Telefon']);
    const run = applyRecipe(next, mapped);
    expect(run.stepResults.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'failed',
      'applied',
    ]);
    expect(run.table.columns.find((c) => c.name === 'IZNOS POMOCI')!.type).toBe('decimal');
  });

  it('remaps column lists in params, and not names a step creates', () => {
    const mapped = remapRecipe(RECIPE, { Adresa: 'Ulica i broj', prezime_i_ime: 'x' });
    expect(mapped.steps[6]!.params['columns']).toEqual(['Ulica i broj', 'Naselje']);
    expect(mapped.steps[2]!.column).toBe('prezime_i_ime');
  });

  it('reports a step that reads a column an earlier step renamed away', () => {
    const broken = recipe(step('rename-column', 'A', { to: 'B' }), step('trim-whitespace', 'A'));
    const plan = planReplay(broken, [{ name: 'A' }]);
    expect(plan.brokenSteps).toEqual([{ stepId: broken.steps[1]!.id, column: 'A' }]);
    expect(plan.ok).toBe(false);
  });

  it('scores names by fingerprint first, then letter pairs', () => {
    expect(nameSimilarity('Datum rešenja', 'Датум решења')).toBe(1);
    expect(nameSimilarity('Datum rešenja', 'Datum resenja (novo)')).toBeGreaterThan(0.6);
    expect(nameSimilarity('Datum rešenja', 'Telefon')).toBeLessThan(0.3);
  });
});

describe('summarizeChange', () => {
  it('counts rows added and removed by row key, and columns added/removed/retyped', () => {
    const prev = registerTextTable(200, 42);
    const next = nextMonth();
    const summary = summarizeChange(prev, next);
    expect(summary).toMatchObject({
      rowsBefore: 200,
      rowsAfter: 238,
      rowsAdded: 40,
      rowsRemoved: 2,
      rowsKept: 198,
      removedSample: [3, 10],
      columnsAdded: ['IZNOS POMOCI', 'E-mail'],
      columnsRemoved: ['Telefon', 'Iznos pomoći'],
    });
    expect(summary.addedSample[0]).toBe(198);
  });

  it('with a declared key column, an edited cell elsewhere is not a new row', () => {
    const prev = registerTextTable(10, 1);
    const edited = applyRecipe(
      prev,
      recipe(step('find-replace', 'Naselje', { find: 'a', replace: 'A' })),
    ).table;
    const fixed: Table = { ...edited, originals: edited.values.map(() => new Map()) };
    expect(summarizeChange(prev, fixed).rowsAdded).toBeGreaterThan(0);
    expect(summarizeChange(prev, fixed, { keyColumns: ['JMBG'] }).rowsAdded).toBe(0);
    const typed = applyRecipe(prev, recipe(step('parse-numbers', 'Iznos pomoći'))).table;
    expect(summarizeChange(prev, typed).typeChanged).toEqual([
      { column: 'Iznos pomoći', from: 'text', to: 'decimal' },
    ]);
  });
});
