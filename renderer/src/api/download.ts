/**
 * The web host answers an export with a one-time download URL. A plain link cannot carry the
 * token header, so we fetch the bytes ourselves and hand them to the browser as a Blob.
 */
import type { Result } from '../../../shared/contract';
import { offlineFailure, parseEnvelope, transportFailure } from './envelope';
import { tokenHeaders } from './web-transport';

/** Chromium may still be reading the blob right after click(); revoke a little later. */
const REVOKE_AFTER_MS = 60_000;

export async function downloadFromWebHost(
  url: string,
  fileName: string,
  token: string | null,
): Promise<Result<{ bytes: number }>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: tokenHeaders(token), cache: 'no-store' });
  } catch (error) {
    return offlineFailure(`Download failed: ${String(error)}`);
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    const parsed = parseEnvelope<never>(response.status, body);
    return parsed.ok ? transportFailure('INTERNAL', `Download: HTTP ${response.status}`) : parsed;
  }
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch (error) {
    return offlineFailure(`Download interrupted: ${String(error)}`);
  }
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(objectUrl), REVOKE_AFTER_MS);
  return { ok: true, value: { bytes: blob.size } };
}
