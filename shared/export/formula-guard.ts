/**
 * Formula-injection ("CSV injection") neutralization, OWASP's guidance: a text cell that starts
 * with `=`, `+`, `-`, `@`, tab or carriage return is executed by Excel/LibreOffice as a formula
 * (`=HYPERLINK(...)`, `@SUM(1+1)*cmd|' /C calc'!A0`), so it gets a leading apostrophe, which
 * spreadsheets show as text and do not execute. Numbers never pass through here: a parsed
 * `-12,5` is the number -12.5 and is written as `-12.5` (the writers call this for text only).
 *
 * Decision for TEXT that is only a signed number or phone (`-12`, `+381 64 123 4567`,
 * `-1.234,50`): left as is. Without letters, `|`, `!`, `(` or `=` nothing can call a function or
 * DDE, the worst a spreadsheet does is show it as a number; and an apostrophe would corrupt
 * the open data for every program that reads the CSV (phone numbers in +381 form are common).
 * Everything else starting with a trigger character is prefixed, including `-` notes
 * (`- potvrdu o prihodima`): OWASP's rule, at the price of one visible apostrophe.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
/** Sign, then digits with the separators numbers and phones use; no letters, no operators. */
const SIGNED_NUMBER = /^[+-]\d[\d .,/]*$/;

export function needsFormulaGuard(text: string): boolean {
  const first = text[0];
  if (first === undefined || !TRIGGERS.has(first)) return false;
  return !SIGNED_NUMBER.test(text);
}

export function neutralizeFormula(text: string): string {
  return needsFormulaGuard(text) ? `'${text}` : text;
}
