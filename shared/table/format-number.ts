/**
 * Writes a number the way open-data consumers parse it: `1234.5`, `-0.000001`, never a thousands
 * separator, never an exponent (`String(1e21)` is `1e+21`, `String(1e-7)` is `1e-7`). Digits are
 * the shortest round-trip form JavaScript gives, so nothing is invented or lost.
 */
export function formatPlainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (value === 0) return '0'; // also -0
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = '', lead = '', rest = '', exp = '0'] = match;
  const digits = lead + rest;
  // Position of the decimal point counted from the start of `digits`.
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number shown as Excel's "General" format would (15 significant digits), for numeric cells that
 * land in a text column: `0.1 + 0.2` reads `0.3`, not `0.30000000000000004`.
 */
export function formatGeneralNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return formatPlainNumber(value);
  return formatPlainNumber(Number(value.toPrecision(15)));
}
