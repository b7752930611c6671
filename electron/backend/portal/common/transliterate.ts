/**
 * ASCII transliteration as udata does it: awesome-slugify's default translator is Unidecode, which
 * turns Serbian Cyrillic into Russian-style digraphs (ш→sh, ц→ts, х→kh, ћ→tsh), not Serbian Latin
 * (udata-api.md §5.4, table reproduced from Unidecode 0.4.21). Shared by the training portal (to
 * behave like the server) and the client (to predict the name the server will keep).
 */

// Lowercase Cyrillic → Unidecode output. Uppercase letters are lowercased first: every caller
// lowercases the result anyway (slugs, tags, file names).
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ж: 'zh',
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
  ћ: 'tsh',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  џ: 'dzh',
  ш: 'sh',
  // Russian/Macedonian letters a clerk may paste from elsewhere.
  ё: 'io',
  й: 'i',
  щ: 'shch',
  ъ: "'",
  ы: 'y',
  ь: "'",
  э: 'e',
  ю: 'iu',
  я: 'ia',
  ѓ: 'g',
  ќ: 'kj',
  ѕ: 'dz',
  і: 'i',
  ї: 'i',
  є: 'ie',
};

// Latin letters without a canonical decomposition (NFD would leave them untouched).
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  þ: 'th',
  ð: 'd',
  ı: 'i',
  '–': '-',
  '—': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lowercased ASCII rendering of `text`; characters Unidecode has no mapping for are dropped. */
export function transliterateLower(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) {
    const mapped = CYRILLIC[char] ?? LATIN_SPECIAL[char];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const stripped = char.normalize('NFD').replace(COMBINING_MARKS, '');
    // Anything still non-ASCII is unknown to us: drop it (it is a separator in every caller).
    out += /^[\x20-\x7e]*$/.test(stripped) ? stripped : ' ';
  }
  return out;
}
