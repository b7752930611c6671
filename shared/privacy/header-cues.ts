/**
 * Header cues (serbian-pii.md §1.1–1.12, §2.2, §2.4, §5): what a column name says about its values,
 * in both scripts and any case, matched on folded keys (§3.3) as whole words, so `ЈМБГ`, `jmbg`,
 * `JMBG korisnika`, `Datum rođenja`, `DATUM RODJENJA` and `Датум рођења` all match and `Imenik`
 * or `Broj predmeta` do not.
 */
import { foldKey } from './fold-key';
import type { HeaderCue } from './types';

/** Cue phrases as folded words. Order matters only for readability. */
const CUES: readonly (readonly [HeaderCue, readonly string[]])[] = [
  [
    'jmbg',
    [
      'jmbg',
      'embg',
      'mbg',
      'jedinstveni maticni broj',
      'maticni broj gradjana',
      'licni broj',
      'personal number',
      'pin',
    ],
  ],
  ['maticni-broj', ['maticni broj', 'mat br', 'mat broj', 'maticni br']],
  ['pib', ['pib', 'poreski identifikacioni broj', 'poreski broj', 'pdv broj', 'vat']],
  [
    'mb',
    ['mb', 'registarski broj', 'mat broj firme', 'maticni broj firme', 'maticni broj pravnog lica'],
  ],
  [
    'account',
    [
      'racun',
      'racuna',
      'tekuci racun',
      'ziro racun',
      'broj racuna',
      'tr',
      'account',
      'bank account',
    ],
  ],
  ['iban', ['iban']],
  [
    'lbo',
    [
      'lbo',
      'licni broj osiguranika',
      'broj zdravstvene kartice',
      'zdravstvena knjizica',
      'broj knjizice',
      'broj osiguranika',
    ],
  ],
  [
    'id-card',
    [
      'broj licne karte',
      'licna karta',
      'licne karte',
      'br lk',
      'lk br',
      'lk',
      'broj lk',
      'reg br',
      'broj dokumenta',
      'id card',
    ],
  ],
  ['passport', ['pasos', 'pasosa', 'broj pasosa', 'pasos br', 'passport']],
  [
    'phone',
    [
      'telefon',
      'telefona',
      'tel',
      'mob',
      'mobilni',
      'mobilnog',
      'fiksni',
      'phone',
      'kontakt telefon',
      'br tel',
      'mobile',
    ],
  ],
  [
    'email',
    ['email', 'e mail', 'mail', 'e posta', 'elektronska posta', 'imejl', 'mejl', 'e adresa'],
  ],
  [
    'plate',
    [
      'registracija',
      'registarska oznaka',
      'reg oznaka',
      'tablica',
      'tablice',
      'registarske tablice',
      'reg broj vozila',
      'registarski broj vozila',
    ],
  ],
  [
    'birth-date',
    [
      'datum rodjenja',
      'dat rodj',
      'datum rodj',
      'rodjen',
      'rodjena',
      'godina rodjenja',
      'god rodj',
      'date of birth',
      'dob',
      'birth date',
    ],
  ],
  ['postal-code', ['postanski broj', 'post br', 'ptt', 'postal code', 'zip', 'postanski']],
  [
    'name',
    [
      'ime',
      'prezime',
      'ime i prezime',
      'prezime i ime',
      'ime prezime',
      'name',
      'first name',
      'last name',
      'surname',
      'full name',
      'ime roditelja',
      'imena',
    ],
  ],
  [
    'person-role',
    [
      'korisnik',
      'podnosilac',
      'podnosilac zahteva',
      'primalac',
      'investitor',
      'zakupac',
      'vlasnik',
      'roditelj',
      'dete',
      'nosilac',
      'kupac',
      'stanar',
      'lice',
      'osoba',
      'ucenik',
      'student',
      'pacijent',
      'zaposleni',
      'radnik',
      'stipendista',
      'dobitnik',
    ],
  ],
  [
    'address',
    [
      'adresa',
      'ulica',
      'ulica i broj',
      'prebivaliste',
      'boraviste',
      'adresa stanovanja',
      'address',
      'ul',
      'stanuje',
    ],
  ],
  [
    'free-text',
    [
      'napomena',
      'opis',
      'svrha',
      'komentar',
      'beleska',
      'obrazlozenje',
      'primedba',
      'note',
      'notes',
      'description',
      'predmet',
    ],
  ],
];

const PHRASES: readonly (readonly [HeaderCue, readonly string[]])[] = CUES.map(([cue, phrases]) => [
  cue,
  phrases.map((p) => ` ${p} `),
]);

/** The cues a column name carries, in table order. */
export function headerCues(header: string): HeaderCue[] {
  const words = ` ${foldKey(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  const found: HeaderCue[] = [];
  for (const [cue, phrases] of PHRASES) {
    if (phrases.some((p) => words.includes(p))) found.push(cue);
  }
  return found;
}
