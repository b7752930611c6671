import { describe, expect, it } from 'vitest';
import { evaluateGate, scanTable, type Justification } from '../../../shared/privacy';
import { table } from '../recipe/helpers';

const people = table(
  [
    ['Ime i prezime', 'text'],
    ['JMBG', 'text'],
    ['Račun', 'text'],
    ['Iznos', 'integer'],
  ],
  [
    ['Petar Petrović', '1506985865129', '840-30413845-91', 1200],
    ['Јелена Јовановић', '3112999860005', '840-30413845-91', 900],
    ['Marko Marković', '0102985860049', '840-30413845-91', 300],
  ],
);
const names = people.columns.map((c) => c.name);

function justification(column: string, kind: Justification['kind']): Justification {
  return { column, kind, text: 'Javni funkcioneri', who: 'pera', at: '2026-11-27T20:00:00Z' };
}

describe('evaluateGate', () => {
  it('refuses a table with JMBG and names, naming the columns and kinds only', () => {
    const gate = evaluateGate(names, scanTable(people), []);
    expect(gate.passed).toBe(false);
    expect(gate.blockers).toEqual([
      { column: 'Ime i prezime', kinds: ['name'] },
      { column: 'JMBG', kinds: ['jmbg'] },
    ]);
    // Treasury accounts (bank 840) are public and never block.
    expect(gate.blockers.some((b) => b.column === 'Račun')).toBe(false);
    expect(JSON.stringify(gate)).not.toContain('1506985865129');
  });

  it('passes when every remaining finding is justified for its column and kind', () => {
    const verdicts = scanTable(people);
    const partly = evaluateGate(names, verdicts, [justification('JMBG', 'jmbg')]);
    expect(partly.passed).toBe(false);
    expect(partly.justified).toEqual([{ column: 'JMBG', kinds: ['jmbg'] }]);
    // A justification for another kind or column does not count.
    const wrong = evaluateGate(names, verdicts, [
      justification('JMBG', 'name'),
      justification('Iznos', 'jmbg'),
      justification('JMBG', 'jmbg'),
    ]);
    expect(wrong.blockers).toEqual([{ column: 'Ime i prezime', kinds: ['name'] }]);
    const all = evaluateGate(names, verdicts, [
      justification('JMBG', 'jmbg'),
      justification('Ime i prezime', 'name'),
    ]);
    expect(all.passed).toBe(true);
    expect(all.blockers).toEqual([]);
  });

  it('passes a table without personal data', () => {
    const clean = table(
      [
        ['Naselje', 'text'],
        ['Broj korisnika', 'integer'],
      ],
      [
        ['Pančevo', 120],
        ['Starčevo', 14],
      ],
    );
    const gate = evaluateGate(['Naselje', 'Broj korisnika'], scanTable(clean), []);
    expect(gate).toEqual({ passed: true, blockers: [], justified: [] });
  });
});
