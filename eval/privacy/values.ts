/**
 * Labeled value makers for the privacy evaluation (serbian-pii.md §6 test-corpus recipe). Reuses the
 * sample generator's seeded PRNG, JMBG maker, transliteration and Pančevo word lists; identifiers
 * are synthetic (never a real person's), public ones are the published examples of §6.
 */
import { civilFromDays, daysFromCivil } from '../../shared/table/calendar';
import { mod97 } from '../../shared/privacy/mod97';
import { toCyrillic } from '../../electron/backend/sample/cyrillic';
import { makeJmbg } from '../../electron/backend/sample/jmbg';
import {
  CITY_STREETS,
  FEMALE_NAMES,
  MALE_NAMES,
  SETTLEMENTS,
  SURNAMES,
  VILLAGE_STREETS,
} from '../../electron/backend/sample/pancevo-data';
import type { Prng } from '../../electron/backend/sample/prng';

export const digits = (prng: Prng, count: number): string => {
  let out = '';
  for (let i = 0; i < count; i++) out += String(prng.int(0, 9));
  return out;
};

/** Any region 00–99 (§1.1: region is not a validity criterion), 86 most often. */
export function jmbg(prng: Prng): string {
  for (;;) {
    const { year, month, day } = civilFromDays(
      prng.int(daysFromCivil(1930, 1, 1), daysFromCivil(2020, 12, 31)),
    );
    const region = prng.chance(0.6) ? 86 : prng.int(0, 99);
    const value = makeJmbg({ year, month, day, region, serial: prng.int(0, 999) });
    if (value !== null) return value;
  }
}

/** A single-digit substitution of a valid JMBG: invalid under the checksum (§1.1 property). */
export function mutatedJmbg(prng: Prng): string {
  const valid = jmbg(prng);
  const i = prng.int(0, 12);
  const old = Number(valid[i]);
  const next = (old + prng.int(1, 9)) % 10;
  return valid.slice(0, i) + String(next) + valid.slice(i + 1);
}

const BANKS = [
  '105',
  '115',
  '155',
  '160',
  '165',
  '170',
  '200',
  '205',
  '220',
  '250',
  '265',
  '325',
  '340',
];

function account18(bank: string, body13: string): string {
  const first16 = bank + body13;
  return first16 + String(98 - mod97(`${first16}00`)).padStart(2, '0');
}

/** A personal account in one of the written forms of §1.4. */
export function account(prng: Prng, bank = prng.pick(BANKS)): string {
  const body = String(prng.int(1, 9_999_999_999)).padStart(13, '0');
  const full = account18(bank, body);
  return formatAccount(prng, full);
}

export function formatAccount(prng: Prng, full: string): string {
  const style = prng.int(0, 2);
  if (style === 0) return full;
  if (style === 1) return `${full.slice(0, 3)}-${full.slice(3, 16)}-${full.slice(16)}`;
  return `${full.slice(0, 3)}-${full.slice(3, 16).replace(/^0+/, '')}-${full.slice(16)}`;
}

export const treasuryAccount = (prng: Prng): string =>
  prng.chance(0.3) ? prng.pick(['840-30413845-91', '840-711111843-52']) : account(prng, '840');

/** An 18-digit string or dashed account with a wrong check pair. */
export function badAccount(prng: Prng): string {
  const full = account18(prng.pick(BANKS), digits(prng, 13));
  const wrong = (Number(full.slice(16)) + prng.int(1, 90)) % 100;
  return formatAccount(prng, full.slice(0, 16) + String(wrong).padStart(2, '0'));
}

export function iban(prng: Prng): string {
  const full = account18(prng.pick(BANKS), String(prng.int(1, 9_999_999_999)).padStart(13, '0'));
  const compact = `RS35${full}`;
  return prng.chance(0.5) ? compact : compact.replace(/(.{4})/g, '$1 ').trim();
}

const OPERATORS = ['60', '61', '62', '63', '64', '65', '66', '69', '677'];

/** A mobile in one of the spellings of §1.9. */
export function mobile(prng: Prng): string {
  const op = prng.pick(OPERATORS);
  const a = digits(prng, 3);
  const b = digits(prng, 2);
  const c = digits(prng, 2);
  return prng.pick([
    `0${op}/${a}-${b}-${c}`,
    `0${op} ${a}${b}${c}`,
    `0${op}${a}${b}${c}`,
    `+381${op}${a}${b}${c}`,
    `+381 ${op} ${a} ${b}${c}`,
    `00381 ${op} ${a} ${b}${c}`,
    `0${op}/${a}${b[0] ?? ''}-${b[1] ?? ''}${c}`,
    `0${op}-${a}-${b}${c}`,
  ]);
}

