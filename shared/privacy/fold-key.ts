/**
 * Matching keys (serbian-pii.md §3.3): lower case, Cyrillic → Latin, diacritics off (č, ć → c,
 * š → s, ž → z), đ → dj, dž → dz, so `Đorđević`, `ЂОРЂЕВИЋ` and `Djordjevic` meet at one key.
 * Keys are for matching only, never shown. Per-character results are cached: headers and
 * millions of name tokens fold through one table lookup per character.
 */
import { cyrillicToLatin } from '../text/transliterate';

const cache = new Map<string, string>();

// §3.2: Ð/ð (U+00D0/U+00F0) stand for Đ/đ in CP1252 mojibake; U+01C4–U+01CC are digraph code points.
const SPECIAL: Readonly<Record<string, string>> = {
  đ: 'dj',
  Đ: 'dj',
  ð: 'dj',
  Ð: 'dj',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\ufeff': '',
};

function foldChar(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const latin = cyrillicToLatin(ch.normalize('NFKC')).toLowerCase();
    out = '';
    for (const c of latin) out += SPECIAL[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
  }
  cache.set(ch, out);
  return out;
}

/** The matching key of a word or phrase. */
export function foldKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most cells are plain Latin or digits.
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldChar(text[i] as string);
  }
  return out;
}

/** The second key of §3.3, with đ written as d (`Dordevic`): only for dictionary lookups. */
export function foldKeyDj(key: string): string {
  return key.replace(/dj/g, 'd');
}
