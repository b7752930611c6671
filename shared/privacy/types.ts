/**
 * Types of the personal-data detector (issue 5, serbian-pii.md). Verdicts carry counts and codes
 * only, never a cell value: the renderer turns them into sentences ("1.204 od 1.210 vrednosti su
 * ispravni JMBG"), and logs may print them without leaking anything.
 */

export const PII_KINDS = [
  'jmbg',
  'pib',
  'mb',
  'account',
  'account-treasury',
  'iban',
  'lbo',
  'id-card',
  'passport',
  'phone-mobile',
  'phone-landline',
  'phone-institutional',
  'email',
  'email-institutional',
  'plate',
  'birth-date',
  'postal-code',
  'name',
  'address',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/**
 * What the later plan does with a kind: `identifier` and `contact` are personal data, `quasi`
 * identifies in combination (k-anonymity), `public` belongs to an institution and stays.
 */
export type KindRole = 'identifier' | 'contact' | 'quasi' | 'public';

/** How a value was recognised, from strongest to weakest. */
export type Basis = 'checksum' | 'pattern' | 'dictionary' | 'header';

/** A finding inside a text: [start, end) in UTF-16 code units of the scanned string. */
export interface Span {
  readonly kind: PiiKind;
  readonly start: number;
  readonly end: number;
  readonly basis: Basis;
}

/** Column-level header cues (serbian-pii.md §1: "detect by header/keyword"). */
export const HEADER_CUES = [
  'jmbg',
  'maticni-broj',
  'pib',
  'mb',
  'account',
  'iban',
  'lbo',
  'id-card',
  'passport',
  'phone',
  'email',
  'plate',
  'birth-date',
  'postal-code',
  'name',
  'person-role',
  'address',
  'free-text',
] as const;
export type HeaderCue = (typeof HEADER_CUES)[number];

export type Confidence = 'high' | 'medium' | 'low';

/** Machine-readable reasons behind a confidence level; the renderer words them. */
export type ConfidenceReason =
  | 'header-cue'
  | 'header-cue-without-values'
  | 'checksum-majority'
  | 'pattern-majority'
  | 'dictionary-majority'
  | 'minority-of-cells'
  | 'embedded-in-text'
  | 'chance-matches';

/** One kind found in one column, with the counts a clerk reads: `matched` of `total` cells. */
export interface KindFinding {
  readonly kind: PiiKind;
  readonly role: KindRole;
  /** Cells holding this kind as the whole value. */
  readonly matched: number;
  /** Cells where the kind was found inside longer text. */
  readonly embedded: number;
  /** Non-empty cells examined. */
  readonly total: number;
  /** (matched + embedded) / total. */
  readonly share: number;
  readonly basis: Basis;
  /**
   * The matches look like chance: most same-shaped values in the column fail the checksum
   * (serbian-pii.md §0 collision rates), so the column is not called personal for this kind.
   */
  readonly chance: boolean;
}

/** Structured evidence for one sentence in the UI; counts only. */
export type Evidence =
  /**
   * Cells recognised as `kind`; `basis` tells the renderer how to word it: `checksum` → "su ispravni
   * JMBG", `header` → "liče na LBO (prema zaglavlju)", `dictionary` → "su imena".
   */
  | {
      readonly code: 'matched';
      readonly kind: PiiKind;
      readonly basis: Basis;
      readonly matched: number;
      readonly total: number;
    }
  | {
      readonly code: 'bad-checksum';
      readonly kind: 'jmbg' | 'account' | 'iban' | 'pib' | 'mb';
      readonly matched: number;
      readonly total: number;
    }
  | {
      readonly code: 'leading-zero-lost';
      readonly kind: 'jmbg';
      readonly matched: number;
      readonly total: number;
    }
  | {
      readonly code: 'digits-lost';
      readonly kind: 'account';
      readonly matched: number;
      readonly total: number;
    }
  | {
      readonly code: 'embedded';
      readonly kind: PiiKind;
      readonly matched: number;
      readonly total: number;
    }
  | {
      readonly code: 'chance-matches';
      readonly kind: 'jmbg' | 'account';
      readonly matched: number;
      readonly total: number;
    }
  | { readonly code: 'header'; readonly cue: HeaderCue };

export interface ColumnVerdict {
  readonly columnKey: string;
  readonly columnIndex: number;
  readonly headerCues: readonly HeaderCue[];
  readonly nonEmpty: number;
  /** Cells actually examined (all non-empty cells after a full scan). */
  readonly examined: number;
  readonly scan: 'full' | 'sample';
  /** Kinds found, most frequent first. Empty when nothing was found. */
  readonly kinds: readonly KindFinding[];
  /** The most frequent kind that is personal data, or null. */
  readonly primary: PiiKind | null;
  /** True when any identifier, contact or quasi kind was found (or a strong header cue holds values). */
  readonly personal: boolean;
  readonly confidence: Confidence | null;
  readonly reasons: readonly ConfidenceReason[];
  /** Cells of a free-text column holding personal data inside a sentence. */
  readonly cellsWithEmbedded: number;
  readonly evidence: readonly Evidence[];
}

export interface ScanOptions {
  /** Non-empty cells examined per column before deciding whether to read it all (default 2,000). */
  readonly sampleSize?: number;
  /** 'auto' (default): full scan for columns that look sensitive; 'always': every cell. */
  readonly fullScan?: 'auto' | 'always';
  /** Extra public numbers (NSN or any spelling) that are not personal, e.g. the city's switchboards. */
  readonly institutionalPhones?: readonly string[];
  /** Extra public mailboxes (whole addresses) that are not personal. */
  readonly institutionalEmails?: readonly string[];
  /** Reference date for "birth date not in the future" (default: now). */
  readonly now?: Date;
}
