import { describe, expect, it } from 'vitest';
import { SAMPLE_ROWS, SAMPLE_SEED } from '../../../electron/backend/sample/ensure-sample';
import {
  generateRegisterRows,
  REGISTER_HEADERS,
} from '../../../electron/backend/sample/register-rows';
import {
  allowedValuesOf,
  draftDictionary,
  guessUnit,
  labelFromName,
  reconcileDictionary,
} from '../../../shared/metadata/dictionary-draft';
import { dictionaryCsvText, toTableSchema } from '../../../shared/metadata/dictionary-export';
import { newMetadata, EMPTY_TEMPLATE } from '../../../shared/metadata/new-metadata';
import { proposeTemporalCoverage } from '../../../shared/metadata/temporal-proposal';
import type { ColumnType, Table } from '../../../shared/table/types';

/** The sample register as the reader types it (see open-and-export.spec.ts). */
function sampleTable(): Table {
  const rows = generateRegisterRows(SAMPLE_ROWS, SAMPLE_SEED);
  const types: ColumnType[] = [
    'integer',
    'text',
    'text',
    'text',
    'text',
    'text',
    'decimal',
    'date',
    'text',
  ];
  const values = [
    rows.map((r) => r.redniBroj),
    rows.map((r) => r.prezimeIme),
    rows.map((r) => r.jmbg),
    rows.map((r) => r.adresa),
    rows.map((r) => r.naselje),
    rows.map((r) => r.telefon),
    rows.map((r) => r.iznos),
    rows.map((r) => r.datumResenja),
    rows.map((r) => r.napomena),
  ];
  return {
    columns: REGISTER_HEADERS.map((name, i) => ({ key: `c${i}`, name, type: types[i]! })),
    values,
    originals: values.map(() => new Map()),
    rowCount: rows.length,
  };
}

describe('column dictionary draft on the sample register', () => {
  const table = sampleTable();
  const dictionary = draftDictionary(table);
  const byName = new Map(dictionary.map((entry) => [entry.name, entry]));

  it('has one entry per column, in order, with Table Schema types', () => {
    expect(dictionary.map((d) => d.name)).toEqual([...REGISTER_HEADERS]);
    expect(dictionary.map((d) => d.type)).toEqual([
      'integer',
      'string',
      'string',
      'string',
      'string',
      'string',
      'number',
      'date',
      'string',
    ]);
    expect(dictionary.every((d) => d.label === d.name)).toBe(true);
  });

  it('guesses dinars for the amount and no unit elsewhere', () => {
    expect(byName.get('Iznos pomoći')?.unit).toBe('RSD');
    expect(dictionary.filter((d) => d.unit !== '').map((d) => d.name)).toEqual(['Iznos pomoći']);
  });

  it('lists the settlements as allowed values, and never names, JMBGs, phones or notes', () => {
    const settlements = new Set(
      generateRegisterRows(SAMPLE_ROWS, SAMPLE_SEED).map((r) => r.naselje),
    );
    expect(settlements.size).toBeLessThanOrEqual(15);
    expect(new Set(byName.get('Naselje')?.allowedValues)).toEqual(settlements);
    for (const name of ['Prezime i ime', 'JMBG', 'Adresa', 'Telefon', 'Napomena', 'Redni broj']) {
      expect(byName.get(name)?.allowedValues, name).toEqual([]);
    }
  });

  it('proposes the temporal coverage from the decision dates', () => {
    const rows = generateRegisterRows(SAMPLE_ROWS, SAMPLE_SEED);
    const dates = rows.map((r) => r.datumResenja).sort();
    expect(proposeTemporalCoverage(table)).toEqual({
      start: dates[0],
      end: dates.at(-1),
      columns: ['Datum rešenja'],
    });
  });

  it('starts new metadata from the template and the table', () => {
    const metadata = newMetadata(
      'pancevo-registar-uzorak',
      { ...EMPTY_TEMPLATE, tags: ['социјална заштита'] },
      table,
    );
    expect(metadata.license).toBe('sodl');
    expect(metadata.tags).toEqual(['социјална заштита']);
    expect(metadata.temporalCoverage.start).toMatch(/^202[2-4]-/);
    expect(metadata.dictionary).toHaveLength(REGISTER_HEADERS.length);
    expect(metadata.resource.title).toBe('pancevo-registar-uzorak (CSV)');
  });

  it('keeps what the clerk wrote when the table changes', () => {
    const edited = dictionary.map((d) =>
      d.name === 'Naselje' ? { ...d, description: 'Место' } : d,
    );
    const fewer: Table = {
      ...table,
      columns: table.columns.slice(3),
      values: table.values.slice(3),
      originals: table.originals.slice(3),
    };
    const reconciled = reconcileDictionary(edited, fewer);
    expect(reconciled.map((d) => d.name)).toEqual(REGISTER_HEADERS.slice(3));
    expect(reconciled.find((d) => d.name === 'Naselje')?.description).toBe('Место');
  });

  it('renders the CSV and the Table Schema', () => {
    const csv = dictionaryCsvText(dictionary);
    expect(csv.split('\r\n')[0]).toBe('name,title,description,type,unit,allowed_values');
    expect(csv).toContain('Iznos pomoći,Iznos pomoći,,number,RSD,\r\n');
    const schema = toTableSchema(dictionary);
    expect(schema.fields).toHaveLength(9);
    expect(schema.fields[6]).toEqual({
      name: 'Iznos pomoći',
      type: 'number',
      title: 'Iznos pomoći',
      unit: 'RSD',
    });
    expect(schema.fields[4]?.constraints?.enum.length).toBeGreaterThan(1);
    expect(schema.missingValues).toEqual(['']);
  });
});

describe('drafting rules', () => {
  it('tidies labels', () => {
    expect(labelFromName('datum_resenja')).toBe('Datum resenja');
    expect(labelFromName('  DATUM   REŠENJA ')).toBe('Datum rešenja');
    expect(labelFromName('ПИБ')).toBe('ПИБ');
  });

  it('guesses units only from strong evidence', () => {
    expect(guessUnit('Iznos (RSD)', 'number')).toBe('RSD');
    expect(guessUnit('Износ у динарима', 'number')).toBe('RSD');
    expect(guessUnit('Cena EUR', 'number')).toBe('EUR');
    expect(guessUnit('Površina m2', 'number')).toBe('m²');
    expect(guessUnit('Udeo %', 'number')).toBe('%');
    expect(guessUnit('Iznos', 'string')).toBe('');
    expect(guessUnit('Broj stanovnika', 'integer')).toBe('');
  });

  it('lists values only for small repeating sets', () => {
    expect(allowedValuesOf(['a', 'b', 'a', 'b', 'a', 'b'], 'string')).toEqual(['a', 'b']);
    expect(allowedValuesOf(['a', 'b', 'c'], 'string')).toEqual([]);
    expect(allowedValuesOf(['a', 'a', 'a', 'a'], 'string')).toEqual([]);
    expect(allowedValuesOf([1, 2, 1, 2, 1, 2], 'integer')).toEqual([]);
  });
});
