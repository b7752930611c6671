import { describe, expect, it } from 'vitest';
import { sanitizeHeaderNames } from '../../../shared/table/header-names';

describe('sanitizeHeaderNames', () => {
  it('names empty headers by position', () => {
    expect(sanitizeHeaderNames(['Ime', null, '', '  '])).toEqual([
      'Ime',
      'Kolona 2',
      'Kolona 3',
      'Kolona 4',
    ]);
  });

  it('trims and collapses whitespace and line breaks', () => {
    expect(
      sanitizeHeaderNames(['  Iznos\npomoći ', 'Datum\r\n  rešenja', 'A\u200Bb\u0007']),
    ).toEqual(['Iznos pomoći', 'Datum rešenja', 'Ab']);
  });

  it('suffixes duplicates, ignoring case', () => {
    expect(sanitizeHeaderNames(['Ime', 'ime', 'IME', 'Prezime'])).toEqual([
      'Ime',
      'ime (2)',
      'IME (3)',
      'Prezime',
    ]);
  });

  it('never produces a duplicate, even against existing suffixed names', () => {
    const names = sanitizeHeaderNames(['A', 'A (2)', 'A', 'Kolona 5', null]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toEqual(['A', 'A (2)', 'A (3)', 'Kolona 5', 'Kolona 5 (2)']);
  });

  it('replaces names that are magic on JavaScript objects', () => {
    expect(sanitizeHeaderNames(['__proto__', 'constructor', 'prototype', 'Ime'])).toEqual([
      'Kolona 1',
      'Kolona 2',
      'Kolona 3',
      'Ime',
    ]);
  });

  it('stays fast for thousands of identical headers', () => {
    const names = sanitizeHeaderNames(new Array<string>(16_384).fill('x'));
    expect(names[16_383]).toBe('x (16384)');
    expect(new Set(names).size).toBe(16_384);
  });
});
