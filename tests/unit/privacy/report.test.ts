import { describe, expect, it } from 'vitest';
import {
  buildReport,
  evaluateGate,
  processingNote,
  reportSummaryLine,
  scanTable,
  type AnonymizationReport,
} from '../../../shared/privacy';
import type { Table } from '../../../shared/table/types';
import { table } from '../recipe/helpers';

const source = table(
  [
    ['Prezime i ime', 'text'],
    ['JMBG', 'text'],
    ['Datum rođenja', 'text'],
    ['Naselje', 'text'],
  ],
  [
    ['Petrović Petar', '1506985865129', '15.06.1985.', 'Pančevo'],
    ['Jovanović Jelena', '3112999860005', '31.12.1999.', 'Starčevo'],
  ],
);
// After the recipe: JMBG dropped, birth dates to the year, names kept (justified).
const current: Table = {
  columns: [source.columns[0]!, { ...source.columns[2]!, type: 'integer' }, source.columns[3]!],
  values: [source.values[0]!, [1985, 1999], source.values[3]!],
  originals: [new Map(), new Map(), new Map()],
  rowCount: 2,
};
const names = (t: Table) => t.columns.map((c) => c.name);

function report(): AnonymizationReport {
  const verdicts = scanTable(current);
  const gate = evaluateGate(names(current), verdicts, [
    { column: 'Prezime i ime', kind: 'name', text: 'Javne ličnosti', who: 'm', at: 'x' },
  ]);
  return buildReport({
    source: { columnNames: names(source), rowCount: 2, verdicts: scanTable(source) },
    current: { columnNames: names(current), rowCount: 2, verdicts },
    gate,
    risk: { quasiIdentifiers: ['Naselje', 'Datum rođenja'], k: 1, uniqueRows: 2, targetK: 5 },
    now: new Date('2026-11-27T21:00:00Z'),
  });
}

describe('buildReport', () => {
  it('tells removed, transformed and justified columns apart, from the two scans', () => {
    const r = report();
    expect(r.found.map((f) => f.column)).toEqual(['Prezime i ime', 'JMBG', 'Datum rođenja']);
    expect(r.removed).toEqual(['JMBG']);
    expect(r.transformed).toEqual(['Datum rođenja']);
    expect(r.justified).toEqual([{ column: 'Prezime i ime', kinds: ['name'] }]);
    expect(r.open).toEqual([]);
    expect(reportSummaryLine(r)).toBe(
      'privacy: found 3, removed 1, transformed 1, justified 1, open 0, k 1',
    );
    expect(JSON.stringify(r)).not.toMatch(/1506985865129|Petrović|1985-06-15/);
  });
});

describe('processingNote', () => {
  it('says what was done in each language, column names as in the file', () => {
    const r = report();
    expect(processingNote(r, 'sr-Latn')).toBe(
      'Pre objavljivanja iz podataka su uklonjeni ili izmenjeni lični podaci. Uklonjene kolone: JMBG. ' +
        'Izmenjene kolone (uopštene, maskirane, pseudonimizovane ili sa uklonjenim podacima iz teksta): Datum rođenja. ' +
        'Uz obrazloženje zadržani su podaci u kolonama: Prezime i ime. ' +
        'Svaka kombinacija vrednosti u kolonama Naselje, Datum rođenja odnosi se na najmanje 1 lice (k = 1).',
    );
    const cyrillic = processingNote(r, 'sr-Cyrl');
    expect(cyrillic).toMatch(/^Пре објављивања/);
    expect(cyrillic).toContain('Уклоњене колоне: JMBG.');
    expect(cyrillic).toContain('колонама: Prezime i ime.');
    expect(processingNote(r, 'en')).toContain('Removed columns: JMBG.');
  });

  it('a file without personal data says it was checked', () => {
    const empty = {
      ...report(),
      found: [],
      removed: [],
      transformed: [],
      justified: [],
      risk: null,
    };
    expect(processingNote(empty, 'sr-Latn')).toMatch(/nisu pronađeni\.$/);
    expect(processingNote(empty, 'en')).toMatch(/none was found\.$/);
  });
});
