/**
 * A labeled synthetic register for the privacy evaluation (issue 5): every column has a header
 * (honest, misleading or in Cyrillic) and every cell its true kinds, so precision and recall can be
 * counted per kind, per cell and per column. Seeded: the same seed gives the same table.
 */
import type { CellValue, ColumnInfo, Table } from '../../shared/table/types';
import type { PiiKind } from '../../shared/privacy/types';
import { Prng } from '../../electron/backend/sample/prng';
import { toCyrillic } from '../../electron/backend/sample/cyrillic';
import * as v from './values';

/** What a column is, for grouping the figures. */
export type ColumnRole = 'name-column' | 'free-text' | 'identifier' | 'other';

export interface CellTruth {
  /** The kind of the whole value (null: nothing personal or public). */
  readonly kind: PiiKind | null;
  /** Kinds inside a sentence. */
  readonly embedded: readonly PiiKind[];
  /** Offsets of names inside a sentence. */
  readonly nameSpans: readonly (readonly [number, number])[];
  readonly outOfDictionary: boolean;
  /** Every personal or public value put into a sentence: [start, end, kind]. */
  readonly pieces?: readonly (readonly [number, number, PiiKind])[];
}

export interface LabeledColumn {
  readonly header: string;
  readonly role: ColumnRole;
  /** The kind the column as a whole should be flagged with (null: must not be flagged as personal). */
  readonly expected: PiiKind | null;
  readonly values: CellValue[];
  readonly truth: CellTruth[];
}

export interface LabeledRegister {
  readonly table: Table;
  readonly columns: readonly LabeledColumn[];
}

const NONE: CellTruth = { kind: null, embedded: [], nameSpans: [], outOfDictionary: false };
const whole = (kind: PiiKind | null, outOfDictionary = false): CellTruth => ({
  kind,
  embedded: [],
  nameSpans: [],
  outOfDictionary,
});

type CellMaker = (prng: Prng, row: number) => [CellValue, CellTruth];

interface ColumnSpec {
  readonly latin: string;
  readonly cyrillic?: string;
  readonly role: ColumnRole;
  readonly expected: PiiKind | null;
  readonly emptyShare?: number;
  readonly make: CellMaker;
}

/** Sentences with capitalised words that name no person (precision of names in text). */
const NOT_PEOPLE: readonly string[] = [
  'Dokumentacija prosleđena Narodnoj banci Srbije i Poreskoj upravi Pančevo.',
  'Sednica Gradskog veća održana u Velikoj sali, Trg kralja Petra I.',
  'Korisnik preseljen iz Novog Sada u Banatsko Novo Selo.',
  'Program sufinansira Ministarstvo za rad, zapošljavanje, boračka i socijalna pitanja.',
  'Isporuka u Dom kulture Vasa Stajić, prema planu Sekretarijata za javne službe.',
  'Manifestacija Dani Pančeva, Sveti Sava i Božić u Starčevu.',
  'Kancelarija se nalazi u Ulici Žarka Zrenjanina.',
  'Поднет захтев Центру за социјални рад Панчево.',
  'Projekat EU PRO Plus, partner Opština Kovačica.',
  'Rok za žalbu je Petnaest dana od prijema Rešenja.',
];

/** A rough case form for the test sentences: `Marko` → `Marku`, `Jelena` → `Jeleni`, `Petrović` → `Petroviću`. */
function inflect(word: string, ending: 'u' | 'e'): string {
  if (/[aeo]$/.test(word))
    return word.slice(0, -1) + (ending === 'u' && word.endsWith('a') ? 'i' : ending);
  if (/ić$/.test(word)) return word + ending;
  return word;
}

