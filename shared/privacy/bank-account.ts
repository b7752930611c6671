/**
 * Serbian bank accounts (serbian-pii.md §1.4): bank code (3) + account (13) + ISO 7064 MOD 97-10
 * check digits (2). Written plain (18 digits), long dashed `160-0000000182039-69` or short dashed
 * `840-30413845-91`. Bank 840 is the Treasury (Uprava za trezor) and 908 the National Bank: public
 * accounts that stay in a published file.
 */
import { mod97 } from './mod97';

const DASHED = /^(\d{3})[-\u2010-\u2013 ](\d{1,13})[-\u2010-\u2013 ](\d{2})$/;

/** 18 digits, or null. Undashed strings shorter than 18 digits are ambiguous (§1.4). */
export function normalizeAccount(text: string): string | null {
  const t = text.trim();
  const dashed = DASHED.exec(t);
  if (dashed) return `${dashed[1]}${(dashed[2] as string).padStart(13, '0')}${dashed[3]}`;
  const plain = t.replace(/ /g, '');
  return /^\d{18}$/.test(plain) ? plain : null;
}

export function isValidAccount18(digits: string): boolean {
  return digits.length === 18 && mod97(digits) === 1;
}

const PUBLIC_BANKS = new Set(['840', '908']);

/** True for the Treasury (840) and the National Bank (908): accounts of public bodies. */
export function isPublicAccount(digits: string): boolean {
  return PUBLIC_BANKS.has(digits.slice(0, 3));
}
