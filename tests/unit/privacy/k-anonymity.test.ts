import { describe, expect, it } from 'vitest';
import { assessRisk, scanTable, suggestQuasiIdentifiers } from '../../../shared/privacy';
import { table } from '../recipe/helpers';

const people = table(
  [
    ['Naselje', 'text'],
    ['Pol', 'text'],
    ['Godina rođenja', 'integer'],
    ['Iznos', 'integer'],
  ],
  [
    ['Pančevo', 'Ž', 1961, 100],
    ['Pančevo', 'Ž', 1963, 100],
    ['Pančevo', 'Ž', 1965, 100],
    ['PANČEVO', 'Ž', 1968, 100],
    ['Панчево', 'Ž', 1964, 100],
    ['Glogonj', 'M', 1971, 100],
  ],
);

describe('assessRisk', () => {
  it('counts groups, unique people and k over the marked columns (case and script folded)', () => {
    const bySettlement = assessRisk(people, ['Naselje', 'Pol']);
    expect(bySettlement).toMatchObject({ k: 1, groups: 2, uniqueRows: 1, rowsBelowTarget: 1 });
    const all = assessRisk(people, ['Naselje', 'Pol', 'Godina rođenja']);
    expect(all).toMatchObject({ k: 1, groups: 6, uniqueRows: 6, rowsBelowTarget: 6, rows: 6 });
  });

  it('suggests the generalization that leaves the fewest people at risk', () => {
    const all = assessRisk(people, ['Naselje', 'Pol', 'Godina rođenja']);
    // Birth years to decades: the five women of Pančevo form one group of 5, Glogonj stays alone.
    expect(all.next).toEqual({
      column: 'Godina rođenja',
      step: 'generalize-year-band',
      kAfter: 1,
      uniqueAfter: 1,
      belowTargetAfter: 1,
    });
    // No single column helps the one man of Glogonj: no suggestion, he stays counted at risk.
    const two = assessRisk(people, ['Naselje', 'Pol']);
    expect(two.next).toBeNull();
    expect(two.rowsBelowTarget).toBe(1);
    // Dropping a column is suggested when it is what helps.
    const bySex = assessRisk(people, ['Pol', 'Iznos']);
    expect(bySex.next).toMatchObject({ column: 'Pol', step: 'drop', belowTargetAfter: 0 });
  });

  it('meets the target: no suggestion; an empty table has k 0', () => {
    expect(assessRisk(people, ['Iznos']).next).toBeNull();
    expect(assessRisk(people, ['Iznos']).k).toBe(6);
    expect(assessRisk(people, ['Pol'], 1).next).toBeNull();
    expect(assessRisk(table([['Pol', 'text']], []), ['Pol']).k).toBe(0);
    expect(assessRisk(people, ['Nema']).quasiIdentifiers).toEqual([]);
  });

  it('ages are banded, not read as years', () => {
    const ages = table([['Starost', 'integer']], [[31], [33], [35], [37], [39], [62]]);
    expect(assessRisk(ages, ['Starost']).next).toMatchObject({
      step: 'generalize-age-band',
      belowTargetAfter: 1,
    });
  });
});

describe('suggestQuasiIdentifiers', () => {
  it('finds settlement, sex and birth year by header in both scripts, not identifiers', () => {
    const t = table(
      [
        ['Насеље', 'text'],
        ['POL', 'text'],
        ['Godina rođenja', 'integer'],
        ['JMBG', 'text'],
        ['Iznos', 'integer'],
      ],
      [['Pančevo', 'M', 1985, '1506985865129', 10]],
    );
    expect(suggestQuasiIdentifiers(t, scanTable(t))).toEqual(['Насеље', 'POL', 'Godina rođenja']);
  });
});
