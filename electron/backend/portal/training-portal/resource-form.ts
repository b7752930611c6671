/**
 * The resource form: remote creation and partial updates (udata-api.md §4.3, §5.2).
 */
import { isIP } from 'node:net';
import type { PortalProfile } from '../common/profile';
import type { FieldErrors } from './dataset-form';
import { MSG_NOT_A_VALID_CHOICE, MSG_REQUIRED, msgTooLong, t, type Lang } from './messages';
import type { Checksum, StoredResource } from './portal-state';
import { CHECKSUM_TYPES, RESOURCE_TYPES } from './reference-data';

/** Hosted-file fields HEAD protects on PUT (≥ 17.0.2); LEGACY lets a stale body overwrite them (§4.3). */
const PROTECTED_HOSTED_FIELDS = ['checksum', 'filesize', 'mime', 'format'] as const;

function has(body: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, key);
}

function add(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

function isPrivateIPv4(host: string): boolean {
  const [a = 0, b = 0] = host.split('.').map(Number);
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

/** http(s)/ftp(s), a public TLD, no localhost or private address (URLS_ALLOW_LOCAL/PRIVATE=False, §5.2). */
export function isAcceptedRemoteUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ftp:', 'ftps:'].includes(url.protocol)) return false;
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return false;
  const bare = host.replace(/^\[|\]$/g, '');
  const ipVersion = isIP(bare);
  if (ipVersion === 4) return !isPrivateIPv4(bare);
  if (ipVersion === 6) return false;
  const tld = host.split('.').pop() ?? '';
  // "made-up TLDs are rejected" (pitfall 23): require a dot and an alphabetic TLD that is not reserved.
  return (
    host.includes('.') &&
    /^[a-z]{2,63}$/.test(tld) &&
    !['local', 'internal', 'invalid', 'test', 'example', 'lan'].includes(tld)
  );
}

export interface ResourceFormContext {
  readonly profile: PortalProfile;
  readonly lang: Lang;
}

/**
 * Applies a partial body to a resource (PUT is safe with partial bodies, §5.5) or builds a new
 * remote one. Returns the field errors, or null after mutating `target`.
 */
export function applyResourceForm(
  body: Record<string, unknown>,
  target: StoredResource,
  isCreate: boolean,
  ctx: ResourceFormContext,
): FieldErrors | null {
  const errors: FieldErrors = {};
  const next: Partial<StoredResource> = {};

  if (has(body, 'title') || isCreate) {
    const raw = body['title'];
    const title = typeof raw === 'string' ? raw.trim() : '';
    if (title === '') add(errors, 'title', MSG_REQUIRED);
    else if (title.length > 350) add(errors, 'title', msgTooLong(350));
    else next.title = title;
  }
  if (has(body, 'description')) {
    const raw = body['description'];
    if (raw !== null && typeof raw !== 'string') add(errors, 'description', 'Not a valid string');
    else if (typeof raw === 'string' && raw.length > 100_000)
      add(errors, 'description', msgTooLong(100_000));
    else next.description = raw === '' ? null : (raw as string | null);
  }
  if (has(body, 'type') || isCreate) {
    const raw = body['type'] ?? (isCreate ? 'other' : target.type);
    if (typeof raw !== 'string' || !RESOURCE_TYPES.some((r) => r.id === raw))
      add(errors, 'type', MSG_NOT_A_VALID_CHOICE);
    else next.type = raw;
  }
  const hosted = !isCreate && target.filetype === 'file';
  if ((has(body, 'url') || isCreate) && !hosted) {
    // For hosted files the sent url is ignored: the server keeps its own (§4.3, v2.4+).
    const raw = body['url'];
    if (typeof raw !== 'string' || raw.trim() === '') add(errors, 'url', MSG_REQUIRED);
    else if (!isAcceptedRemoteUrl(raw.trim())) add(errors, 'url', t('Invalid URL', ctx.lang));
    else next.url = raw.trim();
  }
  const protect = hosted && ctx.profile === 'modern';
  if (has(body, 'format') && !(protect && PROTECTED_HOSTED_FIELDS.includes('format'))) {
    const raw = body['format'];
    // " CSV " → "csv" (§5.2).
    next.format = typeof raw === 'string' && raw.trim() !== '' ? raw.trim().toLowerCase() : null;
  }
  if (has(body, 'mime') && !protect) {
    const raw = body['mime'];
    next.mime = typeof raw === 'string' && raw !== '' ? raw : null;
  }
  if (has(body, 'filesize') && !protect) {
    const raw = body['filesize'];
    if (raw === null) next.filesize = null;
    else if (typeof raw !== 'number' || !Number.isInteger(raw))
      add(errors, 'filesize', 'Not a valid integer value');
    else next.filesize = raw;
  }
  if (has(body, 'checksum') && !protect) {
    const raw = body['checksum'];
    if (raw === null) next.checksum = null;
    else if (typeof raw !== 'object' || Array.isArray(raw))
      add(errors, 'checksum', MSG_NOT_A_VALID_CHOICE);
    else {
      const c = raw as Record<string, unknown>;
      const type = c['type'] ?? 'sha1';
      if (typeof type !== 'string' || !(CHECKSUM_TYPES as readonly string[]).includes(type)) {
        add(errors, 'checksum', MSG_NOT_A_VALID_CHOICE);
      } else if (typeof c['value'] === 'string' && c['value'] !== '') {
        next.checksum = { type, value: c['value'] } satisfies Checksum;
      } // an empty value is not stored (§5.2)
    }
  }
  if (has(body, 'published') && ctx.profile === 'legacy') {
    // Only LEGACY has `published`; it drives the dataset's last_update (pitfall 13).
    const raw = body['published'];
    const date = typeof raw === 'string' ? new Date(raw) : null;
    if (date !== null && Number.isNaN(date.getTime()))
      add(errors, 'published', 'Not a valid datetime value');
    else next.published = date;
  }
  if (has(body, 'extras')) {
    const raw = body['extras'];
    if (raw === null) next.extras = {};
    else if (typeof raw !== 'object' || Array.isArray(raw))
      add(errors, 'extras', 'Not a valid dict');
    else next.extras = { ...(raw as Record<string, unknown>) };
  }
  if (has(body, 'schema')) {
    const raw = body['schema'];
    // No schema catalogue is configured: any non-empty schema is refused (§5.2).
    if (raw !== null && !(typeof raw === 'object' && Object.keys(raw as object).length === 0)) {
      add(errors, 'schema', MSG_NOT_A_VALID_CHOICE);
    }
  }
  if (Object.keys(errors).length > 0) return errors;
  Object.assign(target, next);
  return null;
}
