/**
 * The web host's FilePort: the browser uploads the clerk's file (stored under the data dir,
 * never overwriting the original, which stays on the clerk's disk), and exports become one-time
 * downloads held in memory for a short while.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { FileRef, SaveOutcome } from '../../../shared/contract';
import type { FilePort, ResolvedFile } from '../ports';

/** How long an export waits to be downloaded. */
const DOWNLOAD_TTL_MS = 10 * 60 * 1000;

export class UploadTooLargeError extends Error {
  override readonly name = 'UploadTooLargeError';
  constructor(readonly limit: number) {
    super(`Upload exceeds ${limit} bytes`);
  }
}

/** Keeps a readable, safe file name: no folders, no control characters, bounded length. */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .slice(-180);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'datoteka' : cleaned;
}

interface Download {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly expires: number;
}

export class WebFilePort implements FilePort {
  private readonly files = new Map<string, ResolvedFile>();
  private readonly downloads = new Map<string, Download>();

  constructor(
    private readonly uploadDir: string,
    private readonly now: () => number = Date.now,
  ) {}

  async pickFile(): Promise<'unsupported'> {
    return 'unsupported';
  }

  register(filePath: string, name: string, size: number): FileRef {
    const id = randomUUID();
    this.files.set(id, { path: filePath, name });
    return { id, name, size };
  }

  resolve(fileRefId: string): ResolvedFile | null {
    return this.files.get(fileRefId) ?? null;
  }

  /** Streams an upload to disk, refusing more than maxBytes. */
  async receiveUpload(body: Readable, rawName: string, maxBytes: number): Promise<FileRef> {
    const name = safeFileName(rawName);
    const folder = path.join(this.uploadDir, randomUUID());
    mkdirSync(folder, { recursive: true });
    const target = path.join(folder, name);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) callback(new UploadTooLargeError(maxBytes));
        else callback(null, chunk);
      },
    });
    await pipeline(body, counter, createWriteStream(target, { flags: 'wx' }));
    return this.register(target, name, size);
  }

  async save(suggestedName: string, bytes: Uint8Array): Promise<SaveOutcome> {
    this.prune();
    const id = randomUUID();
    const fileName = safeFileName(suggestedName);
    this.downloads.set(id, { fileName, bytes, expires: this.now() + DOWNLOAD_TTL_MS });
    return { kind: 'download', fileName, bytes: bytes.byteLength, url: `/download/${id}` };
  }

  /** Hands out a prepared download once. */
  takeDownload(id: string): { fileName: string; bytes: Uint8Array } | null {
    this.prune();
    const download = this.downloads.get(id);
    if (!download) return null;
    this.downloads.delete(id);
    return { fileName: download.fileName, bytes: download.bytes };
  }

  private prune(): void {
    const now = this.now();
    for (const [id, download] of this.downloads) {
      if (download.expires < now) this.downloads.delete(id);
    }
  }
}
