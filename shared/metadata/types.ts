/**
 * A publication's metadata as the clerk edits it, mapped field by field onto the portal's
 * Dataset and Resource (udata-api.md §5.1, §5.2; mapping in to-udata.ts). Plain JSON: empty
 * strings mean "not filled in", so a half-done draft always saves.
 */

/** Bumped when the stored shape changes; stored drafts are upgraded on read. */
export const METADATA_SCHEMA_VERSION = 1;

/** Frictionless Table Schema field types Otvori's column types map onto. */
export const DICTIONARY_TYPES = [
  'string',
  'integer',
  'number',
  'date',
  'datetime',
  'boolean',
] as const;
export type DictionaryType = (typeof DICTIONARY_TYPES)[number];

/** One column of the published table, explained for re-users. */
export interface ColumnDescription {
  /** The column's header exactly as in the published CSV. */
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly type: DictionaryType;
  /** Unit of measure (`RSD`, `m²`, `%`); empty when none or unknown. */
  readonly unit: string;
  /** The closed set of values the column takes; empty when open. */
  readonly allowedValues: readonly string[];
}

/** `YYYY-MM-DD` dates; both empty when the coverage is not given. */
export interface TemporalCoverage {
  readonly start: string;
  readonly end: string;
}

export interface OrganizationRef {
  /** Portal organisation id (24-hex ObjectId, udata-api.md §3.3); empty when not chosen. */
  readonly id: string;
  /** Name shown to the clerk (`Град Панчево`). */
  readonly name: string;
}

export interface ContactPoint {
  readonly name: string;
  readonly email: string;
}

export interface ResourceMetadata {
  readonly title: string;
  readonly description: string;
}

export interface PublicationMetadata {
  readonly schemaVersion: typeof METADATA_SCHEMA_VERSION;
  /** Serbian, usually Cyrillic (the portal's default language). */
  readonly title: string;
  /** Latin version of the title (one click from the Cyrillic; editable); empty when not used. */
  readonly titleLatin: string;
  /** Markdown. */
  readonly description: string;
  readonly descriptionLatin: string;
  /** As the clerk typed them; the portal's normal form is shown beside each (udata-slug.ts). */
  readonly tags: readonly string[];
  readonly license: string;
  readonly frequency: string;
  readonly temporalCoverage: TemporalCoverage;
  /** A `/spatial/granularities/` id; empty when not given. */
  readonly spatialGranularity: string;
  readonly organization: OrganizationRef;
  readonly contact: ContactPoint;
  /** The data file (CSV) as a portal resource. */
  readonly resource: ResourceMetadata;
  readonly dictionary: readonly ColumnDescription[];
}

/** What an office sets once and every new publication starts from. */
export interface OfficeTemplate {
  readonly organization: OrganizationRef;
  readonly license: string;
  readonly frequency: string;
  readonly spatialGranularity: string;
  readonly contact: ContactPoint;
  readonly tags: readonly string[];
}

/** A validation problem: which field, what is wrong, the numbers for the message. */
export interface MetadataIssue {
  /** Dotted path: `title`, `tags`, `temporalCoverage.end`, `dictionary.2.label`. */
  readonly field: string;
  readonly code: IssueCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export const ISSUE_CODES = [
  'required',
  'tooShort',
  'tooLong',
  'tooMany',
  'notInList',
  'invalidDate',
  'invalidEmail',
  'invalidOrganization',
  'tagTooShort',
  'tagTooLong',
  'startMissing',
  'endMissing',
  'startAfterEnd',
  'duplicate',
  'invalid',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];
