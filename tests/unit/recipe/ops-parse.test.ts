import { describe, expect, it } from 'vitest';
import { applyStep } from '../../../shared/recipe/apply-recipe';
import { column, step, table, textColumn } from './helpers';

describe('parse-numbers', () => {
  it('reads Serbian amounts, keeps the source text, types the column', () => {
    const t = textColumn('Iznos', [
      '1.234.567,89',
      '-12,5',
      '(1.234,00)',
      '1 234,5',
      '12,5%',
      '1.500 RSD',
      'дин. 300',
      null,
    ]);
    const out = applyStep(t, step('parse-numbers', 'Iznos'));
    expect(column(out.table, 'Iznos')).toEqual([
      1234567.89,
      -12.5,
      -1234,
      1234.5,
      12.5,
      1500,
      300,
      null,
    ]);
    expect(out.table.columns[0]!.type).toBe('decimal');
    expect(out.table.originals[0]!.get(0)).toBe('1.234.567,89');
    expect(out.invalidCells).toBe(0);
  });

  it('decides the column style from all values: a lone 1.234 is one thousand two hundred thirty-four', () => {
    expect(
      column(applyStep(textColumn('x', ['1.234', '2.500']), step('parse-numbers', 'x')).table, 'x'),
    ).toEqual([1234, 2500]);
    expect(
      column(applyStep(textColumn('x', ['1.234', '2.5']), step('parse-numbers', 'x')).table, 'x'),
    ).toEqual([1.234, 2.5]);
    expect(
      applyStep(textColumn('x', ['1.234', '2.500']), step('parse-numbers', 'x')).table.columns[0]!
        .type,
    ).toBe('integer');
  });

  it('never parses identifiers or dotted dates; they stay as text and are counted', () => {
    const t = textColumn('x', ['0101990710006', '1.2.2023', '007', '15']);
    const out = applyStep(t, step('parse-numbers', 'x'));
    expect(column(out.table, 'x')).toEqual(['0101990710006', '1.2.2023', '007', 15]);
    expect(out.invalidCells).toBe(3);
  });

  it('whole amounts written with decimals (12,00) make a decimal column', () => {
    expect(
      applyStep(textColumn('x', ['12,00', '1.500,00']), step('parse-numbers', 'x')).table
        .columns[0]!.type,
    ).toBe('decimal');
    expect(
      applyStep(textColumn('x', ['12', '1.500']), step('parse-numbers', 'x')).table.columns[0]!
        .type,
    ).toBe('integer');
  });

  it('an explicit English style reads 1,234.5', () => {
    const out = applyStep(
      textColumn('x', ['1,234.5']),
      step('parse-numbers', 'x', { style: 'en' }),
    );
    expect(column(out.table, 'x')).toEqual([1234.5]);
  });
});

describe('parse-dates', () => {
  it('reads dotted dates, month names in both scripts, ISO; keeps originals', () => {
    const t = textColumn('Datum', [
      '01.02.2023.',
      '1. 2. 2023',
      '1. februar 2023.',
      '15. јуна 2024.',
      '2023-02-01',
      'sutra',
      null,
    ]);
    const out = applyStep(t, step('parse-dates', 'Datum'));
    const values = column(out.table, 'Datum');
    expect(values.slice(0, 4)).toEqual(['2023-02-01', '2023-02-01', '2023-02-01', '2024-06-15']);
    expect(values[4]).toBe('2023-02-01');
    expect(values[5]).toBe('sutra');
    expect(out.invalidCells).toBe(1);
    expect(out.table.columns[0]!.type).toBe('date');
    expect(out.table.originals[0]!.get(0)).toBe('01.02.2023.');
  });

  it('makes a datetime column when a value has a time, and rejects 31.02.', () => {
    const out = applyStep(
      textColumn('d', ['01.02.2023. 08:30', '02.02.2023.', '31.02.2023.']),
      step('parse-dates', 'd'),
    );
    expect(column(out.table, 'd')).toEqual([
      '2023-02-01T08:30:00',
      '2023-02-02T00:00:00',
      '31.02.2023.',
    ]);
    expect(out.table.columns[0]!.type).toBe('datetime');
  });

  it('reads Excel serial numbers only when asked (1900 system, Lotus bug)', () => {
    const t = table([['d', 'integer']], [[44958], [45292], [60]]);
    expect(column(applyStep(t, step('parse-dates', 'd')).table, 'd')).toEqual([44958, 45292, 60]);
    const out = applyStep(t, step('parse-dates', 'd', { excelSerials: true }));
    expect(column(out.table, 'd')).toEqual(['2023-02-01', '2024-01-01', 60]);
  });
});

describe('change-type', () => {
  it('number → text writes plainly; text → integer refuses fractions', () => {
    const t = table([['n', 'decimal']], [[1234.5], [1e21], [null]]);
    const text = applyStep(t, step('change-type', 'n', { to: 'text' })).table;
    expect(text.values[0]).toEqual(['1234.5', '1000000000000000000000', null]);
    const back = applyStep(
      textColumn('n', ['12', '12,5']),
      step('change-type', 'n', { to: 'integer' }),
    );
    expect(back.table.values[0]).toEqual([12, '12,5']);
    expect(back.invalidCells).toBe(1);
  });

  it('text → boolean understands da/ne, TAČNO/NETAČNO, ТАЧНО', () => {
    const out = applyStep(
      textColumn('b', ['da', 'NE', 'TAČNO', 'нетачно', 'možda']),
      step('change-type', 'b', { to: 'boolean' }),
    );
    expect(out.table.values[0]).toEqual([true, false, true, false, 'možda']);
  });

  it('text → date uses the same parser as parse-dates', () => {
    const out = applyStep(
      textColumn('d', ['01.02.2023.']),
      step('change-type', 'd', { to: 'date' }),
    );
    expect(out.table.values[0]).toEqual(['2023-02-01']);
  });
});
