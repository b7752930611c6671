/**
 * The SecretStore of the desktop app (issue 7 §1): each secret is encrypted with Electron's
 * safeStorage (DPAPI on Windows, the keychain on macOS, libsecret/kwallet on Linux) and only the
 * ciphertext is written, one file per secret in `<dataDir>/secrets/`. When the OS offers no real
 * encryption (safeStorage unavailable, or Linux's 'basic_text' fallback with a hard-coded
 * password) storing is refused: a key in clear text on disk is worse than asking again.
 * Decryption happens here in main; the renderer never sees a secret.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  SecretStoreUnavailable,
  type SecretName,
  type SecretStore,
} from '../backend/secrets/secret-store';

/** The part of Electron's safeStorage this store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only. */
  getSelectedStorageBackend?(): string;
}

function isProtected(safeStorage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend !== undefined) {
    const backend = safeStorage.getSelectedStorageBackend();
    return backend !== 'basic_text' && backend !== 'unknown';
  }
  return true;
}

export class SafeStorageSecretStore implements SecretStore {
  readonly protection: 'os-keychain' | 'unavailable';
  private readonly dir: string;

  constructor(
    private readonly safeStorage: SafeStorageLike,
    dataDir: string,
    platform: NodeJS.Platform = process.platform,
  ) {
    this.protection = isProtected(safeStorage, platform) ? 'os-keychain' : 'unavailable';
    this.dir = path.join(dataDir, 'secrets');
  }

  private file(name: SecretName): string {
    return path.join(this.dir, `${name}.bin`);
  }

  async get(name: SecretName): Promise<string | null> {
    if (this.protection === 'unavailable') return null;
    let encrypted: Buffer;
    try {
      encrypted = await readFile(this.file(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return this.safeStorage.decryptString(encrypted);
    } catch {
      // Encrypted by another Windows user or machine (a copied profile): as if never stored.
      return null;
    }
  }

  async set(name: SecretName, value: string): Promise<void> {
    if (this.protection === 'unavailable') throw new SecretStoreUnavailable();
    await mkdir(this.dir, { recursive: true });
    const target = this.file(name);
    const temporary = `${target}.tmp`;
    await writeFile(temporary, this.safeStorage.encryptString(value), { mode: 0o600 });
    // Written whole, then renamed: a crash never leaves half a ciphertext behind.
    await rename(temporary, target);
  }

  async delete(name: SecretName): Promise<void> {
    await rm(this.file(name), { force: true });
  }
}
