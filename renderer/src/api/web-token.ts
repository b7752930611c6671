/**
 * The web host prints a launch URL `http://127.0.0.1:PORT/#token=TOKEN`. The token is the only
 * thing that keeps other local programs and web pages from driving Otvori, so:
 * - it travels in the fragment, which browsers never send to a server or put in Referer;
 * - we keep it in sessionStorage (this tab only, gone when the tab closes) so a reload still works;
 * - we strip it from the visible URL (and the history entry) so it is not bookmarked, shared in
 *   a screenshot or copied with the address.
 */
export const TOKEN_STORAGE_KEY = 'otvori.token';

let memoryToken: string | null = null;

export function readTokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token !== null && token.length > 0 ? token : null;
}

function hashWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('token');
  const rest = params.toString();
  return rest.length > 0 ? `#${rest}` : '';
}

/** Reads the launch token from the address (once, at start-up) or from this tab's storage. */
export function takeLaunchToken(): string | null {
  const { hash, pathname, search } = window.location;
  const fromHash = readTokenFromHash(hash);
  if (fromHash !== null) {
    memoryToken = fromHash;
    try {
      window.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled by policy; the in-memory copy still serves this page's life.
    }
    window.history.replaceState(
      window.history.state,
      '',
      pathname + search + hashWithoutToken(hash),
    );
    return fromHash;
  }
  return getWebToken();
}

export function getWebToken(): string | null {
  if (memoryToken !== null) return memoryToken;
  try {
    memoryToken = window.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    memoryToken = null;
  }
  return memoryToken;
}
