import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes via a temporary file and a rename, so a crash or a concurrent reader never sees half a
 * file (ensureSampleRegister treats an existing file as complete).
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
