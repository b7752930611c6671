/**
 * The register as CSV for audits and freedom-of-information requests (issue 7 §5): RFC 4180,
 * CRLF, UTF-8 with an optional BOM so Excel in a Serbian locale shows Cyrillic. Pure.
 */
import type { RegisterEntry } from './publish-journal-repo';

export const REGISTER_COLUMNS = [
  'startedAt',
  'finishedAt',
  'publicationTitle',
  'publicationId',
  'attemptNo',
  'result',
  'errorCode',
  'actor',
  'portalUrl',
  'portalProfile',
  'training',
  'resourcePolicy',
  'period',
  'resumed',
  'datasetId',
  'datasetUrl',
  'resourceId',
  'resourceUrl',
  'fileName',
  'rowCount',
  'checksumSha1',
  'recipeVersion',
  'anonymizationSummary',
] as const satisfies readonly (keyof RegisterEntry)[];

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

export interface RegisterCsvOptions {
  /** Header labels in the clerk's language; the column id where absent. */
  readonly labels?: Partial<Readonly<Record<RegisterColumn, string>>>;
  readonly bom?: boolean;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
  // A cell starting with = + - @ runs as a formula when the audit file is opened in Excel.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function registerToCsv(
  entries: readonly RegisterEntry[],
  options: RegisterCsvOptions = {},
): string {
  const header = REGISTER_COLUMNS.map((c) => cell(options.labels?.[c] ?? c)).join(',');
  const lines = entries.map((e) => REGISTER_COLUMNS.map((c) => cell(e[c])).join(','));
  return `${options.bom === true ? '\uFEFF' : ''}${[header, ...lines].join('\r\n')}\r\n`;
}
