import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, hasSerbianCyrillic } from '../../../shared/text/transliterate';

describe('cyrillicToLatin', () => {
  it.each([
    ['Љубљана', 'Ljubljana'],
    ['ЉУБА', 'LJUBA'],
    ['Његош', 'Njegoš'],
    ['ЊЕГОШ', 'NJEGOŠ'],
    ['Џеп', 'Džep'],
    ['ЏЕП', 'DŽEP'],
    ['џемпер', 'džemper'],
    ['ЉУБИЦА', 'LJUBICA'],
    ['Буџет Града Панчева за 2024. годину', 'Budžet Grada Pančeva za 2024. godinu'],
    ['Ђорђевић Ћирић Жарко Чедомир Шћепан', 'Đorđević Ćirić Žarko Čedomir Šćepan'],
    ['ЈКП Водовод и канализација', 'JKP Vodovod i kanalizacija'],
    ['ПЉ', 'PLJ'],
    ['Љ', 'Lj'],
    ['Љ. Ђурић', 'Lj. Đurić'],
    ['Х Ц', 'H C'],
    ['ЊЊ', 'NJNJ'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
  });

  it('leaves Latin, digits, URLs, codes and other scripts alone', () => {
    const text = 'Trg kralja Petra I, https://data.gov.rs/sr/, PA 123-AB, CO2, Ελλάδα 😀';
    expect(cyrillicToLatin(text)).toBe(text);
  });

  it('handles mixed text and line breaks', () => {
    expect(cyrillicToLatin('Износ (RSD)\nНапомена: ЊИВА и Њива')).toBe(
      'Iznos (RSD)\nNapomena: NJIVA i Njiva',
    );
  });

  it('normalises composed forms first', () => {
    // и + combining breve is й (not Serbian): it stays, composed.
    expect(cyrillicToLatin('и\u0306')).toBe('й');
  });

  it('detects Serbian Cyrillic', () => {
    expect(hasSerbianCyrillic('Budžet')).toBe(false);
    expect(hasSerbianCyrillic('Буџет')).toBe(true);
  });
});
