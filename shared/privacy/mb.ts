/**
 * MB (matični broj of a legal entity or entrepreneur), 8 digits (serbian-pii.md §1.3): mod 11 with
 * weights 2,7,6,5,4,3,2; remainder 1 has no valid control digit. ≈ 9 % of random strings pass,
 * so callers count an MB only with header or keyword context.
 */
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2] as const;

export function isValidMb(digits: string): boolean {
  if (!/^\d{8}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (WEIGHTS[i] as number) * (digits.charCodeAt(i) - 48);
  const r = sum % 11;
  if (r === 1) return false;
  const control = r === 0 ? 0 : 11 - r;
  return control === digits.charCodeAt(7) - 48;
}
