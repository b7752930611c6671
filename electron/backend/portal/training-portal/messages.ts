/**
 * Exact error bodies and messages of udata (udata-api.md §2.3, §4.4, §7). udata's own messages
 * are translated by `?lang=` (default `sr` on data.gov.rs, §3.5); WTForms built-ins stay English.
 */
import type { PortalProfile } from '../common/profile';

export type Lang = 'sr' | 'sl' | 'en';

export const MSG_UNAUTHORIZED =
  "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.";
export const MSG_FORBIDDEN = 'You do not have the permission to modify that object.';
export const MSG_INACTIVE_USER = 'Inactive user';
export const MSG_NOT_FOUND =
  'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.';
export const MSG_DATASET_DELETED = 'Dataset has been deleted';
export const MSG_ORGANIZATION_DELETED = 'Organization has been deleted';
export const MSG_READ_ONLY =
  'Due to security reasons, the creation of new content is currently disabled.';
export const MSG_INTERNAL = 'Internal Server Error';
export const MSG_REMOTE_ONLY = 'This endpoint only supports remote resources';
export const MSG_HTML_UPLOAD = 'Incorrect file content type: HTML';
export const MSG_REQUIRED = 'This field is required.';
export const MSG_NOT_A_VALID_CHOICE = 'Not a valid choice';
export const MSG_FILETYPE_IMMUTABLE = 'Cannot modify filetype after creation';

export function msgInvalidKey(profile: PortalProfile): string {
  // v16+ speaks of tokens (§2.3); the modern profile follows the newest udata.
  return profile === 'legacy' ? 'Invalid API Key' : 'Invalid API token';
}

export const MSG_REVOKED_TOKEN = 'Revoked API token';

export function msgTooLong(max: number): string {
  return `Field cannot be longer than ${max} characters.`;
}

/** §4.4 "(sic, no space)"; the URL points at the portal that answers. */
export function msgFileTypeNotAllowed(baseUrl: string): string {
  return `This file type is not allowed.The allowed file type list is available at ${baseUrl}/api/1/datasets/extensions/`;
}

export function msgTagLength(tag: string): string {
  return `Tag "${tag}" must be between 3 and 96 characters long.`;
}

const TRANSLATED: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  // "Дозвола ја ову организацију је одбијена" (sic) is the fork's translation (§14 Language).
  'Permission denied for this organization': {
    sr: 'Дозвола ја ову организацију је одбијена',
    sl: 'Dozvola ja ovu organizaciju je odbijena',
    en: 'Permission denied for this organization',
  },
  'Invalid URL': { sr: 'Неправилан URL', sl: 'Nepravilan URL', en: 'Invalid URL' },
  'Organization does not exists': {
    sr: 'Organization не постоји',
    sl: 'Organization ne postoji',
    en: 'Organization does not exists',
  },
  'Unable to parse date range': {
    sr: 'Unable to parse date range',
    sl: 'Unable to parse date range',
    en: 'Unable to parse date range',
  },
};

/** udata's own message in the request's language (English when no translation is known). */
export function t(message: string, lang: Lang): string {
  return TRANSLATED[message]?.[lang] ?? message;
}

/** The reverse proxy's 413 page: HTML, not JSON (§4.4, §7). */
export const HTML_413 =
  '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** Unknown API paths fall through to the site's HTML 404 (§3.1). */
export const HTML_404 =
  '<!doctype html><html lang="sr"><head><meta charset="utf-8"><title>404</title></head><body><h1>Страница није пронађена</h1><p>Vežbaonica — ово није data.gov.rs.</p></body></html>';
