/**
 * Checksummed identifiers inside text (serbian-pii.md §1.1–1.5): JMBG candidates restricted to
 * birth years 1900–2049 (§1.1 regex), accounts in plain and dashed forms, IBANs, and PIB or MB only
 * after their keyword (`PIB: 101134702`, `MB 08179115`), since their checksums pass too often alone.
 */
import { isPublicAccount, isValidAccount18, normalizeAccount } from './bank-account';
import { accountFromIban } from './iban';
import { isValidJmbg, type JmbgOptions } from './jmbg';
import { isValidMb } from './mb';
import { isValidPib } from './pib';
import type { Span } from './types';

const JMBG = /(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:9\d\d|0[0-4]\d)\d{6}(?!\d)/g;
// Not after a digit group and a slash or space: `064/123-45-67` holds a dashed-account look-alike.
const ACCOUNT = /(?<![\d/.-]\s?)(?:\d{3}-\d{1,13}-\d{2}|\d{18})(?![\d-])/g;
const IBAN = /(?<![\p{L}\p{N}])RS\s?\d{2}(?:\s?\d){18}(?!\d)/giu;
const PIB =
  /(?<![\p{L}])(?:PIB|ПИБ|poreski identifikacioni broj)\s*(?:broj|br\.)?[\s:.-]*((?:RS)?\d{9})(?!\d)/giu;
const MB =
  /(?<![\p{L}])(?:MB|МБ|mat\.\s?br\.|matični broj|maticni broj|матични број)\s*[\s:.-]*(\d{8})(?!\d)/giu;

function accountSpan(digits: string, start: number, end: number): Span | null {
  if (!isValidAccount18(digits)) return null;
  return {
    kind: isPublicAccount(digits) ? 'account-treasury' : 'account',
    start,
    end,
    basis: 'checksum',
  };
}

export function findIdentifiers(text: string, options: JmbgOptions = {}): Span[] {
  const spans: Span[] = [];
  if (!/\d{2}/.test(text)) return spans;
  for (const m of text.matchAll(JMBG)) {
    if (isValidJmbg(m[0], options)) {
      spans.push({ kind: 'jmbg', start: m.index, end: m.index + 13, basis: 'checksum' });
    }
  }
  for (const m of text.matchAll(IBAN)) {
    const account = accountFromIban(m[0]);
    if (account === null) continue;
    const kind = isPublicAccount(account) ? 'account-treasury' : 'iban';
    spans.push({ kind, start: m.index, end: m.index + m[0].length, basis: 'checksum' });
  }
  for (const m of text.matchAll(ACCOUNT)) {
    const digits = normalizeAccount(m[0]);
    const span = digits === null ? null : accountSpan(digits, m.index, m.index + m[0].length);
    if (span) spans.push(span);
  }
  for (const m of text.matchAll(PIB)) {
    const value = m[1] as string;
    if (!isValidPib(value)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ kind: 'pib', start, end: start + value.length, basis: 'checksum' });
  }
  for (const m of text.matchAll(MB)) {
    const value = m[1] as string;
    if (!isValidMb(value)) continue;
    const start = m.index + m[0].length - value.length;
    spans.push({ kind: 'mb', start, end: start + value.length, basis: 'checksum' });
  }
  return spans;
}
