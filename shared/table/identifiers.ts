/** Checks for identifier corruption (serbian-pii.md §1.1): JMBG control digit, mod 11. */
const WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** True for 13 digits with a valid day, month and control digit. */
export function isValidJmbg(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (WEIGHTS[i] as number) * (digits.charCodeAt(i) - 48);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const control = remainder === 0 ? 0 : 11 - remainder;
  return control === digits.charCodeAt(12) - 48;
}

/** Scientific notation as Excel writes a long number into CSV (`1,23457E+17`): digits are gone. */
const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+\d{1,3}$/i;

export interface CorruptionCounts {
  /** Numbers past Excel's 15 significant digits, or in scientific notation. */
  digitsLost: number;
  /** 12-digit values that are valid JMBGs with a leading zero put back. */
  leadingZerosLost: number;
}

/** Code units String.prototype.trim() strips above ASCII (ECMAScript WhiteSpace). */
function isUnicodeSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * False when a text whose first code unit is `code` certainly does not start, once trimmed, with
 * a digit: both corruption signs do, so names and addresses are passed over without a copy.
 */
export function mayStartWithDigit(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code > 0x7f && isUnicodeSpace(code))
  );
}

/** SCIENTIFIC ends in `E+` and one to three digits: a `+` in one of three places. */
function hasExponent(text: string): boolean {
  const n = text.length;
  return (
    text.charCodeAt(n - 2) === 43 || text.charCodeAt(n - 3) === 43 || text.charCodeAt(n - 4) === 43
  );
}

const TWELVE_DIGITS = /^\d{12}$/;

/** Counts corruption signs cell by cell. */
export class CorruptionCounter implements CorruptionCounts {
  digitsLost = 0;
  leadingZerosLost = 0;

  add(value: unknown): void {
    let digits: string;
    if (typeof value === 'number') {
      if (!Number.isInteger(value) || value < 0) return;
      if (value >= 1e15) {
        this.digitsLost++;
        return;
      }
      digits = String(value);
    } else if (typeof value === 'string') {
      if (value.length === 0 || !mayStartWithDigit(value.charCodeAt(0))) return;
      const text = value.trim();
      // The regex only for texts that can be scientific notation (most cells here are digits).
      if (text.length >= 4 && hasExponent(text) && SCIENTIFIC.test(text)) {
        this.digitsLost++;
        return;
      }
      digits = text;
    } else {
      return;
    }
    if (digits.length === 12 && TWELVE_DIGITS.test(digits) && isValidJmbg(`0${digits}`)) {
      this.leadingZerosLost++;
    }
  }
}

/** Counts corruption signs in one column of raw values. */
export function countCorruption(values: readonly unknown[]): CorruptionCounts {
  const counter = new CorruptionCounter();
  for (const value of values) counter.add(value);
  return { digitsLost: counter.digitsLost, leadingZerosLost: counter.leadingZerosLost };
}
