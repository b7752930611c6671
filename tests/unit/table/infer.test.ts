import { describe, expect, it } from 'vitest';
import { typeColumn } from '../../../shared/table/infer';
import type { RawCell } from '../../../shared/table/raw-cell';

function originals(raw: readonly RawCell[]): [number, string][] {
  return [...typeColumn(raw).originals.entries()];
}

describe('typeColumn: identifiers stay text', () => {
  it('keeps a JMBG with a leading zero as text, unchanged', () => {
    const column = typeColumn(['0101990710006', '1506985865129', null]);
    expect(column.type).toBe('text');
    expect(column.values).toEqual(['0101990710006', '1506985865129', null]);
    expect(column.originals.size).toBe(0);
  });

  it('one leading-zero value makes a numeric-looking column text', () => {
    const column = typeColumn(['12', '34', '056']);
    expect(column.type).toBe('text');
    expect(column.values).toEqual(['12', '34', '056']);
  });

  it('13+ digit numbers stay text, also when the workbook stored them as numbers', () => {
    expect(typeColumn(['1506985865129', '2206978816007']).type).toBe('text');
    const numeric = typeColumn([1506985865129, 160000000018204000, 5]);
    expect(numeric.type).toBe('text');
    expect(numeric.values).toEqual(['1506985865129', '160000000018204000', '5']);
  });

  it('phones stay text', () => {
    expect(typeColumn(['064/123-45-67', '0641234567', '+381641234567']).type).toBe('text');
    expect(typeColumn(['+381641234567', '+381651234567']).type).toBe('text');
  });

  it('a 12-digit number is still a number', () => {
    expect(typeColumn(['123456789012']).type).toBe('integer');
  });
});

describe('typeColumn: numbers', () => {
  it('parses Serbian numbers and keeps the original text', () => {
    const column = typeColumn(['1.234.567,89', '1 234,5', '-12,5', '7']);
    expect(column.type).toBe('decimal');
    expect(column.values).toEqual([1234567.89, 1234.5, -12.5, 7]);
    expect([...column.originals.entries()]).toEqual([
      [0, '1.234.567,89'],
      [1, '1 234,5'],
      [2, '-12,5'],
    ]);
  });

  it('reads dotted thousands as integers when nothing says otherwise', () => {
    const column = typeColumn(['1.234', '12.500', '300']);
    expect(column.type).toBe('integer');
    expect(column.values).toEqual([1234, 12500, 300]);
  });

  it('reads plain decimals with a dot', () => {
    const column = typeColumn(['1234.5', '1.234', '2']);
    expect(column.type).toBe('decimal');
    expect(column.values).toEqual([1234.5, 1.234, 2]);
    expect(originals(['1234.5', '1.234', '2'])).toEqual([]);
  });

  it('refuses a column mixing unambiguous Serbian and English numbers', () => {
    expect(typeColumn(['1.234,5', '1,234.5']).type).toBe('text');
  });

  it('treats a whole amount written with decimals as decimal', () => {
    const column = typeColumn(['1.000,00', '250,00']);
    expect(column.type).toBe('decimal');
    expect(column.values).toEqual([1000, 250]);
  });

  it('types workbook numbers without originals', () => {
    const column = typeColumn([1, 2, 3, null]);
    expect(column.type).toBe('integer');
    expect(column.values).toEqual([1, 2, 3, null]);
    expect(typeColumn([1, 2.5]).type).toBe('decimal');
  });

  it('accepts surrounding spaces but records the original', () => {
    const column = typeColumn([' 12 ', '13']);
    expect(column.type).toBe('integer');
    expect(column.values).toEqual([12, 13]);
    expect([...column.originals.entries()]).toEqual([[0, ' 12 ']]);
  });
});

describe('typeColumn: dates, booleans, text, empty', () => {
  it('parses text dates to ISO and keeps the original', () => {
    const column = typeColumn(['01.02.2023.', '1.2.2023', '2023-02-01', null]);
    expect(column.type).toBe('date');
    expect(column.values).toEqual(['2023-02-01', '2023-02-01', '2023-02-01', null]);
    expect([...column.originals.keys()]).toEqual([0, 1]);
  });

  it('a date column with one time becomes datetime', () => {
    const column = typeColumn([{ iso: '2023-02-01' }, '01.02.2023. 08:30']);
    expect(column.type).toBe('datetime');
    expect(column.values).toEqual(['2023-02-01T00:00:00', '2023-02-01T08:30:00']);
  });

  it('a date among numbers makes text', () => {
    expect(typeColumn(['01.02.2023.', '12']).type).toBe('text');
    expect(typeColumn([{ iso: '2023-02-01' }, 5]).type).toBe('text');
  });

  it('an impossible date is text', () => {
    expect(typeColumn(['29.02.2023.', '01.03.2023.']).type).toBe('text');
  });

  it('booleans from cells and words', () => {
    const column = typeColumn([true, 'FALSE', 'tačno', 'НЕТАЧНО', null]);
    expect(column.type).toBe('boolean');
    expect(column.values).toEqual([true, false, true, false, null]);
    expect([...column.originals.keys()]).toEqual([1, 2, 3]);
  });

  it('da/ne stay text (a recipe decides, not a guess)', () => {
    expect(typeColumn(['da', 'ne']).type).toBe('text');
  });

  it('text keeps every string as written; blanks become empty', () => {
    const column = typeColumn(['  Petar ', '', '   ', 'Ана', 12.5, true, { iso: '2023-02-01' }]);
    expect(column.type).toBe('text');
    expect(column.values).toEqual(['  Petar ', null, null, 'Ана', '12.5', 'true', '2023-02-01']);
  });

  it('a column without values is empty', () => {
    const column = typeColumn([null, '', '  ']);
    expect(column.type).toBe('empty');
    expect(column.values).toEqual([null, null, null]);
  });

  it('error cells are empty values with the error text as original, and do not vote', () => {
    const column = typeColumn([5, { error: '#N/A' }, 7]);
    expect(column.type).toBe('integer');
    expect(column.values).toEqual([5, null, 7]);
    expect([...column.originals.entries()]).toEqual([[1, '#N/A']]);
  });
});

describe('typeColumn: scale', () => {
  it('types 200k cells in linear time', () => {
    const raw: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      raw.push(
        `${(i % 999) + 1}.${String(i % 1000).padStart(3, '0')},${String(i % 100).padStart(2, '0')}`,
      );
    }
    const started = performance.now();
    const column = typeColumn(raw);
    expect(column.type).toBe('decimal');
    expect(column.values[199_999]).toBe(200_999.99);
    expect(column.originals.size).toBe(200_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
