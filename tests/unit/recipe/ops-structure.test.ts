import { describe, expect, it } from 'vitest';
import { applyStep } from '../../../shared/recipe/apply-recipe';
import { suggestMachineName, suggestMachineNames } from '../../../shared/recipe/machine-name';
import { checkRegex } from '../../../shared/recipe/ops/safe-regex';
import { clusterValues } from '../../../shared/recipe/cluster-values';
import { fingerprint } from '../../../shared/recipe/fingerprint';
import { StepFailure } from '../../../shared/recipe/types';
import { column, step, table, textColumn } from './helpers';

const PEOPLE = table(
  [
    ['Ime', 'text'],
    ['Naselje', 'text'],
    ['Iznos', 'decimal'],
    ['Datum', 'date'],
  ],
  [
    ['Ana', 'Pančevo', 1500, '2023-02-01'],
    ['Marko', null, 2500.5, '2023-03-15'],
    [null, null, null, null],
    ['Ana', 'Pančevo', 1500, '2023-02-01'],
    ['Jelena', 'Starčevo', 300, '2024-01-10'],
  ],
);

describe('rename-column and machine names', () => {
  it('suggests Latin ASCII snake_case from either script', () => {
    expect(suggestMachineName('Datum rođenja')).toBe('datum_rodjenja');
    expect(suggestMachineName('Датум рођења')).toBe('datum_rodjenja');
    expect(suggestMachineName('Iznos pomoći (RSD)')).toBe('iznos_pomoci_rsd');
    expect(suggestMachineName('  Prezime i ime  ')).toBe('prezime_i_ime');
    expect(suggestMachineName('Џеп / Ljubav')).toBe('dzep_ljubav');
    expect(suggestMachineName('2023 iznos')).toBe('k_2023_iznos');
    expect(suggestMachineName('***', 4)).toBe('kolona_5');
    expect(suggestMachineName('__proto__')).toBe('proto');
    expect(suggestMachineNames(['Naziv', 'NAZIV', 'Назив'])).toEqual([
      'naziv',
      'naziv_2',
      'naziv_3',
    ]);
  });

  it('renames, refuses a name already taken', () => {
    const out = applyStep(PEOPLE, step('rename-column', 'Ime', { to: 'ime' })).table;
    expect(out.columns[0]).toEqual({ key: 'c0', name: 'ime', type: 'text' });
    expect(out.values).toBe(PEOPLE.values);
    expect(() => applyStep(PEOPLE, step('rename-column', 'Ime', { to: 'Naselje' }))).toThrow(
      StepFailure,
    );
  });
});

describe('split-column and merge-columns', () => {
  it('splits by a separator; the last part keeps the rest; new keys are unique', () => {
    const t = textColumn('Adresa', [
      'Pančevo, Cara Dušana 5',
      'Starčevo',
      'Omoljica, Glavna 1, stan 2',
      null,
    ]);
    const out = applyStep(
      t,
      step('split-column', 'Adresa', { separator: ',', names: ['Mesto', 'Ulica'] }),
    ).table;
    expect(out.columns.map((c) => `${c.key}:${c.name}`)).toEqual([
      'c0:Adresa',
      'c1:Mesto',
      'c2:Ulica',
    ]);
    expect(column(out, 'Mesto')).toEqual(['Pančevo', 'Starčevo', 'Omoljica', null]);
    expect(column(out, 'Ulica')).toEqual(['Cara Dušana 5', null, 'Glavna 1, stan 2', null]);
    const dropped = applyStep(
      t,
      step('split-column', 'Adresa', { separator: ',', keepOriginal: false }),
    ).table;
    expect(dropped.columns.map((c) => c.name)).toEqual(['Adresa 1', 'Adresa 2']);
  });

  it('merges with a separator, skipping empty cells; numbers written plainly', () => {
    const t = table(
      [
        ['Ulica', 'text'],
        ['Broj', 'integer'],
        ['Stan', 'text'],
      ],
      [
        ['Cara Dušana', 5, null],
        [null, 12, '3'],
        [null, null, null],
      ],
    );
    const out = applyStep(
      t,
      step('merge-columns', undefined, {
        columns: ['Ulica', 'Broj', 'Stan'],
        separator: ' ',
        name: 'Adresa',
      }),
    ).table;
    expect(out.columns.map((c) => c.name)).toEqual(['Adresa']);
    expect(column(out, 'Adresa')).toEqual(['Cara Dušana 5', '12 3', null]);
  });
});

describe('fill-down, remove empty rows and columns, duplicates', () => {
  it('fills merged-cell gaps with the value above', () => {
    const out = applyStep(PEOPLE, step('fill-down', 'Naselje')).table;
    expect(column(out, 'Naselje')).toEqual([
      'Pančevo',
      'Pančevo',
      'Pančevo',
      'Pančevo',
      'Starčevo',
    ]);
  });

  it('removes rows that are empty (whitespace counts as empty) and reports kept rows', () => {
    const t = textColumn('x', ['a', ' ', null, 'b']);
    const out = applyStep(t, step('remove-empty-rows', undefined));
    expect(out.table.values[0]).toEqual(['a', 'b']);
    expect(out.keptRows).toEqual([0, 3]);
  });

  it('removes empty columns only', () => {
    const t = table(
      [
        ['a', 'text'],
        ['prazno', 'text'],
      ],
      [
        ['x', null],
        ['y', '\u00a0 '],
      ],
    );
    expect(
      applyStep(t, step('remove-empty-columns', undefined)).table.columns.map((c) => c.name),
    ).toEqual(['a']);
  });

  it('removes duplicate rows keeping the first; by chosen columns; number 1 ≠ text "1"', () => {
    expect(applyStep(PEOPLE, step('remove-duplicate-rows', undefined)).keptRows).toEqual([
      0, 1, 2, 4,
    ]);
    expect(
      applyStep(PEOPLE, step('remove-duplicate-rows', undefined, { columns: ['Naselje'] }))
        .keptRows,
    ).toEqual([0, 1, 4]);
    const mixed = table([['x', 'text']], [[1], ['1']]);
    expect(applyStep(mixed, step('remove-duplicate-rows', undefined)).table.rowCount).toBe(2);
  });
});

