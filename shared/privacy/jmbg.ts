/**
 * JMBG, 13 digits DDMMYYYRRBBBK (serbian-pii.md §1.1): mod 11 with weights 7,6,5,4,3,2 twice, and a
 * real birth date not in the future. Any registration area RR 00–99 is accepted (region is
 * metadata, not validity). Detection is lenient (remainder 1 with K = 0 still counts, a false
 * positive is cheaper than a leak); `strict` is for a data-quality warning.
 */
const WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export interface JmbgOptions {
  /** Remainder 1 is invalid (default false: detect leniently, §1.1). */
  readonly strict?: boolean;
  readonly now?: Date;
}

/** Full year from the 3-digit field: 800–999 → 1800–1999, 000–799 → 2000–2799 (§1.1). */
export function jmbgYear(yyy: number): number {
  return yyy >= 800 ? 1000 + yyy : 2000 + yyy;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The control digit for 12 digits; null when the remainder is 1 in strict mode. */
export function jmbgControlDigit(first12: string, strict: boolean): number | null {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (WEIGHTS[i] as number) * (first12.charCodeAt(i) - 48);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return strict ? null : 0;
  return 11 - r;
}

/** True for exactly 13 digits with a real date and a matching control digit. */
export function isValidJmbg(digits: string, options: JmbgOptions = {}): boolean {
  if (digits.length !== 13 || !/^\d{13}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = jmbgYear(Number(digits.slice(4, 7)));
  if (!isRealDate(year, month, day)) return false;
  const now = options.now ?? new Date();
  if (Date.UTC(year, month - 1, day) > now.getTime()) return false;
  const control = jmbgControlDigit(digits, options.strict ?? false);
  return control !== null && control === digits.charCodeAt(12) - 48;
}

/**
 * Excel stores a JMBG typed as a number and drops the leading zero of days 01–09 (§0, §1.1):
 * `102985860049` → `0102985860049`. Returns the 13-digit JMBG, or null.
 */
export function recoverJmbgLeadingZero(digits: string, options: JmbgOptions = {}): string | null {
  if (digits.length !== 12 || !/^\d{12}$/.test(digits)) return null;
  const candidate = `0${digits}`;
  return isValidJmbg(candidate, options) ? candidate : null;
}

/** JMBG from a number cell: 13 digits as is, or 12 digits with the lost zero put back. */
export function jmbgFromNumber(value: number, options: JmbgOptions = {}): string | null {
  if (!Number.isSafeInteger(value) || value < 1e11 || value >= 1e13) return null;
  const digits = String(value);
  if (digits.length === 13) return isValidJmbg(digits, options) ? digits : null;
  return recoverJmbgLeadingZero(digits, options);
}
