/**
 * Serbian IBAN (serbian-pii.md §1.5): `RS` + 2 check digits + the 18-digit account. A valid account
 * is ≡ 1 mod 97, so every valid Serbian IBAN starts `RS35`; we still run ISO 13616 mod 97 so a
 * mistyped check pair is caught.
 */
import { isValidAccount18 } from './bank-account';
import { mod97 } from './mod97';

/** The 18-digit account inside a valid `RS…` IBAN (spaces allowed), or null. */
export function accountFromIban(text: string): string | null {
  const s = text.replace(/\s+/g, '').toUpperCase();
  if (!/^RS\d{20}$/.test(s)) return null;
  // R = 27, S = 28 (ISO 13616): move the first four characters to the end.
  const numeric = `${s.slice(4)}2728${s.slice(2, 4)}`;
  if (mod97(numeric) !== 1) return null;
  const account = s.slice(4);
  return isValidAccount18(account) ? account : null;
}
