// Header cues in both scripts and any case (serbian-pii.md §1, §3.3).
import { describe, expect, it } from 'vitest';
import { headerCues } from '../../../shared/privacy/header-cues';

describe('headerCues', () => {
  it.each([
    ['JMBG', 'jmbg'],
    ['ЈМБГ', 'jmbg'],
    ['jmbg korisnika', 'jmbg'],
    ['Matični broj', 'maticni-broj'],
    ['МАТИЧНИ БРОЈ', 'maticni-broj'],
    ['PIB', 'pib'],
    ['ПИБ добављача', 'pib'],
    ['Broj računa', 'account'],
    ['Tekući račun', 'account'],
    ['IBAN', 'iban'],
    ['LBO', 'lbo'],
    ['Broj zdravstvene kartice', 'lbo'],
    ['Broj lične karte', 'id-card'],
    ['Број личне карте', 'id-card'],
    ['Broj pasoša', 'passport'],
    ['Telefon', 'phone'],
    ['TEL.', 'phone'],
    ['Мобилни', 'phone'],
    ['e-mail', 'email'],
    ['E-pošta', 'email'],
    ['Registarska oznaka', 'plate'],
    ['Datum rođenja', 'birth-date'],
    ['DATUM RODJENJA', 'birth-date'],
    ['Датум рођења', 'birth-date'],
    ['dat. rođ.', 'birth-date'],
    ['Poštanski broj', 'postal-code'],
    ['Ime i prezime', 'name'],
    ['ПРЕЗИМЕ И ИМЕ', 'name'],
    ['Ime', 'name'],
    ['Podnosilac zahteva', 'person-role'],
    ['Adresa', 'address'],
    ['Адреса становања', 'address'],
    ['Napomena', 'free-text'],
  ] as const)('%s → %s', (header, cue) => {
    expect(headerCues(header)).toContain(cue);
  });

  it.each([
    'Imenik',
    'Broj predmeta',
    'Iznos pomoći',
    'Naselje',
    'Redni broj',
    'Primedbe komisije na tablicu',
  ])('%s carries no identifier cue', (header) => {
    const cues = headerCues(header).filter((c) => c !== 'free-text');
    expect(cues).toEqual([]);
  });
});
