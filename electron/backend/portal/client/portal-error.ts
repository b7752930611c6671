/**
 * The closed set of errors the uData client reports. Each is decided from the HTTP status and the
 * keys of the error body, never from message text, which data.gov.rs writes in Serbian Cyrillic
 * by default (udata-api.md §3.5, §7). The UI maps each code to a message in the clerk's language.
 */
export const PORTAL_ERROR_CODES = [
  /** 401: the key is unknown, regenerated, revoked, expired, or its user inactive (§2.3). */
  'PORTAL_KEY_INVALID',
  /** 403, or 400 on `organization`: the account may not publish for that organisation (§2.3). */
  'PORTAL_NO_PERMISSION',
  /** 400 with `errors`: fields the portal refused; details.fields names the metadata fields. */
  'PORTAL_FIELD_REJECTED',
  /** 400 on upload with the extension message, or 415 (HTML): the file type is refused (§4.4). */
  'PORTAL_FILE_TYPE_NOT_ALLOWED',
  /** 413 from the reverse proxy (§4.4, pitfall 22). */
  'PORTAL_TOO_LARGE',
  /** Connection refused/reset, DNS, 502/503/504/429: the portal is not reachable now. */
  'PORTAL_DOWN',
  /** No answer within the time limit. */
  'PORTAL_TIMEOUT',
  /** The clerk cancelled. */
  'PORTAL_CANCELLED',
  /** 404: the dataset or resource does not exist (any more). */
  'PORTAL_NOT_FOUND',
  /** 410: the dataset was deleted on the portal. */
  'PORTAL_GONE',
  /** 423: the portal refuses new content for now (read-only mode). */
  'PORTAL_READ_ONLY',
  /** 500: the portal failed; nothing to fix on the clerk's side. */
  'PORTAL_SERVER_ERROR',
  /** The portal's SHA-1 of the uploaded file differs from ours (§9.6). */
  'PORTAL_CHECKSUM_MISMATCH',
  /** An answer the client does not understand (HTML instead of JSON, a 400 that is a client bug). */
  'PORTAL_UNEXPECTED',
] as const;

export type PortalErrorCode = (typeof PORTAL_ERROR_CODES)[number];

export interface PortalErrorDetails {
  readonly status?: number;
  /** Metadata field names (see field-map.ts) the portal refused. */
  readonly fields?: readonly string[];
  /** The portal's field keys, as sent back in `errors`. */
  readonly portalFields?: readonly string[];
}

export class PortalError extends Error {
  override readonly name = 'PortalError';

  constructor(
    readonly code: PortalErrorCode,
    message: string,
    readonly details: PortalErrorDetails = {},
  ) {
    super(message);
  }
}

export function isPortalError(value: unknown): value is PortalError {
  return value instanceof PortalError;
}

/** Codes worth retrying with backoff — for idempotent requests only (architecture.md §7). */
export function isTransient(code: PortalErrorCode): boolean {
  return code === 'PORTAL_DOWN' || code === 'PORTAL_TIMEOUT';
}
