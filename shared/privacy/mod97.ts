/** A decimal string mod 97 in chunks of 7 digits: no BigInt, no precision loss (serbian-pii.md §1.4). */
export function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i += 7) r = Number(String(r) + digits.slice(i, i + 7)) % 97;
  return r;
}
