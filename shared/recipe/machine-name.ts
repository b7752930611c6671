/**
 * Machine-readable column names for published files: Latin, ASCII, snake_case
 * (`Datum rođenja` and `Датум рођења` → `datum_rodjenja`, `Iznos pomoći (RSD)` →
 * `iznos_pomoci_rsd`). đ → dj as in serbian-pii.md §3.3, so the name stays readable. The
 * human label stays with the column's metadata; this is what re-users' code types.
 */
import { cyrillicToLatin } from '../text/transliterate';

const FOLD: Readonly<Record<string, string>> = {
  đ: 'dj',
  Đ: 'dj',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
};
const MAX_LENGTH = 63;

export function asciiFold(text: string): string {
  let out = '';
  for (const ch of cyrillicToLatin(text.normalize('NFKC'))) {
    out += FOLD[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

export function suggestMachineName(label: string, index = 0): string {
  const snake = asciiFold(label)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/_+$/, '');
  if (snake === '') return `kolona_${index + 1}`;
  // Identifiers in most tools cannot start with a digit (`2023_iznos`).
  return /^\d/.test(snake) ? `k_${snake}` : snake;
}

/** One unique machine name per label, in order (`naziv`, `naziv_2`, …). */
export function suggestMachineNames(labels: readonly string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label, i) => {
    const base = suggestMachineName(label, i);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    return name;
  });
}
