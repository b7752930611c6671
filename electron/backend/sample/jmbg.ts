/**
 * Synthetic JMBG numbers (serbian-pii.md §1.1): DD MM YYY RR BBB K, control digit mod 11 with
 * weights 7,6,5,4,3,2,7,6,5,4,3,2. Only for generated test data: never a real person's number.
 */
const WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The control digit for 12 digits, or null when the remainder is 1 (no valid number, strict rule). */
export function jmbgControlDigit(first12: string): number | null {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (WEIGHTS[i] ?? 0) * (first12.charCodeAt(i) - 48);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

export interface JmbgParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Registration area, 86 = Pančevo. */
  readonly region: number;
  /** 000–499 male, 500–999 female. */
  readonly serial: number;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** A checksum-valid JMBG, or null when this serial gives remainder 1 (caller picks another). */
export function makeJmbg(parts: JmbgParts): string | null {
  const first12 =
    pad(parts.day, 2) +
    pad(parts.month, 2) +
    pad(parts.year % 1000, 3) +
    pad(parts.region, 2) +
    pad(parts.serial, 3);
  const control = jmbgControlDigit(first12);
  return control === null ? null : first12 + String(control);
}