/** A sentence with personal data inside, built piece by piece so the name offsets are known. */
function sentence(prng: Prng): [string, CellTruth] {
  let text = '';
  const embedded = new Set<PiiKind>();
  const nameSpans: [number, number][] = [];
  const pieces: [number, number, PiiKind][] = [];
  const put = (s: string, kind?: PiiKind): void => {
    if (kind === 'name') nameSpans.push([text.length, text.length + s.length]);
    if (kind !== undefined) pieces.push([text.length, text.length + s.length, kind]);
    if (kind !== undefined) embedded.add(kind);
    text += s;
  };
  const p = v.person(prng);
  const name = prng.chance(0.5) ? `${p.given} ${p.surname}` : `${p.surname} ${p.given}`;
  const template = prng.int(0, 18);
  switch (template) {
    case 0:
      put('Zahtev podneo ');
      put(name, 'name');
      put(`, JMBG `);
      put(v.jmbg(prng), 'jmbg');
      put('.');
      break;
    case 1:
      put('Kontakt: ');
      put(name, 'name');
      put(', tel. ');
      put(v.mobile(prng), 'phone-mobile');
      break;
    case 2:
      put('Isplata na račun ');
      put(v.account(prng), 'account');
      put(' (korisnik ');
      put(name, 'name');
      put(')');
      break;
    case 3:
      put('Obavešten putem e-pošte ');
      put(v.email(prng, p.given, p.surname), 'email');
      break;
    case 4:
      put('Stanuje na adresi ');
      put(
        `${prng.pick(['Njegoševa', 'Cara Dušana', 'Svetozara Miletića', 'Masarikova'])} ${prng.int(1, 99)}`,
        'address',
      );
      put(', rođen ');
      put(
        `${String(prng.int(1, 28)).padStart(2, '0')}.0${prng.int(1, 9)}.19${prng.int(40, 99)}.`,
        'birth-date',
      );
      break;
    case 5:
      put('Uplatu izvršiti na račun ');
      put(v.treasuryAccount(prng), 'account-treasury');
      put(', informacije na ');
      put(v.institutionalPhone(prng), 'phone-institutional');
      break;
    case 6:
      put('Решење уручено лично, ');
      put(p.latinOnly ? name : toCyrillic(name), 'name');
      put(' потписао пријем.');
      break;
    case 7:
      put('Vozilo ');
      put(v.plate(prng), 'plate');
      put(' parkirano bez dozvole, vlasnik ');
      put(name, 'name');
      break;
    case 8:
      put('Dopuna: IBAN ');
      put(v.iban(prng), 'iban');
      break;
    case 9:
      put('Prema izjavi koju je dala ');
      put(name, 'name');
      put(' predmet je zatvoren.');
      break;
    case 10:
      put(
        prng.pick([
          'Porodica sa troje dece',
          'Rešenje produženo do daljeg',
          'Pomoć za ogrev odobrena',
          'Dostaviti potvrdu o prihodima',
        ]),
      );
      break;
    case 12:
      // Case forms (§2.2): dative given name and surname.
      put('Rešenje uručeno ');
      put(`${inflect(p.given, 'u')} ${inflect(p.surname, 'u')}`, 'name');
      put(' dana 12.03.2024.');
      break;
    case 13:
      put('NAPOMENA: ');
      put(name.toUpperCase(), 'name');
      put(' NIJE DOSTAVIO DOKAZE');
      break;
    case 14:
      put(
        'Sredstva uplaćena Crvenom krstu Pančevo, Dom zdravlja Pančevo obavešten 15. marta 2024.',
      );
      break;
    case 15:
      put('Predmet ustupljen Gradskoj upravi, ulica Svetozara Miletića 12, kancelarija 5');
      embedded.add('address');
      break;
    case 16:
      put('Poziv od ');
      put(`${inflect(p.given, 'e')} ${p.surname}`, 'name');
      put(` u vezi sa OŠ Jovan Jovanović Zmaj`);
      break;
    case 17:
      // Capitalised words that are not people: institutions, places, streets named after people.
      put(prng.pick(NOT_PEOPLE));
      break;
    default:
      put('Pozvati ponovo sledeće nedelje');
      break;
  }
  const outOfDictionary = nameSpans.length > 0 && p.outOfDictionary;
  return [text, { kind: null, embedded: [...embedded], nameSpans, outOfDictionary, pieces }];
}