export function landline(prng: Prng): string {
  const area = prng.pick(['13', '13', '13', '11', '21', '23']);
  const n = `${prng.int(2, 9)}${digits(prng, 5)}`;
  return prng.pick([
    `0${area}/${n.slice(0, 3)}-${n.slice(3)}`,
    `(0${area}) ${n.slice(0, 3)}-${n.slice(3)}`,
    `+381 ${area} ${n}`,
  ]);
}

/** Pančevo's public switchboards (§1.9, §6), which must stay. */
export const institutionalPhone = (prng: Prng): string =>
  prng.pick([
    '013 308 830',
    '+381 13 308 830',
    '013/344-366',
    '(013) 351-200',
    '+381 (0)13 308-830',
  ]);

const DOMAINS = [
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'eunet.rs',
  'open.telekom.rs',
  'pancevo.rs',
  'sbb.rs',
];

export function ascii(text: string): string {
  return text
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'dj' : 'Dj'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

export function email(prng: Prng, given: string, surname: string): string {
  const local = ascii(`${given}.${surname}`)
    .toLowerCase()
    .replace(/[^a-z.]/g, '');
  const domain = prng.pick(DOMAINS);
  const [host, ...rest] = domain.split('.');
  return prng.weighted<string>([
    [`${local}@${domain}`, 60],
    [`${local}${prng.int(1, 99)}@${domain}`, 15],
    [`${local} [at] ${host} [dot] ${rest.join(' [dot] ')}`, 10],
    [`${local}(at)${domain}`, 10],
    [`${local} @ ${domain}`, 5],
  ]);
}

export const institutionalEmail = (prng: Prng): string =>
  prng.pick([
    'grad@pancevo.rs',
    'info@pancevo.rs',
    'pisarnica@pancevo.rs',
    'kontakt@pancevo.rs',
    'gradonacelnik@pancevo.rs',
  ]);

const PLATE_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVZ';
const CYR_PLATE: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'Б',
  E: 'Е',
  K: 'К',
  M: 'М',
  O: 'О',
  T: 'Т',
  C: 'Ц',
  P: 'П',
};

export function plate(prng: Prng): string {
  const serial = `${prng.pick(PLATE_LETTERS.split(''))}${prng.pick(PLATE_LETTERS.split(''))}`;
  const num = digits(prng, prng.chance(0.7) ? 3 : 4);
  if (prng.chance(0.25)) {
    const cyr = prng
      .pick(['AB', 'KM', 'TO', 'MA', 'EK'])
      .split('')
      .map((c) => CYR_PLATE[c] ?? c)
      .join('');
    return `ПА ${num}-${cyr}`;
  }
  return prng.pick([
    `PA ${num}-${serial}`,
    `PA-${num}-${serial}`,
    `PA${num}${serial}`,
    `${prng.pick(['BG', 'NS', 'VŠ', 'KO'])} ${num}-${serial}`,
  ]);
}

export interface PersonName {
  readonly given: string;
  readonly surname: string;
  /** The surname is not in the shipped dictionary (measures generalisation). */
  readonly outOfDictionary: boolean;
  /** Minority names stay Latin in Cyrillic registers, as in the sample generator. */
  readonly latinOnly: boolean;
}

// Stems for made-up surnames (not in the dictionary): checks that the -ić rule and the name column carry them.
const STEMS = [
  'Brk',
  'Vrbaš',
  'Zec',
  'Grbav',
  'Mrkal',
  'Čakar',
  'Kužet',
  'Pejčin',
  'Lalin',
  'Rakoc',
  'Trbul',
  'Šljiv',
  'Dobrej',
  'Kolar',
];

// Minority full names whose given name may be missing from the dictionary (§2.1: the detector must
// not rely on -ić); measured with the out-of-dictionary share.
const MINORITY: readonly (readonly [string, string])[] = [
  ['Ildikó', 'Szalai'],
  ['Ondrej', 'Hrivnák'],
  ['Mihaela', 'Dragomir'],
  ['Gabriela', 'Lazăr'],
  ['Zoltán', 'Kiss'],
  ['Jana', 'Chrenková'],
  ['Goce', 'Stojanovski'],
  ['Viorel', 'Bălan'],
];

