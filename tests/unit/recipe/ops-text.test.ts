import { describe, expect, it } from 'vitest';
import { applyStep } from '../../../shared/recipe/apply-recipe';
import { cleanWhitespace } from '../../../shared/recipe/ops/trim-whitespace';
import { normalizeText } from '../../../shared/recipe/ops/normalize-unicode';
import { latinToCyrillic } from '../../../shared/recipe/ops/latin-to-cyrillic';
import { transliterateText } from '../../../shared/recipe/ops/transliterate';
import { repairMojibake } from '../../../shared/recipe/ops/repair-mojibake';
import { generateRegisterRows } from '../../../electron/backend/sample/register-rows';
import { column, step, table, textColumn } from './helpers';

describe('trim-whitespace', () => {
  it('trims, collapses NBSP/figure/narrow spaces and tabs, drops zero-width characters', () => {
    expect(cleanWhitespace('\u00a0 Petrović\u2007\u202fMarko\t ', true)).toBe('Petrović Marko');
    expect(cleanWhitespace('JMBG\u200b0101990710006\ufeff', true)).toBe('JMBG0101990710006');
    expect(cleanWhitespace('Pan\u00adčevo', true)).toBe('Pančevo');
  });

  it('rewrites inner tabs and double spaces, leaves clean text as the same string', () => {
    expect(cleanWhitespace('a\tb  c', true)).toBe('a b c');
    expect(cleanWhitespace('Pančevo, Cara Dušana 5', true)).toBe('Pančevo, Cara Dušana 5');
    expect(cleanWhitespace('red 1\nred 2', false)).toBe('red 1 red 2');
  });

  it('keeps line breaks inside notes unless told otherwise', () => {
    expect(cleanWhitespace(' Dostaviti:  \n- potvrdu \r\n', true)).toBe('Dostaviti:\n- potvrdu');
    expect(cleanWhitespace('Dostaviti:\n- potvrdu', false)).toBe('Dostaviti: - potvrdu');
  });

  it('turns whitespace-only cells into empty cells, keeps the original text, counts nothing else', () => {
    const input = textColumn('Ime', [' Ana ', '\u00a0', 'Jelena', null]);
    const out = applyStep(input, step('trim-whitespace', 'Ime'));
    expect(column(out.table, 'Ime')).toEqual(['Ana', null, 'Jelena', null]);
    expect(out.table.originals[0]!.get(0)).toBe(' Ana ');
    expect(out.table.values[0]).not.toBe(input.values[0]);
    expect(input.values[0]).toEqual([' Ana ', '\u00a0', 'Jelena', null]); // input untouched
  });

  it('without a column touches every text column and nothing typed', () => {
    const t = table(
      [
        ['a', 'text'],
        ['n', 'integer'],
      ],
      [[' x ', 5]],
    );
    const out = applyStep(t, step('trim-whitespace', undefined)).table;
    expect(out.values[0]).toEqual(['x']);
    expect(out.values[1]).toBe(t.values[1]);
  });
});

describe('normalize-unicode', () => {
  it('composes decomposed č ć ž š đ (NFC) so Mac and Windows text compare equal', () => {
    const decomposed = 'Pan\u0063\u030Cevo \u0063\u0301 \u007A\u030C \u0073\u030C';
    expect(decomposed).not.toBe('Pančevo ć ž š');
    expect(normalizeText(decomposed, 'NFC')).toBe('Pančevo ć ž š');
  });

  it('splits the Latin digraph code points ǅ ǈ ǋ into two letters', () => {
    expect(normalizeText('\u01C5ep \u01C8ubica \u01CBegoš \u01C6', 'NFC')).toBe(
      'Džep Ljubica Njegoš dž',
    );
  });

  it('keeps m² and ½ under NFC; still composes singletons like the Ångström sign', () => {
    expect(normalizeText('50 m² ½', 'NFC')).toBe('50 m² ½');
    expect(normalizeText('\u212B', 'NFC')).toBe('\u00C5');
    expect(normalizeText('Й', 'NFC')).toBe('Й');
    expect(normalizeText('\u0418\u0306', 'NFC')).toBe('Й');
  });
});