describe('filter-rows', () => {
  const keep = (
    condition: string,
    col: string,
    value?: string,
    extra: Record<string, unknown> = {},
  ) =>
    applyStep(
      PEOPLE,
      step('filter-rows', col, { condition, ...(value === undefined ? {} : { value }), ...extra }),
    ).keptRows ?? [0, 1, 2, 3, 4];

  it('equals / contains fold case by default (Serbian letters too)', () => {
    expect(keep('equals', 'Naselje', 'PANČEVO')).toEqual([0, 3]);
    expect(keep('contains', 'Naselje', 'čev')).toEqual([0, 3, 4]);
    expect(keep('equals', 'Naselje', 'PANČEVO', { caseSensitive: true })).toEqual([]);
  });

  it('empty / not-empty, and keep non-matching', () => {
    expect(keep('empty', 'Naselje')).toEqual([1, 2]);
    expect(keep('not-empty', 'Naselje')).toEqual([0, 3, 4]);
    expect(keep('empty', 'Naselje', undefined, { keep: 'non-matching' })).toEqual([0, 3, 4]);
  });

  it('greater / less compare numbers (value written the Serbian way) and dates (either form)', () => {
    expect(keep('greater', 'Iznos', '1.500,00')).toEqual([1]);
    expect(keep('less', 'Iznos', '1500')).toEqual([4]);
    expect(keep('greater', 'Iznos', '2500.4')).toEqual([1]);
    expect(keep('greater', 'Iznos', '2.500,4')).toEqual([1]);
    expect(keep('less', 'Iznos', '300,5')).toEqual([4]);
    expect(keep('greater', 'Datum', '01.03.2023.')).toEqual([1, 4]);
    expect(keep('less', 'Datum', '2023-03-01')).toEqual([0, 3]);
  });

  it('regex, with the guard against catastrophic patterns', () => {
    expect(keep('regex', 'Ime', '^(ana|jelena)$')).toEqual([0, 3, 4]);
    expect(checkRegex('(a+)+$')).toBe('unsafe');
    expect(checkRegex('(\\w*)*x')).toBe('unsafe');
    expect(checkRegex('(a|aa)+')).toBe('unsafe');
    expect(checkRegex('(.)\\1')).toBe('unsafe');
    expect(checkRegex('x'.repeat(201))).toBe('tooLong');
    expect(checkRegex('(')).toBe('invalid');
    expect(checkRegex('^\\d{2}\\.\\d{2}\\.(19|20)\\d{2}\\.?$')).toBeNull();
    expect(checkRegex('[(a+)+]')).toBeNull();
    // A refused pattern matches nothing even when a caller skipped validation.
    expect(keep('regex', 'Ime', '(a+)+$')).toEqual([]);
  });
});

describe('edit-cell', () => {
  it('edits the row with the key, keeps the original, fails clearly on an unknown key', () => {
    const keys = ['k0', 'k1', 'k2', 'k3', 'k4'];
    const out = applyStep(
      PEOPLE,
      step('edit-cell', 'Naselje', { rowKey: 'k1', value: 'Pančevo' }),
      () => keys,
    ).table;
    expect(column(out, 'Naselje')[1]).toBe('Pančevo');
    expect(() =>
      applyStep(PEOPLE, step('edit-cell', 'Naselje', { rowKey: 'zz', value: 'x' }), () => keys),
    ).toThrow('rowKeyMissing');
  });
});

describe('clusters', () => {
  it('fingerprints fold case, diacritics, script, punctuation and word order', () => {
    const key = fingerprint('Pančevo');
    expect(fingerprint('PANCEVO')).toBe(key);
    expect(fingerprint('Панчево')).toBe(key);
    expect(fingerprint(' pančevo. ')).toBe(key);
    expect(fingerprint('Đorđević Marko')).toBe(fingerprint('MARKO DJORDJEVIC'));
    expect(fingerprint('Ђорђевић Марко')).toBe('djordjevic marko');
    expect(fingerprint('Starčevo')).not.toBe(key);
  });

  it('clusters values with counts, suggests the most frequent (ties to Serbian letters), merges', () => {
    const values = [
      ...Array<string>(5).fill('Pančevo'),
      ...Array<string>(2).fill('PANCEVO'),
      'Панчево',
      'Starčevo',
      'Starcevo',
      'Omoljica',
    ];
    const t = textColumn('Naselje', values);
    const clusters = clusterValues(t, 0);
    expect(clusters).toHaveLength(2);
    expect(clusters[0]).toEqual({
      key: 'pancevo',
      values: [
        { value: 'Pančevo', count: 5 },
        { value: 'PANCEVO', count: 2 },
        { value: 'Панчево', count: 1 },
      ],
      rows: 8,
      suggested: 'Pančevo',
    });
    expect(clusters[1]!.suggested).toBe('Starčevo');
    const merged = applyStep(
      t,
      step('merge-cluster', 'Naselje', { values: ['PANCEVO', 'Панчево'], to: 'Pančevo' }),
    ).table;
    expect(column(merged, 'Naselje').filter((v) => v === 'Pančevo')).toHaveLength(8);
    expect(merged.originals[0]!.get(5)).toBe('PANCEVO');
  });
});
