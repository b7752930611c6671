/**
 * A first draft of the column dictionary from the table itself: the clerk corrects it rather
 * than starting from nothing. Guesses are made only when the evidence is strong (a unit from an
 * explicit marker or an unambiguous money word; allowed values only for small sets that repeat),
 * because a wrong unit in published documentation is worse than none.
 */
import type { CellValue, ColumnType, Table } from '../table/types';
import { METADATA_LIMITS } from './limits';
import type { ColumnDescription, DictionaryType } from './types';

const TYPE_MAP: Readonly<Record<ColumnType, DictionaryType>> = {
  text: 'string',
  integer: 'integer',
  decimal: 'number',
  date: 'date',
  datetime: 'datetime',
  boolean: 'boolean',
  empty: 'string',
};

/** `datum_resenja` / `DATUM REŠENJA` / `  Datum   rešenja ` → `Datum rešenja`. */
export function labelFromName(name: string): string {
  const spaced = name.replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (spaced === '') return name;
  const letters = spaced.replace(/[^\p{L}]/gu, '');
  // All-caps words are shouting; a single all-caps word is an acronym (JMBG, PIB) and stays.
  const shouting = spaced.includes(' ') && letters.length > 3 && letters === letters.toUpperCase();
  const base = shouting ? spaced.toLowerCase() : spaced;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** Header words, folded to plain Latin so both scripts and both spellings match. */
function foldedWords(name: string): string[] {
  const folded = name
    .toLowerCase()
    .replace(/[čć]/g, 'c')
    .replace(/š/g, 's')
    .replace(/ž/g, 'z')
    .replace(/đ/g, 'dj');
  return folded.split(/[^\p{L}\p{N}%²€$]+/u).filter((w) => w !== '');
}

const CURRENCY_MARKERS: readonly (readonly [RegExp, string])[] = [
  [/^(rsd|din|dinara|dinar|дин|динара|динар)$/u, 'RSD'],
  [/^(eur|evra|euro|€|евра)$/u, 'EUR'],
];
/** Money words that in a Serbian city's table mean dinars unless another currency is named. */
const MONEY_WORDS = /^(iznos|износ|cena|цена|amount|budzet|буџет|plata|плата|naknada|накнада)$/u;

/**
 * A unit only when the header says so: an explicit marker (`Iznos (RSD)`, `Površina m2`,
 * `Udeo %`), or a money word (`Iznos pomoći`) in a numeric column. Otherwise empty.
 */
export function guessUnit(name: string, type: DictionaryType): string {
  if (type !== 'integer' && type !== 'number') return '';
  const words = foldedWords(name);
  for (const word of words) {
    for (const [pattern, unit] of CURRENCY_MARKERS) if (pattern.test(word)) return unit;
  }
  if (words.includes('%') || words.some((w) => /^(procenat|procenti|проценат|percent)$/u.test(w))) {
    return '%';
  }
  if (words.some((w) => /^(m2|м2|m²)$/u.test(w))) return 'm²';
  if (words.some((w) => /^(km|км)$/u.test(w))) return 'km';
  if (words.some((w) => MONEY_WORDS.test(w))) return 'RSD';
  return '';
}

/** The most values a set may have and still count as "a closed list". */
const SMALL_SET = 15;
/** Each value must appear about this often on average: a list, not a column of unique entries. */
const MIN_REPEATS = 3;

function cellText(value: CellValue): string | null {
  if (value === null) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/**
 * The distinct values of a text or boolean column when they form a small, repeating set (a
 * settlement, a status), sorted for Serbian readers; empty otherwise. Unique values such as names
 * or JMBGs never qualify, so no personal data is copied into the documentation this way.
 */
export function allowedValuesOf(values: readonly CellValue[], type: DictionaryType): string[] {
  if (type !== 'string' && type !== 'boolean') return [];
  // Free text that happens to repeat (a few stock notes) is still free text.
  if (values.some((v) => typeof v === 'string' && /[\r\n]/.test(v))) return [];
  const distinct = new Set<string>();
  let filled = 0;
  for (const value of values) {
    const text = cellText(value);
    if (text === null) continue;
    filled += 1;
    distinct.add(text);
    if (distinct.size > SMALL_SET) return [];
  }
  if (distinct.size < 2 || filled < distinct.size * MIN_REPEATS) return [];
  if ([...distinct].some((v) => v.length > 100)) return [];
  return [...distinct]
    .sort(new Intl.Collator('sr').compare)
    .slice(0, METADATA_LIMITS.allowedValuesMax);
}

/** Headers of free-text columns: notes and remarks are never a closed list, whatever repeats. */
const FREE_TEXT_HEADERS =
  /^(napomena|napomene|напомена|напомене|opis|опис|komentar|коментар|note|notes|comment|remarks)$/u;

export function draftColumn(
  name: string,
  type: ColumnType,
  values: readonly CellValue[],
): ColumnDescription {
  const dictType = TYPE_MAP[type];
  const freeText = foldedWords(name).some((word) => FREE_TEXT_HEADERS.test(word));
  return {
    name,
    label: labelFromName(name),
    description: '',
    type: dictType,
    unit: guessUnit(name, dictType),
    allowedValues: freeText ? [] : allowedValuesOf(values, dictType),
  };
}

export function draftDictionary(table: Table): ColumnDescription[] {
  return table.columns.map((column, index) =>
    draftColumn(column.name, column.type, table.values[index] ?? []),
  );
}

/**
 * The dictionary for the table as it is now: columns in the table's order; what the clerk wrote
 * for a column is kept (matched by name); new columns get a draft; the type always follows the
 * table, since the published CSV follows it.
 */
export function reconcileDictionary(
  existing: readonly ColumnDescription[],
  table: Table,
): ColumnDescription[] {
  const byName = new Map(existing.map((entry) => [entry.name, entry]));
  return table.columns.map((column, index) => {
    const kept = byName.get(column.name);
    const draft = draftColumn(column.name, column.type, table.values[index] ?? []);
    return kept === undefined ? draft : { ...kept, type: draft.type };
  });
}
