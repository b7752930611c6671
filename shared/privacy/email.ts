/**
 * E-mail addresses (serbian-pii.md §1.11), also obfuscated: `ime (at) pancevo.rs`,
 * `ime[at]domen[dot]rs`, `ime @ pancevo . rs`, `ime(et)…`. Role mailboxes of institutions
 * (`grad@`, `info@`, `pisarnica@` …) are public; `ime.prezime@…` is personal.
 */
import type { PiiKind, Span } from './types';

const LOCAL = String.raw`[\p{L}\p{N}._%+-]+`;
const AT = String.raw`(?:\s?@\s?|\s?[\[(<{]\s?(?:at|et|et-znak|majmun)\s?[\])>}]\s?|\s+(?:at|et)\s+)`;
const DOT = String.raw`(?:\s?\.\s?|\s?[\[(<{]\s?(?:dot|tacka|tačka)\s?[\])>}]\s?|\s+(?:dot|tacka|tačka)\s+)`;
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*?${DOT}\p{L}{2,}(?![\p{L}\p{N}])`,
  'giu',
);

/** Role mailboxes: a local part naming a function, not a person. */
const ROLE_LOCAL_PARTS = new Set([
  'grad',
  'info',
  'kontakt',
  'office',
  'pisarnica',
  'gradonacelnik',
  'uprava',
  'sekretarijat',
  'javnenabavke',
  'nabavke',
  'press',
  'kabinet',
  'skupstina',
  'servis',
  'podrska',
  'support',
  'admin',
  'webmaster',
  'otvorenipodaci',
  'opstina',
  'sud',
  'poverenik',
]);

export type EmailKind = Extract<PiiKind, 'email' | 'email-institutional'>;

export class EmailClassifier {
  private readonly institutional: ReadonlySet<string>;

  constructor(extraInstitutional: readonly string[] = []) {
    this.institutional = new Set(extraInstitutional.map((e) => e.trim().toLowerCase()));
  }

  classify(address: string): EmailKind {
    const canonical = canonicalEmail(address);
    if (this.institutional.has(canonical)) return 'email-institutional';
    const local = (canonical.split('@')[0] ?? '').replace(/[._-]/g, '');
    return ROLE_LOCAL_PARTS.has(local) ? 'email-institutional' : 'email';
  }

  find(text: string): Span[] {
    const spans: Span[] = [];
    for (const m of text.matchAll(EMAIL)) {
      // A plain-word "at"/"dot" needs a real dot or @ somewhere, or "Ana at home dot" would match.
      if (!/[@[(<{]/.test(m[0]) && !m[0].includes('.')) continue;
      spans.push({
        kind: this.classify(m[0]),
        start: m.index,
        end: m.index + m[0].length,
        basis: 'pattern',
      });
    }
    return spans;
  }
}

/** `ime [at] domen [dot] rs` → `ime@domen.rs`, lower case. */
export function canonicalEmail(text: string): string {
  return text
    .toLowerCase()
    .replace(new RegExp(AT, 'giu'), '@')
    .replace(new RegExp(DOT, 'giu'), '.')
    .replace(/\s+/g, '');
}
