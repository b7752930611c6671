/**
 * The one door from the app to the clerk's browser. `shell.openExternal` hands a URL to the OS,
 * which runs whatever handles its scheme (`file:`, `ms-msdt:`, `smb:` have all been used for
 * code execution), so only allow-listed https URLs pass (architecture.md §8).
 */
import type { Shell } from 'electron';
import { EXTERNAL_HOSTS, toAllowedExternalUrl } from './trusted-url';

export type OpenExternal = (url: string) => boolean;

export function createOpenExternal(
  shell: Pick<Shell, 'openExternal'>,
  allowedHosts: readonly string[] = EXTERNAL_HOSTS,
): OpenExternal {
  return (url) => {
    const target = toAllowedExternalUrl(url, allowedHosts);
    if (target === null) {
      // The URL itself is not logged: it came from page content.
      console.warn('[otvori] refused to open a non-allow-listed external URL');
      return false;
    }
    shell.openExternal(target).catch((error: unknown) => {
      console.warn(
        `[otvori] openExternal failed: ${error instanceof Error ? error.name : 'error'}`,
      );
    });
    return true;
  };
}