const COLUMNS: readonly ColumnSpec[] = [
  { latin: 'Redni broj', role: 'other', expected: null, make: (_p, r) => [r + 1, NONE] },
  {
    latin: 'Prezime i ime',
    cyrillic: 'ПРЕЗИМЕ И ИМЕ',
    role: 'name-column',
    expected: 'name',
    make: (p) => {
      const person = v.person(p);
      return [v.nameCell(p, person), whole('name', person.outOfDictionary)];
    },
  },
  {
    latin: 'JMBG',
    cyrillic: 'ЈМБГ',
    role: 'identifier',
    expected: 'jmbg',
    // Under a JMBG header every 13-digit value is masked, checksum or not (§1.1).
    make: (p) => [p.chance(0.02) ? v.mutatedJmbg(p) : v.jmbg(p), whole('jmbg')],
  },
  {
    // Excel dropped the leading zero: numbers, 12 digits for births on days 1–9 (§0).
    latin: 'Matični broj građana',
    role: 'identifier',
    expected: 'jmbg',
    make: (p) => [Number(v.jmbg(p)), whole('jmbg')],
  },
  {
    // A misleading header: JMBGs under "Šifra".
    latin: 'Šifra',
    role: 'identifier',
    expected: 'jmbg',
    make: (p) => [v.jmbg(p), whole('jmbg')],
  },
  {
    // Negatives: 13-digit case numbers and mutated JMBGs under a neutral header.
    latin: 'Broj predmeta',
    role: 'other',
    expected: null,
    make: (p) => [p.chance(0.5) ? v.mutatedJmbg(p) : `${p.int(1, 9)}${v.digits(p, 12)}`, NONE],
  },
  {
    latin: 'Adresa',
    cyrillic: 'Адреса',
    role: 'identifier',
    expected: 'address',
    make: (p) => [v.address(p, v.settlement(p)), whole('address')],
  },
  {
    latin: 'Naselje',
    cyrillic: 'Насеље',
    role: 'other',
    expected: null,
    make: (p) => [v.settlement(p), NONE],
  },
  {
    latin: 'Telefon',
    cyrillic: 'Телефон',
    role: 'identifier',
    expected: 'phone-mobile',
    emptyShare: 0.1,
    make: (p) => {
      const roll = p.next();
      if (roll < 0.85) return [v.mobile(p), whole('phone-mobile')];
      if (roll < 0.95) return [v.landline(p), whole('phone-landline')];
      return [v.institutionalPhone(p), whole('phone-institutional')];
    },
  },
  {
    // A misleading header: contacts under "Kontakt" mixing mobiles and e-mails.
    latin: 'Kontakt',
    role: 'identifier',
    expected: 'phone-mobile',
    make: (p) => {
      const person = v.person(p);
      return p.chance(0.6)
        ? [v.mobile(p), whole('phone-mobile')]
        : [v.email(p, person.given, person.surname), whole('email')];
    },
  },
  {
    latin: 'E-mail',
    cyrillic: 'Е-пошта',
    role: 'identifier',
    expected: 'email',
    emptyShare: 0.2,
    make: (p) => {
      if (p.chance(0.1)) return [v.institutionalEmail(p), whole('email-institutional')];
      const person = v.person(p);
      return [v.email(p, person.given, person.surname), whole('email')];
    },
  },
  {
    latin: 'Tekući račun',
    cyrillic: 'Текући рачун',
    role: 'identifier',
    expected: 'account',
    make: (p) => {
      const roll = p.next();
      if (roll < 0.9) return [v.account(p), whole('account')];
      if (roll < 0.95) return [v.treasuryAccount(p), whole('account-treasury')];
      // Excel wrote the 18-digit account as a float into CSV (§0): digits lost, still account-like.
      if (roll < 0.96) return [`1,6${v.digits(p, 4)}E+17`, whole('account')];
      // A bad check pair under an account header: still account-like (§6).
      return [v.badAccount(p), whole('account')];
    },
  },
  {
    // A misleading header: accounts under "Broj"; bad 18-digit strings are negatives here.
    latin: 'Broj',
    role: 'identifier',
    expected: 'account',
    make: (p) => (p.chance(0.9) ? [v.account(p), whole('account')] : [v.badAccount(p), NONE]),
  },
  { latin: 'IBAN', role: 'identifier', expected: 'iban', make: (p) => [v.iban(p), whole('iban')] },
  {
    latin: 'Uplatni račun',
    role: 'other',
    expected: null,
    make: (p) => [v.treasuryAccount(p), whole('account-treasury')],
  },
  {
    latin: 'Datum rođenja',
    cyrillic: 'Датум рођења',
    role: 'identifier',
    expected: 'birth-date',
    make: (p) => [v.birthDate(p), whole('birth-date')],
  },
  { latin: 'Datum rešenja', role: 'other', expected: null, make: (p) => [v.birthDate(p), NONE] },
  {
    latin: 'PIB',
    cyrillic: 'ПИБ',
    role: 'identifier',
    expected: 'pib',
    make: (p) => [v.pib(p), whole('pib')],
  },
  {
    // Negatives: 9-digit numbers, some passing the PIB checksum by chance, without context (§1.2).
    latin: 'Broj rešenja',
    role: 'other',
    expected: null,
    make: (p) => [p.chance(0.3) ? v.pib(p) : `${p.int(1, 9)}${v.digits(p, 8)}`, NONE],
  },
  {
    latin: 'Registarska oznaka',
    cyrillic: 'Регистарска ознака',
    role: 'identifier',
    expected: 'plate',
    make: (p) => [v.plate(p), whole('plate')],
  },
  {
    latin: 'Dobavljač',
    role: 'other',
    expected: null,
    make: (p) => [p.pick(v.ORGANISATIONS), NONE],
  },
  {
    latin: 'Iznos',
    role: 'other',
    expected: null,
    make: (p) => [p.int(1000, 90000) + p.int(0, 99) / 100, NONE],
  },
  {
    latin: 'Napomena',
    cyrillic: 'Напомена',
    role: 'free-text',
    expected: 'name',
    // Clerks paste bare identifiers into notes too (§5).
    make: (p) => (p.chance(0.05) ? [v.jmbg(p), whole('jmbg')] : sentence(p)),
  },
];

