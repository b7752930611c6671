/**
 * One cell, read with its column's header cues (serbian-pii.md §0 "detect by"): which kind the
 * whole value is, or which kinds sit inside it when it is a sentence. Identifiers without a
 * checksum (LBO, ID card, passport, §1.6–1.7), PIB and MB (§1.2–1.3), birth dates and postal codes
 * (§1.10, §1.12) count only with a matching header cue.
 */
import { isAddressCell } from './address';
import { isPublicAccount, isValidAccount18, normalizeAccount } from './bank-account';
import { isDateText } from './birth-date';
import { EmailClassifier } from './email';
import { accountFromIban } from './iban';
import { isValidJmbg, jmbgFromNumber, recoverJmbgLeadingZero, type JmbgOptions } from './jmbg';
import { isValidMb } from './mb';
import { isPersonNameCell } from './names';
import { normalizeForScan } from './normalize-text';
import { PhoneClassifier } from './phone';
import { isValidPib } from './pib';
import { findPlates } from './plate';
import { isPostalCode } from './postal-code';
import { createTextScanner, type TextScanner } from './scan-text';
import type { CellValue } from '../table/types';
import type { Basis, HeaderCue, PiiKind } from './types';

/** What one cell holds; `flag` marks corruption or a failed checksum for the evidence. */
export interface CellResult {
  /** The kind of the whole value, or null. */
  readonly kind: PiiKind | null;
  readonly basis: Basis | null;
  readonly flag: 'bad-checksum' | 'leading-zero-lost' | 'digits-lost' | null;
  /** Kinds found inside a longer text (deduplicated). */
  readonly embedded: readonly PiiKind[];
  /**
   * The value has the shape of this checksummed kind but fails the check (no header vouches for
   * it): counted so a column of random 13-digit numbers is not called a JMBG column for its ≈ 0.3 %
   * chance matches (serbian-pii.md §0).
   */
  readonly lookalike: 'jmbg' | 'account' | null;
}

const NOTHING: CellResult = { kind: null, basis: null, flag: null, embedded: [], lookalike: null };
const lookalike = (kind: 'jmbg' | 'account'): CellResult => ({ ...NOTHING, lookalike: kind });
const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+\d{1,3}$/i;

function whole(kind: PiiKind, basis: Basis, flag: CellResult['flag'] = null): CellResult {
  return { kind, basis, flag, embedded: [], lookalike: null };
}

export interface CellClassifierOptions extends JmbgOptions {
  readonly institutionalPhones?: readonly string[];
  readonly institutionalEmails?: readonly string[];
}

export class CellClassifier {
  private readonly phones: PhoneClassifier;
  private readonly emails: EmailClassifier;
  private readonly text: TextScanner;
  private readonly jmbg: JmbgOptions;

  constructor(options: CellClassifierOptions = {}) {
    this.phones = new PhoneClassifier(options.institutionalPhones);
    this.emails = new EmailClassifier(options.institutionalEmails);
    this.text = createTextScanner(options);
    this.jmbg = options.now === undefined ? {} : { now: options.now };
  }

  classify(value: CellValue, cues: ReadonlySet<HeaderCue>): CellResult {
    if (value === null || typeof value === 'boolean') return NOTHING;
    if (typeof value === 'number') return this.classifyNumber(value, cues);
    const text = normalizeForScan(value).trim();
    if (text === '') return NOTHING;
    return this.classifyText(text, cues);
  }

  private classifyNumber(value: number, cues: ReadonlySet<HeaderCue>): CellResult {
    const jmbgCue = cues.has('jmbg') || cues.has('maticni-broj');
    const jmbg = jmbgFromNumber(value, this.jmbg);
    if (jmbg !== null)
      return whole(
        'jmbg',
        'checksum',
        jmbg.length === 13 && value < 1e12 ? 'leading-zero-lost' : null,
      );
    if (!Number.isInteger(value) || value < 0) {
      return cues.has('birth-date') ? whole('birth-date', 'header') : NOTHING;
    }
    const digits = String(value);
    if (value >= 1e11 && value < 1e13) {
      return jmbgCue ? whole('jmbg', 'header', 'bad-checksum') : lookalike('jmbg');
    }
    if (value >= 1e15 && (cues.has('account') || cues.has('iban')))
      return whole('account', 'header', 'digits-lost');
    if (cues.has('phone')) {
      const phone = this.phones.fromNumber(value);
      if (phone !== null) return whole(phone, 'pattern');
    }
    if (cues.has('pib') && digits.length <= 9 && isValidPib(digits.padStart(9, '0')))
      return whole('pib', 'checksum');
    if (
      (cues.has('mb') || cues.has('maticni-broj')) &&
      digits.length <= 8 &&
      isValidMb(digits.padStart(8, '0'))
    ) {
      return whole('mb', 'checksum');
    }
    if (cues.has('lbo') && digits.length >= 9 && digits.length <= 11) return whole('lbo', 'header');
    if (cues.has('id-card') && digits.length >= 6 && digits.length <= 9)
      return whole('id-card', 'header');
    if (cues.has('passport') && digits.length >= 6 && digits.length <= 9)
      return whole('passport', 'header');
    if (cues.has('postal-code') && isPostalCode(digits)) return whole('postal-code', 'header');
    // An Excel serial date (§3.6) under a birth-date header. A bare year (1800–2100) is what
    // generalization leaves behind: a quasi-identifier for the risk check, not an exact birth date.
    // (Serials up to 2100 would be births in 1900–1905.)
    if (cues.has('birth-date') && value > 2100 && value < 80000)
      return whole('birth-date', 'header');
    return NOTHING;
  }

