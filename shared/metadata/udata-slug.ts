/**
 * The portal's own normalisation of slugs and tags (udata-api.md §5.4): awesome-slugify with
 * Unidecode, which transliterates Serbian Cyrillic *Russian-style* (ш→sh, ц→ts, ћ→tsh, џ→dzh),
 * not Serbian Latin. We reproduce it so the clerk sees the tag exactly as the portal will store
 * it, and so a tag that becomes shorter than 3 characters is caught before the portal refuses it.
 */

/** Unidecode's table for the Cyrillic letters we meet (Serbian, plus Russian for safety). */
const UNIDECODE_CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ё: 'io',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
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
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Latin letters that Unicode does not decompose into a base letter plus a mark. */
const UNIDECODE_LATIN: Readonly<Record<string, string>> = {
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
  œ: 'oe',
  þ: 'th',
};

/** Unidecode, restricted to what a Serbian office types; lowercases as the slugifier does next. */
export function unidecodeLower(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    const mapped = UNIDECODE_CYRILLIC[ch] ?? UNIDECODE_LATIN[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // č → c + ◌̌ → c: drop the combining marks of decomposable Latin letters.
    out += ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

/**
 * awesome-slugify with to_lower: transliterate, lowercase, delete apostrophes, split on every
 * run of characters outside [a-z0-9], join the words with '-'.
 */
export function udataSlug(text: string): string {
  const ascii = unidecodeLower(text).replace(/'/g, '');
  return ascii
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .join('-');
}

export const TAG_MIN_LENGTH = 3;
export const TAG_MAX_LENGTH = 96;

/** A tag as the portal stores it (udata-api.md §5.4: same rule as slugs). */
export function normalizeTag(tag: string): string {
  return udataSlug(tag);
}

/** What is wrong with a tag after the portal's normalisation, or null when it is accepted. */
export function tagProblem(tag: string): 'tooShort' | 'tooLong' | null {
  const normalized = normalizeTag(tag);
  if (normalized.length < TAG_MIN_LENGTH) return 'tooShort';
  if (normalized.length > TAG_MAX_LENGTH) return 'tooLong';
  return null;
}

/**
 * The tag list the portal ends with: a single comma-separated string is split first, each tag
 * normalised, then deduplicated and sorted (udata-api.md §5.1 `tags`). Invalid tags are dropped
 * here; validation reports them before anything is sent.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const parts = tags.length === 1 ? (tags[0] ?? '').split(',') : tags;
  const out = new Set<string>();
  for (const tag of parts) {
    if (tagProblem(tag) === null) out.add(normalizeTag(tag));
  }
  return [...out].sort();
}

/** Splits what the clerk typed into a tag box ("буџет, финансије") into separate tags. */
export function splitTagInput(input: string): string[] {
  return input
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' '))
    .filter((tag) => tag !== '');
}
