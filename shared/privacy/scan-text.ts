/**
 * Every detector over one text (serbian-pii.md §5: clerks paste identifiers into "Opis",
 * "Napomena", "Svrha"). Returns non-overlapping spans with offsets into the given string, for
 * redaction later; where two detectors claim the same characters the stronger kind wins
 * (a JMBG is not also a phone, a street named after a person is an address, not a name).
 */
import { findAddresses } from './address';
import { findBirthDates } from './birth-date';
import { EmailClassifier } from './email';
import { findIdentifiers } from './identifiers-in-text';
import type { JmbgOptions } from './jmbg';
import { findNamesInText } from './names';
import { normalizeForScan } from './normalize-text';
import { PhoneClassifier } from './phone';
import { findPlates } from './plate';
import type { PiiKind, Span } from './types';

const PRIORITY: Readonly<Record<PiiKind, number>> = {
  jmbg: 0,
  iban: 1,
  account: 2,
  'account-treasury': 2,
  email: 3,
  'email-institutional': 3,
  pib: 4,
  mb: 4,
  lbo: 4,
  'id-card': 4,
  passport: 4,
  'phone-mobile': 5,
  'phone-landline': 5,
  'phone-institutional': 5,
  plate: 6,
  'birth-date': 7,
  'postal-code': 8,
  address: 9,
  name: 10,
};

// Cheap gates before the expensive patterns: most notes hold no e-mail and no birth-date keyword.
const MAYBE_EMAIL = /@|[[(<{]\s?(?:at|et)\s?[\])>}]|\s(?:at|et)\s/i;
const MAYBE_BIRTH = /ro(?:đ|dj)|рођ|(?<!\p{L})r\./iu;

export interface TextScanner {
  scan(text: string): Span[];
}

export interface TextScannerOptions extends JmbgOptions {
  readonly institutionalPhones?: readonly string[];
  readonly institutionalEmails?: readonly string[];
  /** Skip the name dictionary (cheaper): identifiers and contacts only. */
  readonly names?: boolean;
}

/** Keeps the strongest span where spans overlap; result sorted by start. */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const ordered = [...spans].sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start),
  );
  const kept: Span[] = [];
  for (const span of ordered) {
    if (kept.some((k) => span.start < k.end && k.start < span.end)) continue;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function createTextScanner(options: TextScannerOptions = {}): TextScanner {
  const phones = new PhoneClassifier(options.institutionalPhones);
  const emails = new EmailClassifier(options.institutionalEmails);
  const jmbg: JmbgOptions = options.now === undefined ? {} : { now: options.now };
  const withNames = options.names ?? true;
  return {
    scan(raw: string): Span[] {
      const text = normalizeForScan(raw);
      const spans: Span[] = [...findIdentifiers(text, jmbg)];
      if (MAYBE_EMAIL.test(text)) spans.push(...emails.find(text));
      if (/\d{2}/.test(text)) {
        spans.push(...phones.find(text), ...findPlates(text));
        if (MAYBE_BIRTH.test(text)) spans.push(...findBirthDates(text));
      }
      spans.push(...findAddresses(text));
      if (withNames) spans.push(...findNamesInText(text));
      return resolveOverlaps(spans);
    },
  };
}

/** Convenience: scan one text with default options. */
export function scanText(text: string, options: TextScannerOptions = {}): Span[] {
  return createTextScanner(options).scan(text);
}
