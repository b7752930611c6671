/** The Fix-one-cell form's pieces: the typed value, and the step in the history in three locales. */
import { describe, expect, it } from 'vitest';
import type { Step } from '../../../shared/recipe';
import { describeStep } from '../../../renderer/src/components/clean/describe-step';
import { typedValue } from '../../../renderer/src/components/clean/edit-cell-value';
import type { I18n } from '../../../renderer/src/i18n';
import type { Dictionary } from '../../../renderer/src/i18n/dictionary';
import { en } from '../../../renderer/src/i18n/en';
import { srCyrl } from '../../../renderer/src/i18n/sr-cyrl';
import { srLatn } from '../../../renderer/src/i18n/sr-latn';
import { createTranslator } from '../../../renderer/src/i18n/translate';

// describeStep only translates; the formatters of a full I18n are not used.
const i18nOf = (dictionary: Dictionary, locale: string): I18n =>
  createTranslator(dictionary, new Intl.PluralRules(locale), String) as unknown as I18n;

const edit = (value: unknown): Step => ({
  id: 's2',
  op: 'edit-cell',
  column: 'Naselje',
  params: { rowKey: '1a2b3c', value },
  enabled: true,
});

describe('typedValue', () => {
  const text = { key: 'c0', name: 'Naselje', type: 'text' } as const;
  const decimal = { key: 'c1', name: 'Iznos', type: 'decimal' } as const;

  it('keeps text as typed, and an empty field empties the cell', () => {
    expect(typedValue('  Ново Село ', text)).toBe('  Ново Село ');
    expect(typedValue('   ', text)).toBeNull();
    expect(typedValue('12', text)).toBe('12');
  });

  it('writes a plain number into a number column as a number, decimal comma too', () => {
    expect(typedValue('1234,5', decimal)).toBe(1234.5);
    expect(typedValue('-7', decimal)).toBe(-7);
    expect(typedValue('1.234,50', decimal)).toBe('1.234,50');
  });
});

describe('an edit-cell step in the history', () => {
  it.each([
    [srCyrl, 'sr-Cyrl', 'Упиши „Ново Село” у једну ћелију колоне „Naselje”'],
    [srLatn, 'sr-Latn', 'Upiši „Ново Село” u jednu ćeliju kolone „Naselje”'],
    [en, 'en', 'Write “Ново Село” into one cell of the column “Naselje”'],
  ] as const)('says what is written where (%s)', (dictionary, locale, expected) => {
    expect(describeStep(edit('Ново Село'), i18nOf(dictionary, locale))).toBe(expected);
  });

  it('says a cell is emptied, and writes numbers as they are', () => {
    expect(describeStep(edit(null), i18nOf(en, 'en'))).toBe(
      'Empty one cell of the column “Naselje”',
    );
    expect(describeStep(edit(12.5), i18nOf(en, 'en'))).toBe(
      'Write “12.5” into one cell of the column “Naselje”',
    );
  });
});
