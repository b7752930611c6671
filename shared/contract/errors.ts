/**
 * The closed set of error codes a handler may return. The renderer maps each code to a message
 * in the clerk's language (renderer i18n `error.<code>`); `message` is for logs and developers.
 * Electron forwards only `error.message` of a thrown error, so handlers return errors as values.
 */
export const ERROR_CODES = [
  /** The request did not match the channel's schema. */
  'INVALID_REQUEST',
  /** No such channel. */
  'UNKNOWN_CHANNEL',
  /** The caller is not allowed (wrong origin, token, sender). */
  'FORBIDDEN',
  /** The referenced workbook, file or record does not exist (any more). */
  'NOT_FOUND',
  /** The file is larger than Otvori accepts. details: { size, limit } */
  'FILE_TOO_LARGE',
  /** The file could not be read from disk. */
  'FILE_UNREADABLE',
  /** The content is not a format Otvori reads (checked by magic bytes, not extension). */
  'FILE_UNSUPPORTED',
  /** The workbook is password-protected or encrypted. */
  'FILE_ENCRYPTED',
  /** The file is truncated or damaged. */
  'FILE_CORRUPT',
  /** The file expands to far more than its size (a zip bomb) or has too many parts. */
  'FILE_SUSPICIOUS',
  /** The file contains no table with data. */
  'FILE_EMPTY',
  /** Reading took longer than the time limit. details: { seconds } */
  'READ_TIMEOUT',
  /** Reading needed more memory than the limit. details: { megabytes } */
  'READ_OUT_OF_MEMORY',
  /** The clerk cancelled the job. */
  'CANCELLED',
  /** The operation is not available in this host (e.g. a native dialog in the web host). */
  'NOT_SUPPORTED',
  /** The local database could not be opened or written. */
  'STORAGE_FAILED',
  /**
   * A recipe or step the engine cannot accept (schema, unknown op, unsafe pattern, unknown step).
   * details: { stepIndex, field, code } of the first issue (shared/recipe validate-recipe.ts).
   */
  'RECIPE_INVALID',
  /** A bug: something that should not happen. */
  'INTERNAL',
  // Publishing (issue 7): the portal's answers, decided from status codes and error keys.
  /** The portal refused the API key (wrong, regenerated, revoked, expired, inactive user). */
  'PORTAL_KEY_INVALID',
  /** The account may not publish for that organization. */
  'PORTAL_NO_PERMISSION',
  /** The portal refused metadata fields. details: { fields } (comma-separated form fields) */
  'PORTAL_FIELD_REJECTED',
  /** The portal does not accept this file type. */
  'PORTAL_FILE_TYPE_NOT_ALLOWED',
  /** The file is larger than the portal (its proxy) accepts. */
  'PORTAL_TOO_LARGE',
  /** The portal cannot be reached now. */
  'PORTAL_DOWN',
  /** The portal did not answer in time. */
  'PORTAL_TIMEOUT',
  /** The dataset or resource no longer exists on the portal. */
  'PORTAL_NOT_FOUND',
  /** The dataset was deleted on the portal. */
  'PORTAL_GONE',
  /** The portal does not accept new content for now. */
  'PORTAL_READ_ONLY',
  /** The portal failed internally. */
  'PORTAL_SERVER_ERROR',
  /** The file on the portal differs from the one sent. */
  'PORTAL_CHECKSUM_MISMATCH',
  /** The portal answered something Otvori does not understand. */
  'PORTAL_UNEXPECTED',
  /** No portal is connected. */
  'PORTAL_NOT_CONNECTED',
  /** IT's policy does not allow this portal, organization or the training portal. */
  'PORTAL_NOT_ALLOWED',
  /** The OS offers no encryption, so the API key cannot be stored. */
  'SECRET_STORAGE_UNAVAILABLE',
  /** This publication is already being published. */
  'PUBLISH_BUSY',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  readonly code: ErrorCode;
  /** Developer-facing English text; never shown to the clerk verbatim, never contains cell values. */
  readonly message: string;
  /** Values the clerk's message may interpolate (sizes, limits, names). */
  readonly details?: Readonly<Record<string, string | number>>;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: ErrorCode,
  message: string,
  details?: Readonly<Record<string, string | number>>,
): Result<T> {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
