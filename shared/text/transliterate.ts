/**
 * Serbian Cyrillic → Latin (Gaj's alphabet), serbian-pii.md §3.1. Pure and general: titles and
 * descriptions now, column names and cells in a later issue. Deterministic except for the case
 * of the digraphs Lj, Nj, Dž: all-caps words get LJ/NJ/DŽ (ЉУБА → LJUBA), otherwise Lj
 * (Љубљана → Ljubljana). Characters that are not Serbian Cyrillic pass through unchanged, so
 * Latin text, digits, URLs and codes are never damaged.
 */

const LOWER: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'đ',
  е: 'e',
  ж: 'ž',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'ć',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'č',
  џ: 'dž',
  ш: 'š',
};

const UPPER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LOWER).map(([cyr, lat]) => [cyr.toUpperCase(), lat.toUpperCase()]),
);

/** Title-case forms of the three digraph letters (used unless the word is in capitals). */
const DIGRAPH_TITLE: Readonly<Record<string, string>> = { Љ: 'Lj', Њ: 'Nj', Џ: 'Dž' };

const SERBIAN_CYRILLIC =
  /[\u0402\u0408-\u040B\u040F\u0410-\u0418\u041A-\u0428\u0430-\u0438\u043A-\u0448\u0452\u0458-\u045B\u045F]/u;

const isLetter = (ch: string | undefined): ch is string => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined): boolean =>
  isLetter(ch) && ch === ch.toUpperCase() && ch !== ch.toLowerCase();

/** True when the text holds at least one Serbian Cyrillic letter. */
export function hasSerbianCyrillic(text: string): boolean {
  return SERBIAN_CYRILLIC.test(text);
}

/**
 * Uppercase digraph letter: LJ when the next letter is a capital (ЉУБА), or when it ends a word
 * whose previous letter is a capital (ПЉ, an all-caps word); Lj otherwise (Љубљана, a lone Љ).
 */
function upperDigraph(chars: readonly string[], index: number, title: string): string {
  const next = chars[index + 1];
  if (isLetter(next)) return isUpper(next) ? title.toUpperCase() : title;
  return isUpper(chars[index - 1]) ? title.toUpperCase() : title;
}

/** Serbian Cyrillic → Serbian Latin. NFC first, so a composed letter and its parts agree. */
export function cyrillicToLatin(text: string): string {
  // Array.from walks code points, so astral characters (emoji) stay whole.
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const title = DIGRAPH_TITLE[ch];
    if (title !== undefined) {
      out += upperDigraph(chars, i, title);
      continue;
    }
    out += LOWER[ch] ?? UPPER[ch] ?? ch;
  }
  return out;
}
