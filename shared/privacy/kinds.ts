import type { KindRole, PiiKind } from './types';

/**
 * Role of each kind (serbian-pii.md §0, §1.4, §1.9–1.12, §4.4): treasury accounts (bank 840),
 * the city's switchboards and role mailboxes are public and must stay in the file.
 * PIB and MB identify a natural person only for entrepreneurs (§1.2), so they are identifiers
 * the clerk reviews.
 */
export const KIND_ROLE: Readonly<Record<PiiKind, KindRole>> = {
  jmbg: 'identifier',
  pib: 'identifier',
  mb: 'identifier',
  account: 'identifier',
  'account-treasury': 'public',
  iban: 'identifier',
  lbo: 'identifier',
  'id-card': 'identifier',
  passport: 'identifier',
  'phone-mobile': 'contact',
  'phone-landline': 'contact',
  'phone-institutional': 'public',
  email: 'contact',
  'email-institutional': 'public',
  plate: 'identifier',
  'birth-date': 'quasi',
  'postal-code': 'quasi',
  name: 'identifier',
  address: 'identifier',
};

export function isPersonalKind(kind: PiiKind): boolean {
  return KIND_ROLE[kind] !== 'public';
}
