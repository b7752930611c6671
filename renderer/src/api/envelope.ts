/**
 * Turning HTTP responses into the contract's Result envelope. The web host answers every call,
 * 4xx included, with `{ok, value | error}`; when the body is missing or not JSON (a proxy page,
 * a crash) we synthesize an error from the status so the UI always gets a Result.
 */
import type { AppError, ErrorCode, Result } from '../../../shared/contract';
import { isErrorCode } from '../../../shared/contract';

/** Marks an error the transport made up because the host could not be reached. */
export const OFFLINE_DETAIL = 'offline';

export function transportFailure(
  code: ErrorCode,
  message: string,
  details?: Readonly<Record<string, string | number>>,
): { readonly ok: false; readonly error: AppError } {
  return details === undefined
    ? { ok: false, error: { code, message } }
    : { ok: false, error: { code, message, details } };
}

export function offlineFailure(message: string): { readonly ok: false; readonly error: AppError } {
  return transportFailure('INTERNAL', message, { transport: OFFLINE_DETAIL });
}

export function isOfflineError(error: AppError): boolean {
  return error.details?.['transport'] === OFFLINE_DETAIL;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanDetails(value: unknown): Record<string, string | number> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) out[key] = v;
  }
  return out;
}

function statusFailure(status: number): { readonly ok: false; readonly error: AppError } {
  if (status === 401 || status === 403) {
    return transportFailure('FORBIDDEN', `HTTP ${status} without a Result body`);
  }
  return transportFailure('INTERNAL', `HTTP ${status} without a Result body`);
}

export function parseEnvelope<T>(status: number, body: string): Result<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return statusFailure(status);
  }
  if (!isRecord(parsed)) return statusFailure(status);
  if (parsed['ok'] === true && 'value' in parsed) {
    // The host validated the response against the contract; the renderer trusts its shape.
    return { ok: true, value: parsed['value'] as T };
  }
  if (parsed['ok'] === false && isRecord(parsed['error'])) {
    const error = parsed['error'];
    const code = isErrorCode(error['code']) ? error['code'] : 'INTERNAL';
    const message = typeof error['message'] === 'string' ? error['message'] : `HTTP ${status}`;
    const details = cleanDetails(error['details']);
    return transportFailure(code, message, details);
  }
  return statusFailure(status);
}