export function person(prng: Prng): PersonName {
  if (prng.chance(0.05)) {
    const [given, surname] = prng.pick(MINORITY);
    return { given, surname, outOfDictionary: true, latinOnly: true };
  }
  const female = prng.chance(0.55);
  const given = female ? prng.pick(FEMALE_NAMES) : prng.pick(MALE_NAMES);
  if (prng.chance(0.15)) {
    return {
      given,
      surname: `${prng.pick(STEMS)}${prng.pick(['ović', 'ević', 'ić'])}`,
      outOfDictionary: true,
      latinOnly: false,
    };
  }
  const entry = prng.pick(SURNAMES);
  return {
    given,
    surname: female ? entry.female : entry.male,
    outOfDictionary: false,
    latinOnly: !entry.serbian,
  };
}

/** A name as registers write it (§2.2, §6): surname first, caps, Cyrillic, ASCII-ized, parent's name. */
export function nameCell(prng: Prng, p: PersonName): string {
  const style = prng.weighted<string>([
    ['surname-first', 35],
    ['given-first', 15],
    ['cyrillic', 25],
    ['caps', 10],
    ['ascii', 8],
    ['parent', 5],
    ['initial', 2],
    ['hyphen', 2],
    ['mixed-script', 2],
  ]);
  switch (style) {
    case 'given-first':
      return `${p.given} ${p.surname}`;
    case 'cyrillic':
      return p.latinOnly ? `${p.surname} ${p.given}` : toCyrillic(`${p.surname} ${p.given}`);
    case 'caps':
      return `${p.surname} ${p.given}`.toUpperCase();
    case 'ascii':
      return ascii(`${p.surname} ${p.given}`);
    case 'parent':
      return `${p.surname} (${prng.pick(MALE_NAMES)}) ${p.given}`;
    case 'hyphen':
      return `${p.surname}-${prng.pick(SURNAMES).male} ${p.given}`;
    case 'mixed-script':
      // A keyboard-layout slip (§3.1, §6): the first letter in Cyrillic.
      return p.latinOnly
        ? `${p.surname} ${p.given}`
        : `${toCyrillic(p.surname.slice(0, 1))}${p.surname.slice(1)} ${p.given}`;
    case 'initial':
      return `${p.given[0] ?? 'A'}. ${p.surname}`;
    default:
      return `${p.surname} ${p.given}`;
  }
}

export function settlement(prng: Prng): string {
  return prng.weighted(SETTLEMENTS);
}

export function address(prng: Prng, place: string): string {
  const n = prng.int(1, 180);
  const num = prng.weighted<string>([
    [String(n), 55],
    [`${n}${prng.pick(['a', 'b', 'v'])}`, 10],
    [`${n}/${prng.int(1, 40)}`, 15],
    [`${n}-${n + 2}`, 5],
    [`br. ${n}`, 5],
    ['bb', 10],
  ]);
  const street = place === 'Pančevo' ? prng.pick(CITY_STREETS) : prng.pick(VILLAGE_STREETS);
  const text =
    prng.chance(0.1) && place !== 'Pančevo'
      ? `${place} bb`
      : `${prng.chance(0.15) ? 'ul. ' : ''}${street} ${num}`;
  return prng.chance(0.2) ? toCyrillic(text) : text;
}

export function birthDate(prng: Prng): string {
  const { year, month, day } = civilFromDays(
    prng.int(daysFromCivil(1935, 1, 1), daysFromCivil(2010, 12, 31)),
  );
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return prng.pick([
    `${dd}.${mm}.${year}.`,
    `${day}.${month}.${year}`,
    `${year}-${mm}-${dd}`,
    `${dd}. ${mm}. ${year}.`,
  ]);
}

/** A 9-digit PIB with a valid ISO 7064 MOD 11,10 check digit (§1.2). */
export function pib(prng: Prng): string {
  const first8 = `1${digits(prng, 7)}`;
  let p = 10;
  for (const ch of first8) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  return first8 + String((11 - p) % 10);
}

export const ORGANISATIONS = [
  'JKP Higijena',
  'Gradska uprava grada Pančeva',
  'Dom zdravlja Pančevo',
  'OŠ Jovan Jovanović Zmaj',
  'Udruženje penzionera Starčevo',
  'Kovačević gradnja d.o.o.',
  'KUD Tamiš',
  'JP Urbanizam',
  'Narodna biblioteka Pančevo',
];
