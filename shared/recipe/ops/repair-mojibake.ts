/**
 * Repair mojibake (serbian-pii.md §3.4): text whose UTF-8 bytes were read as Windows-1250, -1251
 * or -1252 (`StarÄŤevo`, `Ä\u008d`, `РџР°РЅС‡РµРІРѕ`), and single-byte text read in the wrong
 * single-byte page (`Starèevo`: cp1250 read as cp1252; `Ïàí÷åâî`: cp1251 read as cp1252).
 * Each candidate reverses one misreading exactly; it is accepted only when it decodes cleanly and
 * reads as more Serbian than the input. Text that was decoded to U+FFFD is lost and left alone:
 * the file must be re-read with the right encoding instead.
 */
import { decodeSingleByte, decodeUtf8Strict, encodeSingleByte, type CodePage } from './code-pages';
import { defineTextOp } from './text-op';

/**
 * A lead character of a misread UTF-8 sequence, followed by a continuation-looking one. The
 * continuations exclude the basic Cyrillic letters А–я (no code page puts bytes 0x80–0xBF
 * there), so genuine Cyrillic text (`Рад`, `Север`) is not even tried.
 */
const TRIGGER_UTF8 =
  /[ÃÄÅÐÑĂĹĐŃРСÂДЕ][\u0080-\u02FF\u2010-\u203A\u20AC\u2116\u2122\u0400-\u040F\u0450-\u045F\u0490\u0491]|[ÅĹ] /u;
/**
 * Single-byte misreadings: cp1250/cp1251 letters shown through another page (`è`, `Ï`, `ŕ`).
 * Latin-1 and Latin Extended-A letters other than Serbian č ć đ š ž, which are the normal case.
 */
const TRIGGER_SINGLE = /[\u00C0-\u0105\u0108-\u010B\u010E\u010F\u0112-\u015F\u0162-\u017C\u017F]/u;

const NON_ASCII = /[\u0080-\uFFFF]/;
const SERBIAN_LATIN = /[čćđšžČĆĐŠŽ]/gu;
const CYRILLIC = /[\u0400-\u045F]/gu;
/** Characters that rarely belong in Serbian text: Latin-1 and Latin-A letters, C1, symbols. */
const ODD = /[\u0080-\u00BF\u00C0-\u024F\u02C6-\u02DD\u2020-\u2030\u2039\u203A\u2122\uFFFD]/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;
const CYRILLIC_LETTER = /[\u0400-\u045F]/u;

/** Words mixing Latin and Cyrillic letters (`Cafй`): what a wrong code page produces. */
function mixedWords(text: string): number {
  let mixed = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (LATIN_LETTER.test(word) && CYRILLIC_LETTER.test(word)) mixed++;
  }
  return mixed;
}

/** How Serbian a text reads: Serbian letters count, odd characters and mixed words against. */
export function serbianScore(text: string): number {
  const serbianLatin = count(text, SERBIAN_LATIN);
  const odd = count(text, ODD) - serbianLatin;
  return serbianLatin + count(text, CYRILLIC) - 2 * odd - 3 * mixedWords(text);
}

function utf8Candidate(text: string, page: CodePage): string | null {
  const bytes = encodeSingleByte(text, page);
  if (bytes === null) return null;
  const decoded = decodeUtf8Strict(bytes);
  if (decoded === null || decoded === text) return null;
  return decoded;
}

/**
 * UTF-8 read as cp1251 can look like real Cyrillic: `Рј` (D0 BC) decodes to `м`. Require at least
 * two multi-byte sequences, so a short genuine Cyrillic word is not "repaired".
 */
function enoughSequences(original: string, decoded: string): boolean {
  let multi = 0;
  for (const ch of decoded) if (ch.charCodeAt(0) >= 0x80) multi++;
  // Latin letters around the sequence: genuine Cyrillic words are not mixed with Latin ones.
  return multi >= 2 || /[A-Za-z]/.test(decoded);
}

const UTF8_PAGES: readonly CodePage[] = ['cp1250', 'cp1252', 'cp1251'];
const SINGLE_PAIRS: readonly (readonly [CodePage, CodePage])[] = [
  ['cp1252', 'cp1250'],
  ['cp1252', 'cp1251'],
  ['cp1250', 'cp1251'],
];

function candidates(text: string): string[] {
  const out: string[] = [];
  if (TRIGGER_UTF8.test(text)) {
    // `Š` is C5 A0: the A0 (no-break space) is often turned into a plain space on the way.
    const variants = [text, text.replace(/([ÅĹ]) /gu, '$1\u00A0')];
    for (const variant of variants) {
      for (const page of UTF8_PAGES) {
        const decoded = utf8Candidate(variant, page);
        if (decoded !== null && (page !== 'cp1251' || enoughSequences(variant, decoded))) {
          out.push(decoded);
        }
      }
    }
  }
  if (out.length === 0 && TRIGGER_SINGLE.test(text)) {
    for (const [shownAs, actual] of SINGLE_PAIRS) {
      const bytes = encodeSingleByte(text, shownAs);
      if (bytes !== null) out.push(decodeSingleByte(bytes, actual));
    }
  }
  return out;
}

/** The repaired text, or null when nothing better than the input was found. */
export function repairMojibake(text: string): string | null {
  // Plain ASCII (codes, phones, most numbers) cannot be mojibake.
  if (text.length < 2 || !NON_ASCII.test(text)) return null;
  const found = candidates(text);
  if (found.length === 0) return null;
  let best: string | null = null;
  let bestScore = serbianScore(text);
  const mixedBefore = mixedWords(text);
  for (const candidate of found) {
    const score = serbianScore(candidate);
    // A repair never creates a word of two scripts (`NOVÁKOVÁ` is not `NOVБKOVБ`).
    if (mixedWords(candidate) > mixedBefore) continue;
    if (score > bestScore && count(candidate, /[\u0080-\u009F\uFFFD]/gu) === 0) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export const repairMojibakeOp = defineTextOp({
  op: 'repair-mojibake',
  schema: { type: 'object', properties: {}, additionalProperties: false },
  editor: () => repairMojibake,
});
