import { describe, expect, it } from 'vitest';
import { parseScannedNumber, scanNumber } from '../../../shared/table/parse-number';
import { parseTextDate } from '../../../shared/table/parse-date';
import {
  QUICK,
  quickDottedDate,
  quickNumber,
  quickResult,
} from '../../../shared/table/quick-parse';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Texts built from the characters that matter to numbers and dates. */
function randomTexts(count: number, seed: number): string[] {
  const next = random(seed);
  const alphabet = ['0', '1', '2', '3', '5', '9', '.', ',', ' ', '-', 'a', '1', '2', '0', '.'];
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    const length = 1 + Math.floor(next() * 16);
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    texts.push(text.trim() === '' ? '1' : text.trim());
  }
  return texts;
}

/** What the general reader says about a text, in quickNumber's terms. */
function generalNumber(text: string): { kind: number; value?: number | undefined; dot?: boolean } {
  if (parseTextDate(text) !== null) return { kind: -1 };
  const scan = scanNumber(text);
  if (scan === null) return { kind: -1 };
  if (scan.identifier) return { kind: QUICK.identifier };
  const value = parseScannedNumber(scan, 'sr')?.value;
  return {
    kind: scan.evidence === 'sr' ? QUICK.serbianDecimal : 99,
    value,
    dot: text.includes('.'),
  };
}

describe('quickNumber', () => {
  it('reads the common forms', () => {
    expect(quickNumber('26000')).toBe(QUICK.plainInteger);
    expect(quickResult.value).toBe(26000);
    expect(quickNumber('21.250,53')).toBe(QUICK.serbianDecimal);
    expect(quickResult).toEqual({ value: 21250.53, dot: true });
    expect(quickNumber('1.234.567,8')).toBe(QUICK.serbianDecimal);
    expect(quickResult.value).toBe(1234567.8);
    expect(quickNumber('12,5')).toBe(QUICK.serbianDecimal);
    expect(quickResult).toEqual({ value: 12.5, dot: false });
    expect(quickNumber('0,75')).toBe(QUICK.serbianDecimal);
    expect(quickResult.value).toBe(0.75);
  });

  it('marks identifiers', () => {
    expect(quickNumber('0101990710006')).toBe(QUICK.identifier);
    expect(quickNumber('007')).toBe(QUICK.identifier);
    expect(quickNumber('1506985865129')).toBe(QUICK.identifier);
    expect(quickNumber('05,5')).toBe(QUICK.identifier);
  });

  it('declines what it does not handle', () => {
    for (const text of [
      '1,234',
      '1.234',
      '-5',
      '1 234',
      '1234.5',
      '1.234.567',
      '12a',
      'x',
      '1,',
      ',5',
    ]) {
      expect(quickNumber(text), text).toBe(QUICK.unknown);
    }
  });

  it('never disagrees with the general reader (50,000 random texts)', () => {
    for (const text of randomTexts(50_000, 7)) {
      const quick = quickNumber(text);
      if (quick === QUICK.unknown) continue;
      const general = generalNumber(text);
      if (quick === QUICK.identifier) {
        expect(general.kind, text).toBe(QUICK.identifier);
        continue;
      }
      if (quick === QUICK.plainInteger) {
        expect(scanNumber(text)?.evidence, text).toBe('neutral');
        expect(quickResult.value, text).toBe(general.value);
        expect(String(quickResult.value), text).toBe(text);
        continue;
      }
      expect(general, text).toEqual({
        kind: QUICK.serbianDecimal,
        value: quickResult.value,
        dot: quickResult.dot,
      });
    }
  });
});

describe('quickDottedDate', () => {
  it('reads d.m.yyyy with or without the closing dot', () => {
    expect(quickDottedDate('08.01.1965.')).toBe('1965-01-08');
    expect(quickDottedDate('1.2.2023')).toBe('2023-02-01');
    expect(quickDottedDate('29.02.2024.')).toBe('2024-02-29');
  });

  it('declines impossible dates and other forms', () => {
    for (const text of [
      '29.02.2023.',
      '1. 2. 2023.',
      '01.02.2023. 08:30',
      '2023-02-01',
      '1.2.23',
      '01.02.2023..',
    ]) {
      expect(quickDottedDate(text), text).toBeNull();
    }
  });

  it('never disagrees with parseTextDate', () => {
    const next = random(11);
    const texts: string[] = [];
    for (let n = 0; n < 50_000; n++) {
      const part = (): string =>
        String(Math.floor(next() * 40)).padStart(next() < 0.5 ? 2 : 1, '0');
      const year = String(Math.floor(next() * 12000));
      texts.push(`${part()}.${part()}.${year}${next() < 0.5 ? '.' : ''}`);
    }
    texts.push(...randomTexts(20_000, 3));
    for (const text of texts) {
      const quick = quickDottedDate(text);
      if (quick === null) continue;
      expect(parseTextDate(text), text).toEqual({ kind: 'date', iso: quick });
    }
  });
});