/** A register of `rows` rows; Cyrillic headers when `cyrillicHeaders`. */
export function generateLabeledRegister(
  seed: number,
  rows: number,
  cyrillicHeaders: boolean,
): LabeledRegister {
  const prng = new Prng(seed);
  const columns: LabeledColumn[] = COLUMNS.map((spec) => ({
    header: cyrillicHeaders && spec.cyrillic !== undefined ? spec.cyrillic : spec.latin,
    role: spec.role,
    expected: spec.expected,
    values: [],
    truth: [],
  }));
  for (let r = 0; r < rows; r++) {
    COLUMNS.forEach((spec, c) => {
      const column = columns[c] as LabeledColumn;
      if (spec.emptyShare !== undefined && prng.chance(spec.emptyShare)) {
        column.values.push(null);
        column.truth.push(NONE);
        return;
      }
      const [value, truth] = spec.make(prng, r);
      column.values.push(value);
      column.truth.push(truth);
    });
  }
  const infos: ColumnInfo[] = columns.map((col, i) => ({
    key: `c${i}`,
    name: col.header,
    type: col.values.every((x) => x === null || typeof x === 'number') ? 'integer' : 'text',
  }));
  const table: Table = {
    columns: infos,
    values: columns.map((c) => c.values),
    originals: columns.map(() => new Map()),
    rowCount: rows,
  };
  return { table, columns };
}
