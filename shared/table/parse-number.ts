/**
 * Number recognition for text cells in both conventions found in city files: Serbian
 * (`1.234.567,89`, `1 234,5`, `-12,5`) and plain/English (`1234.5`, `1,234.5`). Some texts fit
 * both (`1.234` is 1234 in sr and 1.234 in en), so a column's style is decided from all of its
 * values (serbian-pii.md §3.5) and only then are the values parsed.
 */

/** What a single text says about the column's number style. */
export type NumberEvidence = 'neutral' | 'sr' | 'en' | 'ambiguous-dot' | 'ambiguous-comma';

export type NumberStyle = 'sr' | 'en';

export interface NumberScan {
  readonly evidence: NumberEvidence;
  /**
   * Leading zero (`0101990710006`, `007`) or 13+ integer digits: an identifier, not a quantity.
   * Excel's 15-digit limit and dropped leading zeros are the classic corruptions (architecture §4).
   */
  readonly identifier: boolean;
  readonly negative: boolean;
  /** The digits and separators without sign or parentheses. */
  readonly body: string;
}

export interface ParsedNumber {
  readonly value: number;
  /** The text had a decimal part (`12,50`), so the column is decimal even if the value is whole. */
  readonly fraction: boolean;
}

const IDENTIFIER_DIGITS = 13;
// Space, no-break space, narrow no-break space, thin space: what Word/Excel/ICU put in `1 234`.
const SPACES = '[ \\u00A0\\u202F\\u2009]';
const SPACES_GLOBAL = /[ \u00A0\u202F\u2009]/g;

const PLAIN_INT = /^\d+$/;
const COMMA_DECIMAL = /^\d+,\d+$/;
const DOT_DECIMAL = /^\d+\.\d+$/;
const AMBIGUOUS_COMMA = /^[1-9]\d{0,2},\d{3}$/;
const AMBIGUOUS_DOT = /^[1-9]\d{0,2}\.\d{3}$/;
const SR_GROUPED_INT = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const SR_GROUPED_DEC = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
const EN_GROUPED_INT = /^[1-9]\d{0,2}(?:,\d{3}){2,}$/;
const EN_GROUPED_DEC = /^[1-9]\d{0,2}(?:,\d{3})+\.\d+$/;
const SPACE_GROUPED_INT = new RegExp(`^[1-9]\\d{0,2}(?:${SPACES}\\d{3})+$`);
const SPACE_GROUPED_SR = new RegExp(`^[1-9]\\d{0,2}(?:${SPACES}\\d{3})+,\\d+$`);
const SPACE_GROUPED_EN = new RegExp(`^[1-9]\\d{0,2}(?:${SPACES}\\d{3})+\\.\\d+$`);

function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

function hasLeadingZero(body: string): boolean {
  return (
    body.length > 1 &&
    body.charCodeAt(0) === 48 &&
    body.charCodeAt(1) >= 48 &&
    body.charCodeAt(1) <= 57
  );
}

function evidenceOf(body: string): NumberEvidence | null {
  if (PLAIN_INT.test(body)) return 'neutral';
  if (COMMA_DECIMAL.test(body)) return AMBIGUOUS_COMMA.test(body) ? 'ambiguous-comma' : 'sr';
  if (DOT_DECIMAL.test(body)) return AMBIGUOUS_DOT.test(body) ? 'ambiguous-dot' : 'en';
  if (SR_GROUPED_INT.test(body) || SR_GROUPED_DEC.test(body)) return 'sr';
  if (EN_GROUPED_INT.test(body) || EN_GROUPED_DEC.test(body)) return 'en';
  if (SPACE_GROUPED_INT.test(body)) return 'neutral';
  if (SPACE_GROUPED_SR.test(body)) return 'sr';
  if (SPACE_GROUPED_EN.test(body)) return 'en';
  return null;
}

/** Recognizes a number-shaped text (already trimmed); null when it is not one. */
export function scanNumber(text: string): NumberScan | null {
  let body = text;
  let negative = false;
  const first = body.charCodeAt(0);
  if (first === 45 /* - */ || first === 0x2212 /* − minus sign */) {
    negative = true;
    body = body.slice(1);
  } else if (first === 40 /* ( */ && body.endsWith(')')) {
    // Accounting sheets write negatives in parentheses (serbian-pii.md §3.5).
    negative = true;
    body = body.slice(1, -1);
  }
  const evidence = evidenceOf(body);
  if (evidence === null) return null;
  const intPart = evidenceIntegerPart(body, evidence);
  const identifier = hasLeadingZero(body) || countDigits(intPart) >= IDENTIFIER_DIGITS;
  return { evidence, identifier, negative, body };
}

/** The integer part under the reading that makes it longest (an identifier check must not miss). */
function evidenceIntegerPart(body: string, evidence: NumberEvidence): string {
  switch (evidence) {
    case 'neutral':
      return body;
    case 'sr':
    case 'ambiguous-dot': {
      const comma = body.indexOf(',');
      return comma < 0 ? body : body.slice(0, comma);
    }
    case 'en':
    case 'ambiguous-comma': {
      const dot = body.indexOf('.');
      return dot < 0 ? body : body.slice(0, dot);
    }
  }
}

/** Parses a scanned text under the column's style. */
export function parseScannedNumber(scan: NumberScan, style: NumberStyle): ParsedNumber | null {
  const withoutSpaces = scan.body.replace(SPACES_GLOBAL, '');
  const normalized =
    style === 'sr'
      ? withoutSpaces.replaceAll('.', '').replace(',', '.')
      : withoutSpaces.replaceAll(',', '');
  const value = Number(normalized);
  if (!Number.isFinite(value)) return null;
  return {
    value: scan.negative && value !== 0 ? -value : value,
    fraction: normalized.includes('.'),
  };
}

/**
 * The style a column's evidence implies: null when it holds both unambiguous Serbian and
 * unambiguous English numbers (then the column is not numeric). Ambiguous values alone read as
 * Serbian: Serbian Excel writes `1.234` for one thousand two hundred thirty-four.
 */
export function resolveNumberStyle(sawSr: boolean, sawEn: boolean): NumberStyle | null {
  if (sawSr && sawEn) return null;
  return sawEn ? 'en' : 'sr';
}
