/**
 * Pure URL and path predicates the Electron shell trusts with its security decisions
 * (architecture.md §8). No `electron` import, so they are unit-tested against spoofing strings.
 */
import { hasControlCharacters } from '../../backend/security/resolve-inside-root';

export const APP_SCHEME = 'app';
export const APP_HOST = 'otvori';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Hosts (and their subdomains) the app may open in the clerk's browser. */
export const EXTERNAL_HOSTS: readonly string[] = ['data.gov.rs'];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for the app's own page, `app://otvori` or `app://otvori/…`.
 * The raw prefix is compared before parsing because the URL parser forgives what an attacker
 * can exploit: `app://otvori@evil`, `app://otvori.evil`, `APP://`, stripped tabs/newlines and
 * leading spaces all parse to something that can look like the app's origin in some field.
 */
export function isAppOrigin(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  if (url !== APP_ORIGIN && !url.startsWith(`${APP_ORIGIN}/`)) return false;
  // Whitespace and control characters are silently dropped or trimmed by the URL parser.
  if (hasControlCharacters(url) || /[\s\\]/u.test(url)) return false;
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * True for an https URL whose host is one of `allowedHosts` or a subdomain of one.
 * Answers link spoofing: `https://data.gov.rs.evil.com`, `https://data.gov.rs@evil.com`,
 * `https://evil.com/data.gov.rs`, `javascript:`, plain `http:`, and explicit ports.
 */
export function isAllowedExternalUrl(url: unknown, allowedHosts: readonly string[]): boolean {
  return toAllowedExternalUrl(url, allowedHosts) !== null;
}

/** The normalized URL to hand to the OS when `url` is allowed, else null. */
export function toAllowedExternalUrl(url: unknown, allowedHosts: readonly string[]): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  if (hasControlCharacters(url) || /\s/u.test(url)) return null;
  const parsed = parse(url);
  if (parsed === null) return null;
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.port !== '') return null;
  const host = parsed.hostname;
  const allowed = allowedHosts.some((entry) => {
    const allowedHost = entry.toLowerCase();
    return allowedHost !== '' && (host === allowedHost || host.endsWith(`.${allowedHost}`));
  });
  return allowed ? parsed.href : null;
}

// Path containment is shared with the web host's static server, so it lives in the backend.
export { isInsideRoot, resolveInsideRoot } from '../../backend/security/resolve-inside-root';
