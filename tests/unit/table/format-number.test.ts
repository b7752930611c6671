import { describe, expect, it } from 'vitest';
import { formatGeneralNumber, formatPlainNumber } from '../../../shared/table/format-number';

describe('formatPlainNumber', () => {
  it.each([
    [1234.5, '1234.5'],
    [-12.25, '-12.25'],
    [0, '0'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [1.5e22, '15000000000000000000000'],
    [-1.25e21, '-1250000000000000000000'],
    [1e-7, '0.0000001'],
    [-1.5e-7, '-0.00000015'],
    [123456789012, '123456789012'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('%d → %s', (value, text) => {
    expect(formatPlainNumber(value)).toBe(text);
  });

  it('writes nothing for non-finite values', () => {
    expect(formatPlainNumber(Number.NaN)).toBe('');
    expect(formatPlainNumber(Infinity)).toBe('');
  });
});

describe('formatGeneralNumber', () => {
  it('shows 15 significant digits like Excel', () => {
    expect(formatGeneralNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatGeneralNumber(1506985865129)).toBe('1506985865129');
    expect(formatGeneralNumber(12.5)).toBe('12.5');
  });
});
