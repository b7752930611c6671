// Names and addresses in both scripts (serbian-pii.md §2.2, §2.4, §3.3).
import { describe, expect, it } from 'vitest';
import { findAddresses, isAddressCell } from '../../../shared/privacy/address';
import { foldKey, foldKeyDj } from '../../../shared/privacy/fold-key';
import { findNamesInText, isPersonNameCell } from '../../../shared/privacy/names';

describe('matching keys (§3.3)', () => {
  it('folds scripts, case and diacritics together', () => {
    expect(foldKey('Đorđević')).toBe('djordjevic');
    expect(foldKey('ЂОРЂЕВИЋ')).toBe('djordjevic');
    expect(foldKeyDj(foldKey('Đorđević'))).toBe('dordevic');
    for (const s of ['Pančevo', 'Панчево', 'PANCEVO']) expect(foldKey(s)).toBe('pancevo');
    expect(foldKey('Датум рођења')).toBe(foldKey('DATUM RODJENJA'));
    expect(foldKey('Џеферсон Љиљана Њ')).toBe('dzeferson ljiljana nj');
    expect(foldKey('Ðorðe')).toBe('djordje');
  });
});

describe('names in name columns (§2.2)', () => {
  it.each([
    'Petrović Petar',
    'PETROVIĆ PETAR',
    'Petar Petrović',
    'Petrović (Marko) Jelena',
    'P. Petrović',
    'Petrović P.',
    'Djordjevic Milan',
    'Dordevic Milan',
    'Петровић Петар',
    'ЈОВАНОВИЋ ЈЕЛЕНА',
    'Nagy Ferenc',
    'Hudecová Zuzana',
    'Petar Petrović PR',
    'Пetrović Marko',
  ])('%s is a name anywhere', (text) => expect(isPersonNameCell(text, false)).toBe(true));

  it.each([
    'Petar Petrović PR Frizerski salon Lepota Pančevo',
    'SZR Petrović PR',
    'Jelena Nikolić preduzetnik',
  ])('%s is an entrepreneur, so a person', (text) =>
    expect(isPersonNameCell(text, false)).toBe(true),
  );

  it.each(['Szalai Ildikó', 'Hrivnák Ondrej', 'Petrović', 'Zoran'])(
    '%s is a name under a name header',
    (text) => {
      expect(isPersonNameCell(text, true)).toBe(true);
    },
  );

  it.each([
    'JKP Higijena',
    'Grad Pančevo',
    'Kovačević gradnja d.o.o.',
    'OŠ Jovan Jovanović Zmaj',
    'Dom zdravlja Pančevo',
    'Jednokratna pomoć',
    '12345',
    'Zoran',
  ])('%s is not a name without a header', (text) =>
    expect(isPersonNameCell(text, false)).toBe(false),
  );
});

describe('names inside text', () => {
  const names = (text: string): string[] =>
    findNamesInText(text).map((s) => text.slice(s.start, s.end));
  it('finds pairs in both orders, both scripts, case forms and titles', () => {
    expect(names('Zahtev je podnela Jelena Petrović iz Starčeva.')).toEqual(['Jelena Petrović']);
    expect(names('Korisnik Petrović Marko nije došao.')).toEqual(['Petrović Marko']);
    expect(names('Решење уручено Марку Петровићу.')).toEqual(['Марку Петровићу']);
    expect(names('Razgovarano sa gđa Jovanović.')).toEqual(['Jovanović']);
    expect(names('Potpisao P. Petrović.')).toEqual(['P. Petrović']);
    expect(names('Kontakt: Szalai Ildikó, tel. 064')).toEqual(['Szalai Ildikó']);
  });

  it('does not take institutions, streets or lone surname-like words', () => {
    expect(names('Dopis poslat u OŠ Jovan Jovanović Zmaj.')).toEqual([]);
    expect(names('Predmet ustupljen, ulica Svetozara Miletića 12.')).toEqual([]);
    expect(names('Sredstva uplaćena Crvenom krstu Pančevo.')).toEqual([]);
    expect(names('Uplata od Gradske uprave.')).toEqual([]);
  });
});

describe('addresses (§2.4)', () => {
  it.each([
    'Ulica Vojvode Radomira Putnika 12/3',
    'Vojvode Radomira Putnika 13-15',
    'ul. Njegoševa 9',
    'Његошева 9Б',
    'Svetozara Miletića 104/18',
    'Trg kralja Petra I br. 2-4',
    'Jabučki put 293',
    'Omoljica bb',
    'Njegoševa 9, stan 5',
    'Cara Dušana 12, 26000 Pančevo',
  ])('%s is an address anywhere', (text) => expect(isAddressCell(text, false)).toBe(true));

  it.each(['Iznos 500', 'Grupa 3', 'Jednokratna pomoć', '12.03.2024'])(
    '%s is not an address without a header',
    (text) => expect(isAddressCell(text, false)).toBe(false),
  );

  it('finds addresses in sentences', () => {
    const text =
      'Stanuje na adresi Njegoševa 9, a radi u ul. Cara Dušana 12. Vikendica: Omoljica bb.';
    const found = findAddresses(text).map((s) => text.slice(s.start, s.end));
    expect(found).toContain('Njegoševa 9');
    expect(found).toContain('ul. Cara Dušana 12');
    expect(found).toContain('Omoljica bb');
  });
});
