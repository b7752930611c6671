/**
 * PIB, 9 digits with an optional `RS` prefix (serbian-pii.md §1.2): ISO 7064 MOD 11,10. About 10 %
 * of random 9-digit strings pass, so callers count a PIB only with header or keyword context.
 */
export function isValidPib(text: string): boolean {
  const digits = /^RS/i.test(text) ? text.slice(2) : text;
  if (!/^\d{9}$/.test(digits)) return false;
  let p = 10;
  for (let i = 0; i < 9; i++) {
    let s = (p + (digits.charCodeAt(i) - 48)) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  // Run over all nine digits, a valid number ends with p == 2 (§1.2).
  return p === 2;
}
