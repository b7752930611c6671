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

/**
 * False when the first character that trim() would keep is certainly not a digit. Only ASCII
 * whitespace is skipped here; any other leading character above 0x7F says "maybe" (trim() also
 * strips no-break and other Unicode spaces).
 */
function startsWithDigitOrUnusual(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    return (code >= 48 && code <= 57) || code > 0x7f;
  }
  return false;
}

/** Counts corruption signs in one column of raw values. */
export function countCorruption(values: readonly unknown[]): CorruptionCounts {
  const counts: CorruptionCounts = { digitsLost: 0, leadingZerosLost: 0 };
  for (const value of values) {
    let digits: string | null = null;
    if (typeof value === 'number') {
      if (!Number.isInteger(value) || value < 0) continue;
      if (value >= 1e15) {
        counts.digitsLost++;
        continue;
      }
      digits = String(value);
    } else if (typeof value === 'string') {
      // Both signs start with a digit: names and addresses are passed over without a copy.
      if (!startsWithDigitOrUnusual(value)) continue;
      const text = value.trim();
      if (SCIENTIFIC.test(text)) {
        counts.digitsLost++;
        continue;
      }
      digits = text;
    }
    if (digits !== null && digits.length === 12 && /^\d{12}$/.test(digits)) {
      if (isValidJmbg(`0${digits}`)) counts.leadingZerosLost++;
    }
  }
  return counts;
}
