/**
 * The command line's FilePort: files are named on the command line, so "opening" registers a
 * path the user gave, and "saving" writes to the --out path the command set beforehand (never a
 * dialog). Writes are atomic: a scheduled job that fails half-way never leaves half a file.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FileRef, SaveOutcome } from '../../../shared/contract';
import type { FilePort, ResolvedFile } from '../ports';
import { writeFileAtomic } from '../sample/atomic-write';

export class CliFilePort implements FilePort {
  private readonly files = new Map<string, ResolvedFile>();
  private saveTarget: string | null = null;
  /** Why the last save failed (`EACCES`, `ENOENT`…); the command reports it, the handler cannot. */
  lastSaveError: string | null = null;

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

  /** Where the next save goes (the command's --out); the suggested name is ignored. */
  saveNextTo(filePath: string): void {
    this.saveTarget = filePath;
  }

  async save(_suggestedName: string, bytes: Uint8Array): Promise<SaveOutcome> {
    const target = this.saveTarget;
    if (target === null) return { kind: 'cancelled' };
    this.saveTarget = null;
    this.lastSaveError = null;
    try {
      writeFileAtomic(target, bytes);
    } catch (error) {
      this.lastSaveError = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
      return { kind: 'cancelled' };
    }
    return { kind: 'saved', fileName: path.basename(target), bytes: bytes.byteLength };
  }
}
