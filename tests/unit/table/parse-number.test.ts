import { describe, expect, it } from 'vitest';
import {
  parseScannedNumber,
  resolveNumberStyle,
  scanNumber,
  type NumberStyle,
} from '../../../shared/table/parse-number';

function parse(text: string, style: NumberStyle): number | null {
  const scan = scanNumber(text);
  return scan === null ? null : (parseScannedNumber(scan, style)?.value ?? null);
}

describe('scanNumber', () => {
  it.each([
    ['1234', 'neutral'],
    ['1.234.567,89', 'sr'],
    ['1.234.567', 'sr'],
    ['-12,5', 'sr'],
    ['0,5', 'sr'],
    ['1 234,5', 'sr'],
    ['1\u00A0234,5', 'sr'],
    ['1 234', 'neutral'],
    ['1234.5', 'en'],
    ['0.001', 'en'],
    ['1,234,567', 'en'],
    ['1,234.5', 'en'],
    ['1.234', 'ambiguous-dot'],
    ['1,234', 'ambiguous-comma'],
    ['(1.234,00)', 'sr'],
  ])('%s is %s evidence', (text, evidence) => {
    expect(scanNumber(text)?.evidence).toBe(evidence);
  });

  it.each([
    '1.2.2023',
    '01.02.2023.',
    '064/123-45-67',
    '+381641234567',
    '12,5%',
    '1e5',
    '1.5e+17',
    'abc',
    '',
    '-',
    '1.23.4',
    '1,2,3',
  ])('refuses %j', (text) => {
    expect(scanNumber(text)).toBeNull();
  });

  it.each([
    ['0101990710006', true],
    ['007', true],
    ['00', true],
    ['-05', true],
    ['1506985865129', true], // 13 digits
    ['1.234.567.890.123,00', true], // 13 integer digits, grouped
    ['123456789012', false], // 12 digits is still a quantity
    ['0', false],
    ['0,5', false],
    ['0.5', false],
    ['100', false],
  ])('%s identifier=%s', (text, identifier) => {
    expect(scanNumber(text)?.identifier).toBe(identifier);
  });
});

describe('parseScannedNumber', () => {
  it('reads Serbian numbers', () => {
    expect(parse('1.234.567,89', 'sr')).toBe(1234567.89);
    expect(parse('1 234,5', 'sr')).toBe(1234.5);
    expect(parse('-12,5', 'sr')).toBe(-12.5);
    expect(parse('−12,5', 'sr')).toBe(-12.5); // U+2212 minus sign
    expect(parse('(1.234,00)', 'sr')).toBe(-1234);
    expect(parse('1.234', 'sr')).toBe(1234);
    expect(parse('1,234', 'sr')).toBe(1.234);
  });

  it('reads English numbers', () => {
    expect(parse('1234.5', 'en')).toBe(1234.5);
    expect(parse('1,234,567.25', 'en')).toBe(1234567.25);
    expect(parse('1.234', 'en')).toBe(1.234);
    expect(parse('1,234', 'en')).toBe(1234);
  });

  it('reports a decimal part even when the value is whole', () => {
    const scanned = (text: string) => {
      const scan = scanNumber(text);
      if (scan === null) throw new Error(`not a number: ${text}`);
      return scan;
    };
    expect(parseScannedNumber(scanned('1.234,00'), 'sr')).toEqual({ value: 1234, fraction: true });
    expect(parseScannedNumber(scanned('1.234'), 'sr')).toEqual({
      value: 1234,
      fraction: false,
    });
  });

  it('never yields -0', () => {
    expect(Object.is(parse('-0', 'sr'), 0)).toBe(true);
  });
});

describe('resolveNumberStyle', () => {
  it('defaults to Serbian, takes English on English evidence, refuses a mix', () => {
    expect(resolveNumberStyle(false, false)).toBe('sr');
    expect(resolveNumberStyle(true, false)).toBe('sr');
    expect(resolveNumberStyle(false, true)).toBe('en');
    expect(resolveNumberStyle(true, true)).toBeNull();
  });
});
