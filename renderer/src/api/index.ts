/**
 * The renderer's one door to the backend (architecture.md §3): `window.otvori` in Electron,
 * the web host transport in a browser. Components import from here, never from a transport.
 */
import type { FileRef, OtvoriApi, Result, SaveOutcome } from '../../../shared/contract';
import { findElectronBridge } from './electron-bridge';
import { chooseFileWithInput, createTemporaryInput } from './choose-file';
import { downloadFromWebHost } from './download';
import { transportFailure } from './envelope';
import { uploadToWebHost } from './upload';
import type { UploadOptions } from './upload';
import { createWebTransport } from './web-transport';
import { getWebToken, takeLaunchToken } from './web-token';

export { ACCEPTED_EXTENSIONS } from './choose-file';
export { isOfflineError } from './envelope';
export { newJobId } from './job-id';
export type { UploadOptions } from './upload';

const bridge = findElectronBridge();

/** Which transport this renderer uses. */
export type RendererHost = 'electron' | 'web';
export const hostKind: RendererHost = bridge === null ? 'web' : 'electron';

// Read (and hide) the launch token before anything renders or calls the host.
if (bridge === null) takeLaunchToken();

export const api: OtvoriApi = bridge ?? createWebTransport(getWebToken);

/**
 * Dropping a file onto the window works in the web host (the file is uploaded). In Electron it
 * is left out for now: the sandboxed renderer gets no file path from a drop (File.path is gone
 * since Electron 32) and the preload exposes no webUtils.getPathForFile; use "Open file" there.
 */
export const supportsFileDrop: boolean = hostKind === 'web';

/** Sends a file the clerk chose or dropped to the web host; Electron opens files by path instead. */
export function uploadFile(file: File, options: UploadOptions = {}): Promise<Result<FileRef>> {
  if (hostKind !== 'web') {
    return Promise.resolve(transportFailure('NOT_SUPPORTED', 'Uploads exist only in the web host'));
  }
  return uploadToWebHost(file, getWebToken(), options);
}

export interface PickFileOptions extends UploadOptions {
  /** The page's hidden `<input type=file>`; a temporary one is used when absent. */
  readonly input?: HTMLInputElement | null;
  /** Called when the web host upload begins, so the UI can show progress. */
  readonly onUploadStart?: (file: { readonly name: string; readonly size: number }) => void;
}

/**
 * Lets the clerk choose a spreadsheet. Electron: the native dialog ('app:files:pick').
 * Web host: the browser's file chooser, then an upload. `null` when the clerk cancels.
 */
export async function pickFile(options: PickFileOptions = {}): Promise<Result<FileRef | null>> {
  if (hostKind === 'electron') {
    const result = await api.invoke('app:files:pick', {});
    return result.ok ? { ok: true, value: result.value.file } : result;
  }
  const input = options.input ?? createTemporaryInput();
  const file = await chooseFileWithInput(input);
  if (file === null) return { ok: true, value: null };
  options.onUploadStart?.({ name: file.name, size: file.size });
  return uploadFile(file, options);
}

/**
 * Completes an export: a 'download' outcome (web host) is fetched with the token and handed to
 * the browser; 'saved' (native dialog) and 'cancelled' need nothing more.
 */
export async function deliverExport(outcome: SaveOutcome): Promise<Result<SaveOutcome>> {
  if (outcome.kind !== 'download') return { ok: true, value: outcome };
  const result = await downloadFromWebHost(outcome.url, outcome.fileName, getWebToken());
  return result.ok ? { ok: true, value: outcome } : result;
}
