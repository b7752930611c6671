import { describe, expect, it } from 'vitest';
import { profileColumn } from '../../../shared/recipe/profile-column';
import { applyRecipe } from '../../../shared/recipe/apply-recipe';
import { recipe, registerTextTable, step, table, textColumn } from './helpers';

describe('profileColumn', () => {
  it('counts empty, distinct, min/max and invalid cells of a number column', () => {
    const t = table(
      [['Iznos', 'decimal']],
      [[1500], [null], [2500.5], ['1.2.2023'], [1500], ['  '], [-3]],
    );
    expect(profileColumn(t, 0)).toEqual({
      type: 'decimal',
      rows: 7,
      empty: 2,
      distinct: 4,
      distinctCapped: false,
      min: -3,
      max: 2500.5,
      topValues: [
        { value: '1500', count: 2 },
        { value: '-3', count: 1 },
        { value: '1.2.2023', count: 1 },
        { value: '2500.5', count: 1 },
      ],
      invalidForType: { count: 1, rows: [3] },
    });
  });

  it('min/max of dates are ISO texts; a text in a date column is invalid', () => {
    const t = table(
      [['Datum', 'date']],
      [['2023-02-01'], ['2021-12-31'], ['sutra'], ['2024-01-10']],
    );
    const profile = profileColumn(t, 0);
    expect([profile.min, profile.max]).toEqual(['2021-12-31', '2024-01-10']);
    expect(profile.invalidForType).toEqual({ count: 1, rows: [2] });
  });

  it('top values are limited and sorted by count; distinct tracking is capped', () => {
    const t = textColumn('Naselje', [
      'Pančevo',
      'Pančevo',
      'Pančevo',
      'Starčevo',
      'Starčevo',
      'Omoljica',
      'Dolovo',
      'Ivanovo',
    ]);
    const profile = profileColumn(t, 0, { top: 2, distinctCap: 3 });
    expect(profile.topValues).toEqual([
      { value: 'Pančevo', count: 3 },
      { value: 'Starčevo', count: 2 },
    ]);
    expect(profile.distinct).toBe(3);
    expect(profile.distinctCapped).toBe(true);
  });

  it('matches a recount on the register after the default cleaning', () => {
    const raw = registerTextTable(2000, 8);
    const cleaned = applyRecipe(
      raw,
      recipe(step('parse-numbers', 'Iznos pomoći'), step('parse-dates', 'Datum rešenja')),
    ).table;
    const c = cleaned.columns.findIndex((info) => info.name === 'Iznos pomoći');
    const values = cleaned.values[c]!.filter((v): v is number => typeof v === 'number');
    const profile = profileColumn(cleaned, c);
    expect(profile.invalidForType.count).toBe(0);
    expect(profile.min).toBe(Math.min(...values));
    expect(profile.max).toBe(Math.max(...values));
    expect(profile.distinct).toBe(new Set(values).size);
    const jmbg = profileColumn(
      cleaned,
      cleaned.columns.findIndex((info) => info.name === 'JMBG'),
    );
    expect(jmbg.distinct).toBe(2000);
    expect(jmbg.topValues).toEqual([]);
  });
});
