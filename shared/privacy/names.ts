/**
 * Person names in both scripts (serbian-pii.md §2.2): whole cells of a name column (`Petrović Petar`,
 * `PETROVIĆ PETAR`, `Petar Petrović`, `Petrović (Marko) Jelena`, `P. Petrović`, ASCII-ized
 * `Djordjevic`) and names inside sentences (`… podnela Jelena Petrović …`, case forms
 * `Petrovića`, `Marku`). The -ić suffix alone is never enough in text (§2.1): a pair needs a
 * dictionary given name, a dictionary surname with an initial or title, or a word that announces a
 * person (`korisnik`, `podnela`, `vlasnik`) before two capitalised words, which also catches
 * Hungarian, Slovak and Romanian names the dictionary lacks. An entrepreneur's firm (`… PR`) is a
 * person too.
 */
import { foldKey } from './fold-key';
import { GIVEN_NAME_KEYS, SURNAME_KEYS } from './name-dictionary';
import type { Span } from './types';

const WORD = /\p{L}[\p{L}'’-]*\.?/gu;
// Organisation markers (§2.2): a cell naming a firm, school or association is not a person.
const ORG = new Set([
  'doo',
  'd.o.o',
  'd.o.o.',
  'ad',
  'a.d.',
  'jp',
  'jkp',
  'pu',
  'os',
  'oš',
  'udruzenje',
  'ug',
  'kud',
  'szr',
  'str',
  'skola',
  'dom',
  'centar',
  'ustanova',
  'savez',
  'klub',
  'fond',
  'zavod',
  'sud',
  'grad',
  'opstina',
  'gradska',
  'uprava',
  'ministarstvo',
  'banka',
  'agencija',
  'drustvo',
  'zadruga',
  'fakultet',
  'bolnica',
  'apoteka',
  'crkva',
  'vrtic',
  'biblioteka',
  'muzej',
  'pozoriste',
  'sekretarijat',
]);
// Entrepreneur markers: still a person (§2.2), so they are skipped, not refused.
const ENTREPRENEUR = new Set(['pr', 'preduzetnik', 'preduzetnica']);
// Words after which a capitalised name belongs to an institution or a street (`OŠ Jovan Jovanović
// Zmaj`, `ulica Svetozara Miletića`), not to a person.
const NOT_A_PERSON_AFTER = new Set([
  'ulica',
  'ulici',
  'ulicu',
  'ul.',
  'ul',
  'trg',
  'trgu',
  'bulevar',
  'skola',
  'skole',
  'skoli',
  'os',
  'sos',
  'gimnazija',
  'gimnazije',
]);
const LEGAL_FORM = /(?<![\p{L}])(?:d\.\s?o\.\s?o|a\.\s?d|doo)\.?(?![\p{L}])/iu;
// Words that announce a person in administrative prose (`korisnik`, `podnela`, `vlasnik`, `uručeno`):
// two capitalised words after one of them are a name even when the dictionary does not know them.
const PERSON_TRIGGERS = new Set([
  'korisnik',
  'korisnika',
  'korisniku',
  'korisnica',
  'korisnice',
  'podnosilac',
  'podnosioca',
  'podnosiocu',
  'podnositeljka',
  'podneo',
  'podnela',
  'vlasnik',
  'vlasnika',
  'vlasnica',
  'dala',
  'dao',
  'od',
  'uruceno',
  'urucena',
  'urucen',
  'kontakt',
  'imenovani',
  'imenovana',
  'gradjanin',
  'gradjanka',
  'roditelj',
  'majka',
  'otac',
  'supruga',
  'suprug',
  'zakupac',
  'investitor',
  'primalac',
  'primaocu',
  'stanar',
  'pacijent',
  'ucenik',
  'ucenica',
  'zaposleni',
  'zaposlena',
]);
const TITLES = new Set([
  'g.',
  'gdin',
  'gdin.',
  'g-din',
  'gospodin',
  'gospodina',
  'gospodinu',
  'gđa',
  'gdja',
  'gdja.',
  'gospodja',
  'gospođa',
  'gospođe',
  'gospodje',
  'gospođi',
  'gospodji',
  'dr',
  'dr.',
]);

const TWO_CAPITALS = /\p{Lu}[\p{L}.'’-]*[:,]?[ ]{1,2}\p{Lu}/u;
const TITLE_BEFORE_CAPITAL = /(?<!\p{L})(?:g|gdin|g-din|gospo\p{L}*|gđa|gdja|dr)\.?\s+\p{Lu}/iu;
const SURNAME_SUFFIX = /(?:ic|ski|ska|ová|ova|ovski|ovska)$/;
const IC_CASE = /ic(?:a|u|em|e|i|ima)?$/;
const GIVEN_ENDINGS = ['', 'a', 'u', 'om', 'em', 'e', 'i', 'oj', 'ov', 'ovim', 'in', 'ina'];
const GIVEN_RESTORE = ['', 'a', 'o', 'e'];

const isCapitalized = (word: string): boolean => /^\p{Lu}/u.test(word);

function isGivenKey(key: string): boolean {
  return GIVEN_NAME_KEYS.has(key);
}

/** A given name in any case form: `Marka`, `Jeleni`, `Milanom` → the dictionary's nominative. */
function isGivenInflected(key: string): boolean {
  if (GIVEN_NAME_KEYS.has(key)) return true;
  for (const ending of GIVEN_ENDINGS) {
    if (ending === '' || !key.endsWith(ending) || key.length - ending.length < 2) continue;
    const stem = key.slice(0, key.length - ending.length);
    for (const restore of GIVEN_RESTORE) if (GIVEN_NAME_KEYS.has(stem + restore)) return true;
  }
  return false;
}

function isSurnameKey(key: string): boolean {
  return SURNAME_KEYS.has(key);
}

/** A surname in any case form: dictionary (also stem + case ending) or the -ić family. */
function isSurnameInflected(key: string): boolean {
  if (SURNAME_KEYS.has(key)) return true;
  if (key.length >= 5 && IC_CASE.test(key)) return true;
  for (const ending of ['a', 'u', 'om', 'em', 'e']) {
    if (key.endsWith(ending) && SURNAME_KEYS.has(key.slice(0, -ending.length))) return true;
  }
  return false;
}

interface Token {
  readonly text: string;
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    // A sentence-ending dot is not part of a name; initials and short abbreviations keep theirs (`P.`, `ul.`, `g.`).
    const word =
      m[0].endsWith('.') && !/^\p{Lu}\.$/u.test(m[0]) && /\p{L}{3}\.$/u.test(m[0])
        ? m[0].slice(0, -1)
        : m[0];
    out.push({
      text: word,
      key: foldKey(word.replace(/\.$/, '')),
      start: m.index,
      end: m.index + word.length,
    });
  }
  return out;
}

const isInitial = (t: Token): boolean => /^\p{Lu}\.$/u.test(t.text);

/**
 * True when a whole cell is a person's name. `nameColumn`: the header says name (Ime, Prezime,
 * Ime i prezime, Korisnik …), so one known or surname-like capitalised word is enough; without it
 * the cell needs a given name and a surname.
 */
export function isPersonNameCell(text: string, nameColumn: boolean): boolean {
  const trimmed = text.replace(/\([^)]*\)/g, ' ').trim();
  if (trimmed === '' || /\d|@/.test(trimmed)) return false;
  if (isEntrepreneur(trimmed)) return true;
  const words = tokens(trimmed).filter((t) => !ENTREPRENEUR.has(t.key));
  if (words.length === 0 || words.length > 4) return false;
  if (
    LEGAL_FORM.test(trimmed) ||
    words.some((t) => ORG.has(t.key) || ORG.has(t.text.toLowerCase()))
  ) {
    return false;
  }
  if (!words.every((t) => isCapitalized(t.text))) return false;
  const full = words.filter((t) => !isInitial(t));
  if (full.length === 0) return false;
  if (nameColumn) {
    // The header vouches: two to four capitalised words are a name even when the dictionary does
    // not know them (Hungarian, Slovak, Romanian names, §2.1); one word needs the dictionary.
    if (full.length >= 2) return true;
    return full.some((t) => isGivenKey(t.key) || isSurnameKey(t.key) || SURNAME_SUFFIX.test(t.key));
  }
  if (words.length < 2) return false;
  const given = full.findIndex((t) => isGivenKey(t.key));
  const surname = full.findIndex(
    (t, i) => i !== given && (isSurnameKey(t.key) || (t.key.length >= 5 && t.key.endsWith('ic'))),
  );
  if (given >= 0 && surname >= 0) return true;
  // `P. Petrović`, `Petrović P.`: an initial with a dictionary surname.
  return words.some(isInitial) && full.length === 1 && isSurnameKey((full[0] as Token).key);
}

