/**
 * Maps a portal answer to a PortalError by status code and error keys only (udata-api.md §7;
 * never the message text, §3.5).
 */
import { toMetadataField, type FieldScope } from './field-map';
import { PortalError } from './portal-error';

export type Operation = 'json' | 'upload';

export interface ErrorContext {
  readonly operation: Operation;
  readonly scope: FieldScope;
  /** For developer logs only (method and path, never the key). */
  readonly what: string;
}

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

export function mapHttpError(status: number, body: unknown, ctx: ErrorContext): PortalError {
  const obj = asObject(body);
  const errors = asObject(obj?.['errors']);
  const where = `${ctx.what} → ${status}`;
  switch (status) {
    case 401:
      return new PortalError('PORTAL_KEY_INVALID', `${where}: key refused`, { status });
    case 403:
      return new PortalError('PORTAL_NO_PERMISSION', `${where}: not allowed`, { status });
    case 404:
      return new PortalError('PORTAL_NOT_FOUND', `${where}: not found`, { status });
    case 410:
      return new PortalError('PORTAL_GONE', `${where}: deleted on the portal`, { status });
    case 413:
      return new PortalError('PORTAL_TOO_LARGE', `${where}: request too large`, { status });
    case 415:
      return new PortalError('PORTAL_FILE_TYPE_NOT_ALLOWED', `${where}: content type refused`, {
        status,
      });
    case 423:
      return new PortalError('PORTAL_READ_ONLY', `${where}: portal is read-only`, { status });
    case 429:
    case 502:
    case 503:
    case 504:
      return new PortalError('PORTAL_DOWN', `${where}: portal unavailable`, { status });
    case 500:
      return new PortalError('PORTAL_SERVER_ERROR', `${where}: portal error`, { status });
    default:
      break;
  }
  if (status === 400) {
    if (errors !== null) {
      const keys = Object.keys(errors);
      if (keys.includes('Content-Type')) {
        return new PortalError('PORTAL_UNEXPECTED', `${where}: client sent a wrong Content-Type`, {
          status,
        });
      }
      // Publishing for an organisation one is not a member of is a 400 on `organization` (§2.3).
      if (keys.length === 1 && keys[0] === 'organization') {
        return new PortalError('PORTAL_NO_PERMISSION', `${where}: organization refused`, {
          status,
          fields: [toMetadataField('organization', ctx.scope)],
          portalFields: keys,
        });
      }
      return new PortalError(
        'PORTAL_FIELD_REJECTED',
        `${where}: fields refused: ${keys.join(', ')}`,
        {
          status,
          fields: [...new Set(keys.map((k) => toMetadataField(k, ctx.scope)))],
          portalFields: keys,
        },
      );
    }
    // Upload answers: the extension refusal is the only documented `{"message"}` 400 without
    // `success` (§4.4); `{"success": false}` bodies are protocol mistakes of ours.
    if (ctx.operation === 'upload' && obj !== null && 'message' in obj && !('success' in obj)) {
      return new PortalError('PORTAL_FILE_TYPE_NOT_ALLOWED', `${where}: file type refused`, {
        status,
      });
    }
  }
  return new PortalError('PORTAL_UNEXPECTED', `${where}: unexpected answer`, { status });
}
