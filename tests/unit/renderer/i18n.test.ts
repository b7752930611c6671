import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/contract';
import { en } from '../../../renderer/src/i18n/en';
import { createFormatters } from '../../../renderer/src/i18n/format';
import { srCyrl } from '../../../renderer/src/i18n/sr-cyrl';
import { srLatn } from '../../../renderer/src/i18n/sr-latn';
import { createTranslator } from '../../../renderer/src/i18n/translate';

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : (Object.values(v as object) as string[]);

describe('dictionaries', () => {
  it.each([
    ['sr-Latn', srLatn],
    ['en', en],
  ] as const)('%s has the same keys and placeholders as sr-Cyrl', (_name, dict) => {
    expect(Object.keys(dict).sort()).toEqual(Object.keys(srCyrl).sort());
    for (const key of Object.keys(srCyrl) as (keyof typeof srCyrl)[]) {
      expect(strings(dict[key]).map(placeholders), key).toEqual(
        strings(srCyrl[key]).map(placeholders),
      );
    }
  });

  it('the Latin dictionary has no Cyrillic', () => {
    for (const [key, value] of Object.entries(srLatn)) {
      for (const s of strings(value)) expect(/[\u0400-\u04FF]/.test(s), key).toBe(false);
    }
  });

  it('every error code has a message in every language', () => {
    for (const dict of [srCyrl, srLatn, en] as Record<string, unknown>[]) {
      for (const code of ERROR_CODES) expect(typeof dict[`error.${code}`], code).toBe('string');
    }
  });
});

describe('translation and formatting', () => {
  it('uses Serbian plural forms', () => {
    const f = createFormatters('sr-Cyrl-RS');
    const t = createTranslator(srCyrl, new Intl.PluralRules('sr-Cyrl-RS'), f.number);
    expect([1, 2, 5, 11, 21, 22, 1204, 1000000].map((n) => t.tp('count.rows', n))).toEqual([
      '1\u00a0ред',
      '2\u00a0реда',
      '5\u00a0редова',
      '11\u00a0редова',
      '21\u00a0ред',
      '22\u00a0реда',
      '1.204\u00a0реда',
      '1.000.000\u00a0редова',
    ]);
    const fe = createFormatters('en-GB');
    const te = createTranslator(en, new Intl.PluralRules('en-GB'), fe.number);
    expect([1, 2, 1204].map((n) => te.tp('count.rows', n))).toEqual([
      '1\u00a0row',
      '2\u00a0rows',
      '1,204\u00a0rows',
    ]);
  });

  it('interpolates and keeps unknown placeholders visible', () => {
    const f = createFormatters('sr-Cyrl-RS');
    const t = createTranslator(srCyrl, new Intl.PluralRules('sr-Cyrl-RS'), f.number);
    expect(t.t('recent.openedAt', { date: 'X' })).toBe('отворено X');
    expect(t.t('error.code', {})).toBe('Ознака за ИТ подршку: {code}');
  });

  it('formats cells the Serbian and the English way', () => {
    const f = createFormatters('sr-Cyrl-RS');
    expect([
      f.cellDate('2023-02-01'),
      f.cellDateTime('2023-02-01T08:30:00'),
      f.cellDateTime('2023-02-01T08:30:15'),
      f.cellDate('nope'),
      f.cellNumber(2023),
      f.cellNumber(12345.678),
      f.cellNumber(0.1 + 0.2),
      f.elapsed(65000),
      f.elapsed(3725000),
    ]).toEqual([
      '01.02.2023.',
      '01.02.2023. 08:30',
      '01.02.2023. 08:30:15',
      null,
      '2023',
      '12.345,678',
      '0,3',
      '1:05',
      '1:02:05',
    ]);
    const fe = createFormatters('en-GB');
    expect([fe.cellDate('2023-02-01'), fe.cellDateTime('2023-02-01T08:30:00')]).toEqual([
      '01/02/2023',
      '01/02/2023, 08:30',
    ]);
  });
});