describe('transliterate', () => {
  it('Cyrillic → Latin with digraph case', () => {
    expect(transliterateText('Љубица Његош Џепина', 'sr-Latn')).toBe('Ljubica Njegoš Džepina');
    expect(transliterateText('ЉУБИЦА ЊЕГОШ', 'sr-Latn')).toBe('LJUBICA NJEGOŠ');
    expect(transliterateText('Ђорђе Ћирић, Панчево', 'sr-Latn')).toBe('Đorđe Ćirić, Pančevo');
  });

  it('Latin → Cyrillic with digraphs and the nj/dž exceptions', () => {
    expect(latinToCyrillic('Ljubica Njegoš džep')).toBe('Љубица Његош џеп');
    expect(latinToCyrillic('LJUBICA NJEGOŠ DŽEP')).toBe('ЉУБИЦА ЊЕГОШ ЏЕП');
    expect(latinToCyrillic('injekcija konjugacija Tanjug')).toBe('инјекција конјугација Танјуг');
    expect(latinToCyrillic('nadživeti podžanr odžaliti')).toBe('надживети поджанр оджалити');
    expect(latinToCyrillic('Đorđe Ćirić iz Pančeva')).toBe('Ђорђе Ћирић из Панчева');
  });

  it('never touches Roman numerals, URLs, e-mails, codes, plates, units or foreign words', () => {
    expect(latinToCyrillic('Trg kralja Petra I')).toBe('Трг краља Петра I');
    expect(latinToCyrillic('www.pancevo.rs i info@pancevo.rs')).toBe(
      'www.pancevo.rs и info@pancevo.rs',
    );
    expect(latinToCyrillic('PA 123-AB')).toBe('PA 123-AB');
    expect(latinToCyrillic('50 m2 CO2')).toBe('50 m2 CO2');
    expect(latinToCyrillic('Wi-Fi Café facebook')).toBe('Wi-Fi Café facebook');
  });

  it('round-trips a Serbian text through both directions', () => {
    const latin = 'Cara Dušana 12, Starčevo, Ljubica Đorđević';
    expect(transliterateText(transliterateText(latin, 'sr-Cyrl'), 'sr-Latn')).toBe(latin);
  });

  it('as a step on a column', () => {
    const out = applyStep(
      textColumn('Naselje', ['Панчево', 'Стaрчево', null]),
      step('transliterate', 'Naselje', { to: 'sr-Latn' }),
    );
    expect(column(out.table, 'Naselje')).toEqual(['Pančevo', 'Starčevo', null]);
  });
});

describe('repair-mojibake', () => {
  /** The real thing: UTF-8 bytes decoded in the wrong code page. */
  const misread = (text: string, label: string): string =>
    new TextDecoder(label).decode(Buffer.from(text, 'utf8'));
  const words = [
    'Pančevo',
    'Starčevo',
    'Žarko Šišić',
    'Đorđe Ćirić',
    'ćevapčići',
    'Kačarevo',
    'Панчево',
    'Јовановић Љубица',
  ];

  it.each(words)('repairs UTF-8 read as windows-1250 and windows-1251: %s', (word) => {
    expect(repairMojibake(misread(word, 'windows-1250'))).toBe(word);
    expect(repairMojibake(misread(word, 'windows-1251'))).toBe(word);
  });

  it('repairs UTF-8 read as cp1252/Latin-1, where undefined bytes are C1 controls (Ä\\u008d → č)', () => {
    expect(repairMojibake('Ä\u008d')).toBe('č');
    expect(repairMojibake(Buffer.from('Pančevo', 'utf8').toString('latin1'))).toBe('Pančevo');
    expect(repairMojibake(Buffer.from('Ђорђе', 'utf8').toString('latin1'))).toBe('Ђорђе');
    expect(repairMojibake('ÐŸÐ°Ð½Ñ‡ÐµÐ²Ð¾')).toBe('Панчево');
  });

  it('repairs single-byte text read in the wrong page, and a Š whose NBSP became a space', () => {
    expect(repairMojibake('Starèevo')).toBe('Starčevo');
    expect(repairMojibake('Ïàí÷åâî')).toBe('Панчево');
    expect(repairMojibake('Ďŕí÷ĺâî')).toBe('Панчево');
    expect(repairMojibake('Ĺ arac')).toBe('Šarac');
  });

  it('leaves genuine text alone: short Cyrillic, foreign words, lossy U+FFFD', () => {
    expect(repairMojibake('Рј')).toBeNull();
    expect(repairMojibake('Café Müller')).toBeNull();
    expect(repairMojibake('Pan\uFFFDevo')).toBeNull();
  });

  it('changes nothing in 5,000 rows of clean register text (no false repairs)', () => {
    for (const row of generateRegisterRows(5000, 7)) {
      for (const text of [row.prezimeIme, row.adresa, row.naselje, row.napomena ?? '']) {
        expect(repairMojibake(text), text).toBeNull();
      }
    }
  });
});

describe('find-replace', () => {
  it('replaces literals (a dot is a dot, $& stays literal), case-insensitively when asked', () => {
    const t = textColumn('Adresa', ['ul. Cara Dušana 5', 'UL. Njegoševa 2', 'Ulica']);
    const out = applyStep(
      t,
      step('find-replace', 'Adresa', { find: 'ul.', replace: '$& ', caseSensitive: false }),
    );
    expect(column(out.table, 'Adresa')).toEqual(['$&  Cara Dušana 5', '$&  Njegoševa 2', 'Ulica']);
  });

  it('whole-cell mode only replaces exact cells', () => {
    const t = textColumn('Naselje', ['Pancevo', 'Pancevo-Jug', 'pancevo']);
    const out = applyStep(
      t,
      step('find-replace', 'Naselje', { find: 'Pancevo', replace: 'Pančevo', wholeCell: true }),
    );
    expect(column(out.table, 'Naselje')).toEqual(['Pančevo', 'Pancevo-Jug', 'pancevo']);
  });
});
