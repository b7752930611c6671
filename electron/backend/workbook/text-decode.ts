/**
 * Decoding of CSV/text files (serbian-pii.md §3.4): a BOM decides (UTF-8, UTF-16LE/BE — Excel's
 * "Unicode text"); BOM-less UTF-16 is recognised by its NUL pattern; valid UTF-8 is UTF-8;
 * anything else is single-byte, and the code page is chosen by scoring how Serbian the decoded
 * text looks: Latin letters č ć ž š đ (Windows-1250, ISO-8859-2, CP852 put them at different
 * bytes) against Cyrillic (Windows-1251). The clerk can override the choice (ReadOptions).
 */
import {
  codePageChar,
  decodeSingleByte,
  SINGLE_BYTE_ENCODINGS,
  type SingleByteEncoding,
} from './code-pages';
import type { TextEncoding } from '../../../shared/contract/read-options';

export type { TextEncoding } from '../../../shared/contract/read-options';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** 0–1: how sure the detection is (1 for a BOM or a clerk's choice). */
  readonly confidence: number;
}

export function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: text in Latin or Cyrillic has a zero (or 0x04) high byte in nearly every
 * code unit, so one byte position is mostly NUL and the other almost never is.
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const units = n / 2;
  if (oddZero > units * 0.3 && evenZero < units * 0.02) return 'utf-16le';
  if (evenZero > units * 0.3 && oddZero < units * 0.02) return 'utf-16be';
  return null;
}

const SERBIAN_LATIN = new Set([...'čćžšđČĆŽŠĐ']);
const SERBIAN_CYRILLIC = /[\u0400-\u045F]/;
const SERBIAN_ONLY_CYRILLIC = new Set([...'ђјљњћџЂЈЉЊЋЏ']);
/** Non-ASCII characters ordinary in Serbian office text in any script. */
const NEUTRAL = new Set([...'„“”‘’–—…€«»°§±×÷\u00a0']);

/** Score of one code page: Serbian letters count, improbable characters count against. */
function scoreCodePage(counts: Uint32Array, encoding: SingleByteEncoding): number {
  let score = 0;
  for (let b = 0x80; b < 0x100; b++) {
    const n = counts[b] as number;
    if (n === 0) continue;
    const ch = codePageChar(encoding, b);
    if (SERBIAN_LATIN.has(ch) || SERBIAN_ONLY_CYRILLIC.has(ch)) score += 2 * n;
    else if (SERBIAN_CYRILLIC.test(ch)) score += ch === 'ъ' || ch === 'ы' || ch === 'э' ? 0 : n;
    else if (NEUTRAL.has(ch)) score += 0.5 * n;
    else score -= n;
  }
  return score;
}

/** Chooses a single-byte code page for bytes that are not UTF-8. */
export function detectSingleByte(bytes: Uint8Array): {
  encoding: SingleByteEncoding;
  confidence: number;
} {
  const counts = new Uint32Array(256);
  const n = Math.min(bytes.length, 1024 * 1024);
  for (let i = 0; i < n; i++) {
    const byte = bytes[i] as number;
    counts[byte] = (counts[byte] as number) + 1;
  }
  let high = 0;
  for (let b = 0x80; b < 0x100; b++) high += counts[b] as number;
  const scores = SINGLE_BYTE_ENCODINGS.map((encoding) => ({
    encoding,
    score: scoreCodePage(counts, encoding),
  })).sort((a, b) => b.score - a.score);
  const best = scores[0] as { encoding: SingleByteEncoding; score: number };
  const second = scores[1] as { encoding: SingleByteEncoding; score: number };
  if (high === 0 || best.score <= 0) return { encoding: 'windows-1250', confidence: 0.3 };
  // The margin over the runner-up, relative to what the text could score at most.
  const confidence = Math.max(
    0.3,
    Math.min(1, (best.score - Math.max(0, second.score)) / (2 * high)),
  );
  return { encoding: best.encoding, confidence: Math.round(confidence * 100) / 100 };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

/** Decodes bytes in a given encoding (the clerk's choice); a UTF-8 BOM is skipped. */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const bom = bomEncoding(bytes);
  const skip = bom !== null && bom.encoding === encoding ? bom.length : 0;
  switch (encoding) {
    case 'utf-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(skip));
    case 'utf-16le':
    case 'utf-16be':
      return utf16(bytes, encoding, skip);
    default:
      return decodeSingleByte(bytes, encoding);
  }
}

/**
 * Decodes a whole file, detecting its encoding unless `forced`. `lenient` decoding (for sniffing
 * a sample that may end mid-character) accepts UTF-8 with replacement characters.
 */
export function decodeText(bytes: Uint8Array, lenient = false, forced?: TextEncoding): DecodedText {
  if (forced !== undefined)
    return { text: decodeAs(bytes, forced), encoding: forced, confidence: 1 };
  const bom = bomEncoding(bytes);
  if (bom !== null) {
    return { text: decodeAs(bytes, bom.encoding), encoding: bom.encoding, confidence: 1 };
  }
  const wide = bomlessUtf16(bytes);
  if (wide !== null) return { text: utf16(bytes, wide, 0), encoding: wide, confidence: 0.9 };
  try {
    const text = new TextDecoder('utf-8', { fatal: !lenient }).decode(bytes);
    return { text, encoding: 'utf-8', confidence: 1 };
  } catch {
    const { encoding, confidence } = detectSingleByte(bytes);
    return { text: decodeSingleByte(bytes, encoding), encoding, confidence };
  }
}
