/**
 * Serbian phone numbers in every spelling (serbian-pii.md §1.9): `+381 64 123 4567`, `00381…`,
 * `064/123-45-67`, `(013) 351-200`, `+381 (0)13 308-830`. Found by a loose pattern, then checked on
 * the national significant number (NSN, 7–10 digits). NSN 6x is a mobile (almost always a person);
 * any other is a landline, and the public numbers of Pančevo's institutions are recognised so the
 * plan can keep them.
 */
import type { PiiKind, Span } from './types';

const SEP = String.raw`[\s\-\/.]*`;
const PHONE = new RegExp(
  String.raw`(?<![\d+])(?:(?:\+|00)\s?381${SEP}(?:\(0\)${SEP})?|\(?0)(?:6\d{1,2}|[1-3]\d)\)?${SEP}\d{2,4}(?:${SEP}\d{2,4}){1,2}(?!\d)`,
  'gu',
);

/** NSNs of public switchboards in Pančevo (§1.9, §6: city 013 308 830, Viši sud 013 344 366, 013 351 200). */
const PANCEVO_INSTITUTIONS = ['13308830', '13344366', '13351200'];

export type PhoneKind = Extract<PiiKind, 'phone-mobile' | 'phone-landline' | 'phone-institutional'>;

/** The NSN of a written number (country code, `(0)` and the national 0 removed), or null. */
export function phoneNsn(text: string): string | null {
  let digits = text.replace(/\(0\)/g, '').replace(/\D+/g, '');
  if (digits.startsWith('00381')) digits = digits.slice(5);
  else if (digits.startsWith('381') && /^\s*\+/.test(text)) digits = digits.slice(3);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  else return null;
  if (digits.length < 7 || digits.length > 10) return null;
  // Mobile NSN `6(?:[0-689]|7\d)\d{6,7}` (libphonenumber RS metadata, §1.9).
  if (digits.startsWith('6')) return /^6(?:[0-689]|7\d)\d{6,7}$/.test(digits) ? digits : null;
  // Fixed lines: area codes 1x–3x (not 0x, not 4x–5x), subscriber part starts 2–9.
  return /^(?:1[0-9]|2[0-9]|3[0-9])[2-9]\d{4,7}$/.test(digits) || /^11\d{6,8}$/.test(digits)
    ? digits
    : null;
}

export class PhoneClassifier {
  private readonly institutional: ReadonlySet<string>;

  constructor(extraInstitutional: readonly string[] = []) {
    const extra = extraInstitutional.map((p) => phoneNsn(p) ?? p.replace(/\D+/g, ''));
    this.institutional = new Set([...PANCEVO_INSTITUTIONS, ...extra]);
  }

  classifyNsn(nsn: string): PhoneKind {
    if (this.institutional.has(nsn)) return 'phone-institutional';
    return nsn.startsWith('6') ? 'phone-mobile' : 'phone-landline';
  }

  /** Phone spans in a text. */
  find(text: string): Span[] {
    const spans: Span[] = [];
    for (const m of text.matchAll(PHONE)) {
      const nsn = phoneNsn(m[0]);
      if (nsn === null) continue;
      const start = m.index;
      spans.push({
        kind: this.classifyNsn(nsn),
        start,
        end: start + m[0].length,
        basis: 'pattern',
      });
    }
    return spans;
  }

  /**
   * A phone stored as a number lost its leading 0 (641234567); only trusted in a column whose
   * header says phone.
   */
  fromNumber(value: number): PhoneKind | null {
    if (!Number.isSafeInteger(value) || value <= 0) return null;
    const s = String(value);
    const nsn = phoneNsn(s.startsWith('381') ? `+${s}` : `0${s}`);
    return nsn === null ? null : this.classifyNsn(nsn);
  }
}
