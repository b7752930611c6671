/**
 * What the backend needs from its host, passed in as ports so the same handlers run under
 * Electron, the web host and tests without mocks (architecture.md §12).
 */
import type { FileRef, HostKind, SaveOutcome } from '../../shared/contract';

/** A file the clerk chose, resolved to a path only inside the backend. */
export interface ResolvedFile {
  readonly path: string;
  readonly name: string;
}

/**
 * Opening and saving files. Electron: native dialogs. Web host: uploads and downloads.
 * The renderer only ever holds opaque FileRef ids.
 */
export interface FilePort {
  /** Native open dialog; null when the clerk cancels. Hosts without dialogs return 'unsupported'. */
  pickFile(): Promise<FileRef | null | 'unsupported'>;
  /** Give a backend-known path (recent file, sample) an id the renderer may hold. */
  register(filePath: string, name: string, size: number): FileRef;
  resolve(fileRefId: string): ResolvedFile | null;
  /** Save dialog + write (Electron) or a one-time download (web host). */
  save(suggestedName: string, bytes: Uint8Array): Promise<SaveOutcome>;
}

export interface HostInfo {
  readonly kind: HostKind;
  readonly version: string;
  /** Local (never roaming) app-data folder holding otvori.db and generated samples. */
  readonly dataDir: string;
  /** When the running build was made (ISO 8601), from electron/backend/build-info.ts. */
  readonly buildDate?: string;
}
