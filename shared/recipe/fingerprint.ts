/**
 * OpenRefine's fingerprint key (anchors.md §1.2, "key collision", the least false-positive
 * method) extended for Serbian: Cyrillic → Latin, diacritics folded (č, ć → c; š → s; ž → z;
 * đ → dj, as serbian-pii.md §3.3), case and punctuation off, tokens sorted and deduplicated.
 * `Pančevo`, `PANCEVO`, `Панчево` and ` pančevo.` share the key `pancevo`; `Petrović Marko` and
 * `Marko Petrović` share `marko petrovic`.
 */
import { cyrillicToLatin } from '../text/transliterate';

const cache = new Map<string, string>();
const SPECIAL: Readonly<Record<string, string>> = { đ: 'dj', Đ: 'dj', ð: 'dj', Ð: 'dj' };

function foldChar(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out = '';
  for (const c of cyrillicToLatin(ch.normalize('NFKC')).toLowerCase()) {
    out += SPECIAL[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
  }
  cache.set(ch, out);
  return out;
}

/** Lower case, Latin, ASCII-folded text (no token work). */
export function foldText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    else out += foldChar(ch);
  }
  return out;
}

export function fingerprint(text: string): string {
  const tokens = foldText(text)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter((token) => token !== '');
  return [...new Set(tokens)].sort().join(' ');
}
