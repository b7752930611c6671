/**
 * Maps a URL path onto a file inside `root`, or null. Used by every static file server (the
 * Electron `app://` protocol and the web host) so a crafted URL can never read a file outside
 * the built renderer.
 */
import path from 'node:path';

/** C0 controls and DEL: the URL parser drops tabs and newlines, and NUL ends C strings. */
export function hasControlCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

// Windows maps these names to devices in every folder (`app://otvori/NUL` would read a device).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;

/**
 * The file under `root` that an `app://` URL path names, or null when the path tries to leave
 * `root` or is anything but plain segments. `urlPath` is the URL's pathname, still
 * percent-encoded. Rejects `..` (also `%2e%2e`, `..%2f`), backslashes, NUL and control
 * characters, drive letters and NTFS streams (`:`), device names and absolute paths.
 * Symlinks are checked by the caller, which touches the disk (app-protocol.ts).
 * `pathApi` lets tests run the Windows rules on Linux.
 */
export function resolveInsideRoot(
  root: string,
  urlPath: string,
  pathApi: PathApi = path,
): string | null {
  if (!urlPath.startsWith('/') || urlPath.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed percent-encoding
  }
  // After one decode nothing may still look encoded (`%252e` double encoding) or be special.
  if (hasControlCharacters(decoded) || /[\\%:]/u.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') return null;
    // Windows drops trailing dots and spaces, so `index.html.` and `..` spellings alias files.
    if (segment.endsWith('.') || segment.endsWith(' ')) return null;
    if (WINDOWS_DEVICE.test(segment)) return null;
  }
  const resolvedRoot = pathApi.resolve(root);
  const full = pathApi.resolve(resolvedRoot, ...segments);
  return full !== resolvedRoot && isInsideRoot(resolvedRoot, full, pathApi) ? full : null;
}

/** True when `candidate` is `root` itself or inside it (both already absolute and normalized). */
export function isInsideRoot(root: string, candidate: string, pathApi: PathApi = path): boolean {
  const relative = pathApi.relative(root, candidate);
  if (relative === '') return true;
  // `..foo` is a legal name inside root; only a `..` segment leaves it.
  const leaves = relative === '..' || relative.startsWith(`..${pathApi.sep}`);
  return !leaves && !pathApi.isAbsolute(relative);
}
