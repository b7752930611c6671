/**
 * Serbian postal codes, 5 digits (serbian-pii.md §1.10): a quasi-identifier, counted by header only.
 * The leading pair follows the ranges used in Serbia (11xxx Beograd … 38xxx), which keeps
 * amounts and years out; 26xxx is the Pančevo area.
 */
const POSTAL = /^(?:1[1-9]|2[0-6]|3[0-8])\d{3}$/;

export function isPostalCode(text: string): boolean {
  return POSTAL.test(text.trim());
}

/** True for the Pančevo area (26000, 26101 and the settlements' 26xxx codes, §1.10). */
export function isPancevoAreaPostalCode(text: string): boolean {
  return /^26\d{3}$/.test(text.trim());
}
