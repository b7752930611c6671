/**
 * Cell text as the detectors see it (serbian-pii.md §3.2): NBSP and figure spaces become spaces and
 * zero-width characters go, so a pasted `064 123 45 67` or `JMBG\u200b` is still found. Every
 * replacement keeps the string length, so spans found on the result are valid offsets into the
 * original text (zero-width characters become spaces rather than being removed).
 */
const SPACES = /[\u00a0\u2007\u202f\u200b\u200c\u2060\ufeff]|\u200d/g;

export function normalizeForScan(text: string): string {
  return text.replace(SPACES, ' ');
}