/**
 * `Petar Petrović PR Frizerski salon`, `SZR Petrović PR`: an entrepreneur's firm carries the
 * owner's name and is personal data (serbian-pii.md §1.2, §2.2, §6).
 */
function isEntrepreneur(text: string): boolean {
  const all = tokens(text);
  const marker = all.findIndex(
    (t) => (t.key === 'pr' && t.text === 'PR') || t.key.startsWith('preduzetni'),
  );
  if (marker < 1) return false;
  const owner = all.slice(0, marker).filter((t) => !ORG.has(t.key));
  if (owner.length === 0 || owner.length > 3 || !owner.every((t) => isCapitalized(t.text)))
    return false;
  const known = (t: Token): boolean =>
    isSurnameKey(t.key) || (t.key.length >= 5 && t.key.endsWith('ic'));
  return owner.length === 1
    ? isSurnameKey((owner[0] as Token).key)
    : owner.some((t) => isGivenKey(t.key)) && owner.some(known);
}

/** Names inside free text, as spans over the original string. */
export function findNamesInText(text: string): Span[] {
  const spans: Span[] = [];
  // Every rule below needs two adjacent capitalised words, or a title before one.
  if (!TWO_CAPITALS.test(text) && !TITLE_BEFORE_CAPITAL.test(text)) return spans;
  const list = tokens(text);
  let i = 0;
  while (i < list.length) {
    const a = list[i] as Token;
    const b = list[i + 1];
    const adjacent = b !== undefined && /^[ ]{1,2}$/.test(text.slice(a.end, b.start));
    const before = list[i - 1];
    if (before !== undefined && (ORG.has(before.key) || NOT_A_PERSON_AFTER.has(before.key))) {
      // Skip the whole capitalised run: the institution's or street's name.
      while (i < list.length && isCapitalized((list[i] as Token).text)) i++;
      if (list[i] === a) i++;
      continue;
    }
    if (b !== undefined && adjacent && isCapitalized(a.text) && isCapitalized(b.text)) {
      const pair =
        (isGivenInflected(a.key) && isSurnameInflected(b.key)) ||
        (isSurnameInflected(a.key) && isGivenInflected(b.key)) ||
        (isInitial(a) && isSurnameKey(b.key)) ||
        (isSurnameKey(a.key) && isInitial(b));
      if (pair) {
        // A third word of the same name: `Petrović Marko Jovan`, `Jelena Petrović Nikolić`.
        const c = list[i + 2];
        const third =
          c !== undefined &&
          /^[ ]{1,2}$/.test(text.slice(b.end, c.start)) &&
          isCapitalized(c.text) &&
          (isGivenInflected(c.key) || isSurnameInflected(c.key));
        const end = third ? (c as Token).end : b.end;
        spans.push({ kind: 'name', start: a.start, end, basis: 'dictionary' });
        i += third ? 3 : 2;
        continue;
      }
    }
    // A trigger word before two capitalised words (`korisnik Szalai Ildikó`, `podneo Ondrej Hrivnák`).
    const c = list[i + 2];
    if (
      b !== undefined &&
      c !== undefined &&
      /^[:,]?[ ]{1,2}$/.test(text.slice(a.end, b.start)) &&
      PERSON_TRIGGERS.has(a.key) &&
      /^[ ]{1,2}$/.test(text.slice(b.end, c.start)) &&
      isCapitalized(b.text) &&
      isCapitalized(c.text) &&
      !isInitial(b) &&
      !ORG.has(b.key) &&
      !ORG.has(c.key) &&
      !NOT_A_PERSON_AFTER.has(b.key) &&
      !/^\p{Lu}+$/u.test(b.text.slice(0, 3)) === !/^\p{Lu}+$/u.test(c.text.slice(0, 3))
    ) {
      spans.push({ kind: 'name', start: b.start, end: c.end, basis: 'dictionary' });
      i += 3;
      continue;
    }
    // A title before a dictionary surname: `gospodin Petrović`, `gđa Jovanović`.
    if (
      b !== undefined &&
      adjacent &&
      TITLES.has(a.text.toLowerCase()) &&
      isCapitalized(b.text) &&
      isSurnameInflected(b.key)
    ) {
      spans.push({ kind: 'name', start: b.start, end: b.end, basis: 'dictionary' });
      i += 2;
      continue;
    }
    i++;
  }
  return spans;
}
