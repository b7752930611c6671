/**
 * A synthetic social-assistance register of the City of Pančevo ("registar korisnika
 * jednokratne pomoći"): realistic in shape and mess (two scripts, surname-first names, phones in
 * every spelling, notes with line breaks), made of no real people. Rows are generated one after
 * another from a seeded PRNG, so the first N rows of a longer register equal a shorter one.
 */
import { civilFromDays, daysFromCivil, isoDate } from '../../../shared/table/calendar';
import { toCyrillic } from './cyrillic';
import { makeJmbg } from './jmbg';
import {
  CITY_STREETS,
  FEMALE_NAMES,
  MALE_NAMES,
  MULTILINE_NOTES,
  NOTES,
  SETTLEMENTS,
  SURNAMES,
  VILLAGE_STREETS,
} from './pancevo-data';
import { Prng } from './prng';

export const REGISTER_HEADERS = [
  'Redni broj',
  'Prezime i ime',
  'JMBG',
  'Adresa',
  'Naselje',
  'Telefon',
  'Iznos pomoći',
  'Datum rešenja',
  'Napomena',
] as const;

export interface RegisterRow {
  readonly redniBroj: number;
  readonly prezimeIme: string;
  /** 13 digits as text, checksum-valid; births on days 1–9 start with 0, as real ones do. */
  readonly jmbg: string;
  readonly adresa: string;
  readonly naselje: string;
  readonly telefon: string | null;
  /** Dinars, at most two decimals. */
  readonly iznos: number;
  /** ISO date `YYYY-MM-DD`. */
  readonly datumResenja: string;
  readonly napomena: string | null;
}

/** Registration area 86 is Pančevo; the rest of 80–89 are other Vojvodina areas (people who moved in). */
const REGIONS: readonly (readonly [number, number])[] = [
  [86, 75],
  [80, 5],
  [81, 2],
  [82, 3],
  [83, 2],
  [84, 2],
  [85, 5],
  [87, 3],
  [88, 2],
  [89, 1],
];

const BIRTH_FIRST = daysFromCivil(1940, 1, 1);
const BIRTH_LAST = daysFromCivil(2005, 12, 31);
const DECISION_FIRST = daysFromCivil(2022, 1, 1);
const DECISION_LAST = daysFromCivil(2024, 12, 31);

function personName(prng: Prng, female: boolean): string {
  const surnameEntry = prng.pick(SURNAMES);
  const surname = female ? surnameEntry.female : surnameEntry.male;
  const given = female ? prng.pick(FEMALE_NAMES) : prng.pick(MALE_NAMES);
  const style = prng.weighted<'latin' | 'cyrillic' | 'caps' | 'given-first' | 'parent'>([
    ['latin', 45],
    ['cyrillic', 30],
    ['caps', 10],
    ['given-first', 10],
    ['parent', 5],
  ]);
  switch (style) {
    case 'latin':
      return `${surname} ${given}`;
    case 'cyrillic':
      // Minority names stay Latin even in a Cyrillic register.
      return surnameEntry.serbian ? toCyrillic(`${surname} ${given}`) : `${surname} ${given}`;
    case 'caps':
      return `${surname} ${given}`.toUpperCase();
    case 'given-first':
      return `${given} ${surname}`;
    case 'parent':
      // "Prezime (ime roditelja) Ime", as registers write it (serbian-pii.md §2.2).
      return `${surname} (${prng.pick(MALE_NAMES)}) ${given}`;
  }
}

function jmbgFor(prng: Prng, female: boolean, taken: Set<string>): string {
  for (;;) {
    const { year, month, day } = civilFromDays(prng.int(BIRTH_FIRST, BIRTH_LAST));
    const region = prng.weighted(REGIONS);
    const serial = female ? prng.int(500, 999) : prng.int(0, 499);
    const jmbg = makeJmbg({ year, month, day, region, serial });
    if (jmbg !== null && !taken.has(jmbg)) {
      taken.add(jmbg);
      return jmbg;
    }
  }
}

function houseNumber(prng: Prng): string {
  const n = prng.int(1, 180);
  return prng.weighted<string>([
    [String(n), 60],
    [`${n}${prng.pick(['a', 'b', 'v'])}`, 10],
    [`${n}/${prng.int(1, 40)}`, 15],
    [`${n}-${n + 2}`, 5],
    [`br. ${n}`, 5],
    ['bb', 5],
  ]);
}

function address(prng: Prng, settlement: string): string {
  if (settlement === 'Pančevo') {
    const street = prng.pick(CITY_STREETS);
    const text = `${street} ${houseNumber(prng)}`;
    return prng.chance(0.1) ? `ul. ${text}` : text;
  }
  if (prng.chance(0.15)) return `${settlement} bb`;
  return `${prng.pick(VILLAGE_STREETS)} ${houseNumber(prng)}`;
}

function digits(prng: Prng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(prng.int(0, 9));
  return out;
}

function phone(prng: Prng): string | null {
  if (prng.chance(0.12)) return null;
  if (prng.chance(0.1)) return `013/${prng.int(300, 399)}-${digits(prng, 3)}`; // a landline in Pančevo
  const operator = prng.pick(['60', '61', '62', '63', '64', '65', '66', '69']);
  const a = digits(prng, 3);
  const b = digits(prng, 2);
  const c = digits(prng, 2);
  return prng.weighted<string>([
    [`0${operator}/${a}-${b}-${c}`, 30],
    [`0${operator} ${a}${b}${c}`, 20],
    [`0${operator}${a}${b}${c}`, 15],
    [`+381${operator}${a}${b}${c}`, 15],
    [`00381 ${operator} ${a} ${b}${c}`, 10],
    [`0${operator}/${a}${b[0] ?? ''}-${b[1] ?? ''}${c}`, 10],
  ]);
}

function amount(prng: Prng): number {
  const whole = prng.int(20, 1200) * 50;
  return prng.chance(0.2) ? whole + prng.int(1, 99) / 100 : whole;
}

function note(prng: Prng): string | null {
  const roll = prng.next();
  if (roll < 0.45) return null;
  if (roll < 0.85) return prng.pick(NOTES);
  return prng.pick(MULTILINE_NOTES);
}

export function generateRegisterRows(count: number, seed: number): RegisterRow[] {
  const prng = new Prng(seed);
  const taken = new Set<string>();
  const rows: RegisterRow[] = [];
  for (let i = 0; i < count; i++) {
    const female = prng.chance(0.55);
    const naselje = prng.weighted(SETTLEMENTS);
    const decision = civilFromDays(prng.int(DECISION_FIRST, DECISION_LAST));
    rows.push({
      redniBroj: i + 1,
      prezimeIme: personName(prng, female),
      jmbg: jmbgFor(prng, female, taken),
      adresa: address(prng, naselje),
      naselje,
      telefon: phone(prng),
      iznos: amount(prng),
      datumResenja: isoDate(decision.year, decision.month, decision.day),
      napomena: note(prng),
    });
  }
  return rows;
}
