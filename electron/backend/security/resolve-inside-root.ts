/**
 * Maps a URL path onto a file inside `root`, or null. Used by every static file server (the
 * Electron `app://` protocol and the web host) so a crafted URL (`/../`, `%2e%2e`, `..\\`,
 * absolute or drive-letter paths, NUL) can never read a file outside the built renderer.
 */
import path from 'node:path';

export function resolveInsideRoot(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Drive letters or UNC prefixes smuggled into the path (C:, //server).
  if (/^\/*[a-zA-Z]:/.test(decoded) || decoded.startsWith('//')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  const absoluteRoot = path.resolve(root);
  const target = path.resolve(absoluteRoot, ...segments);
  const relative = path.relative(absoluteRoot, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}