  private classifyText(text: string, cues: ReadonlySet<HeaderCue>): CellResult {
    const numeric = /^[\d\s./-]+$/.test(text);
    if (numeric) {
      const result = this.classifyDigits(text, cues);
      if (result !== null) return result;
    }
    if (/^RS\s?\d/i.test(text)) {
      const account = accountFromIban(text);
      if (account !== null)
        return whole(isPublicAccount(account) ? 'account-treasury' : 'iban', 'checksum');
      if (cues.has('iban') || cues.has('account')) return whole('iban', 'header', 'bad-checksum');
    }
    if (SCIENTIFIC.test(text) && (cues.has('account') || cues.has('iban')))
      return whole('account', 'header', 'digits-lost');
    if (text.length <= 80) {
      const single = this.singleSpan(text);
      if (single !== null) return single;
    }
    if (
      cues.has('pib') &&
      /^RS\d{9}$/i.test(text.replace(/\s/g, '')) &&
      isValidPib(text.replace(/\s/g, ''))
    ) {
      return whole('pib', 'checksum');
    }
    if (cues.has('passport') && /^[A-Z]{0,2}\d{6,9}$/i.test(text))
      return whole('passport', 'header');
    if (cues.has('id-card') && /^[A-Z]{0,2}\d{6,9}$/i.test(text)) return whole('id-card', 'header');
    if (cues.has('birth-date') && isDateText(text)) return whole('birth-date', 'header');
    const nameCue = cues.has('name') || cues.has('person-role');
    if (text.length <= 80 && isPersonNameCell(text, nameCue)) return whole('name', 'dictionary');
    if (text.length <= 120 && isAddressCell(text, cues.has('address')))
      return whole('address', 'pattern');
    // A sentence: look inside it.
    if (text.length >= 12 || cues.has('free-text')) {
      const kinds = new Set<PiiKind>();
      for (const span of this.text.scan(text)) kinds.add(span.kind);
      if (kinds.size > 0) return { ...NOTHING, embedded: [...kinds] };
    }
    return NOTHING;
  }

  /** Digits with separators: JMBG, account, phone, PIB/MB/LBO/ID/postal by header. */
  private classifyDigits(text: string, cues: ReadonlySet<HeaderCue>): CellResult | null {
    const digits = text.replace(/[\s./-]/g, '');
    const jmbgCue = cues.has('jmbg') || cues.has('maticni-broj');
    // Accounts first: a short dashed account (`840-30413845-91`) can have 13 digits.
    const account = normalizeAccount(text);
    if (account !== null) {
      if (isValidAccount18(account))
        return whole(isPublicAccount(account) ? 'account-treasury' : 'account', 'checksum');
      if (cues.has('account') || cues.has('iban'))
        return whole('account', 'header', 'bad-checksum');
      return lookalike('account');
    }
    if (digits.length === 13 && /^[\d\s-]+$/.test(text)) {
      if (isValidJmbg(digits, this.jmbg)) return whole('jmbg', 'checksum');
      if (jmbgCue) return whole('jmbg', 'header', 'bad-checksum');
      return /^\d{13}$/.test(text) ? lookalike('jmbg') : null;
    }
    if (
      digits.length === 12 &&
      /^\d{12}$/.test(text) &&
      recoverJmbgLeadingZero(digits, this.jmbg) !== null
    ) {
      return whole('jmbg', 'checksum', 'leading-zero-lost');
    }
    if (digits.length === 12 && jmbgCue) return whole('jmbg', 'header', 'bad-checksum');
    if (cues.has('pib') && digits.length === 9) {
      return isValidPib(digits) ? whole('pib', 'checksum') : whole('pib', 'header', 'bad-checksum');
    }
    if ((cues.has('mb') || cues.has('maticni-broj')) && digits.length === 8) {
      return isValidMb(digits) ? whole('mb', 'checksum') : whole('mb', 'header', 'bad-checksum');
    }
    if (cues.has('lbo') && digits.length === 11) return whole('lbo', 'header');
    if (cues.has('id-card') && digits.length >= 6 && digits.length <= 9)
      return whole('id-card', 'header');
    if (cues.has('passport') && digits.length >= 6 && digits.length <= 9)
      return whole('passport', 'header');
    if (cues.has('postal-code') && isPostalCode(text)) return whole('postal-code', 'header');
    if (cues.has('birth-date') && isDateText(text)) return whole('birth-date', 'header');
    return null;
  }

  /** E-mail, phone or plate filling the cell (separators and a trailing dot aside). */
  private singleSpan(text: string): CellResult | null {
    const candidates = [
      ...(/[@[(]|\s(?:at|et)\s/i.test(text) ? this.emails.find(text) : []),
      ...(/\d{2}/.test(text) ? [...this.phones.find(text), ...findPlates(text)] : []),
    ];
    for (const span of candidates) {
      const rest = text.slice(0, span.start) + text.slice(span.end);
      if (/^[\s,.;:()]*$/.test(rest)) return whole(span.kind, span.basis);
    }
    return null;
  }
}
