/**
 * udata's normalisation of slugs, tags and uploaded file names (udata-api.md §5.4):
 * transliterate → lowercase → delete `'` → split on every run of characters outside [a-z0-9]
 * (plus `.` for file names) → join with `-`.
 */
// One implementation of udata's transliteration for the form (shared) and the portal: they must agree.
import { unidecodeLower } from '../../../../shared/metadata/udata-slug';

export const SLUG_MAX_LENGTH = 255;

function words(text: string, keepDots: boolean): string[] {
  const ascii = unidecodeLower(text).replace(/'/g, '');
  const separator = keepDots ? /[^a-z0-9.]+/ : /[^a-z0-9]+/;
  return ascii.split(separator).filter((word) => word.length > 0);
}

/** A slug of at most `maxLength` characters: words that do not fit are dropped, then truncated. */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  let slug = '';
  for (const word of words(text, false)) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  if (slug === '') slug = (words(text, false)[0] ?? '').slice(0, maxLength);
  return slug;
}

/** The name the server keeps for an uploaded file: same rule, dots kept (`podaci (1).csv` → `podaci-1-.csv`). */
export function normalizeFileName(name: string): string {
  return words(name, true).join('-');
}

/** A tag as udata stores it (length limits are checked by the caller). */
export function normalizeTag(tag: string): string {
  return words(tag, false).join('-');
}
