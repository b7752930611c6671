/**
 * The desktop SecretStore (electron/main/safe-storage-secrets.ts) with a fake safeStorage: only
 * ciphertext reaches the disk, storing is refused without real OS encryption (including Linux's
 * hard-coded 'basic_text' fallback), and an undecryptable file reads as "no key".
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretStoreUnavailable } from '../../../electron/backend/secrets/secret-store';
import {
  SafeStorageSecretStore,
  type SafeStorageLike,
} from '../../../electron/main/safe-storage-secrets';

/** Reversible but not plain: XOR with a per-"user" byte, prefixed like DPAPI blobs are opaque. */
function fakeSafeStorage(options: { available?: boolean; backend?: string; user?: number } = {}) {
  const user = options.user ?? 0x5a;
  const storage: SafeStorageLike = {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) =>
      Buffer.concat([Buffer.from([user]), Buffer.from(text, 'utf8').map((b) => b ^ user)]),
    decryptString: (data) => {
      if (data[0] !== user) throw new Error('Error while decrypting the ciphertext provided');
      return Buffer.from(data.subarray(1).map((b) => b ^ user)).toString('utf8');
    },
    ...(options.backend === undefined
      ? {}
      : { getSelectedStorageBackend: () => options.backend as string }),
  };
  return storage;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-secrets-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('SafeStorageSecretStore', () => {
  it('stores only ciphertext and reads the key back', async () => {
    const store = new SafeStorageSecretStore(fakeSafeStorage(), dir, 'win32');
    expect(store.protection).toBe('os-keychain');
    await store.set('portal-api-key', 'secret-key-1234567890');
    const files = readdirSync(path.join(dir, 'secrets'));
    expect(files).toEqual(['portal-api-key.bin']);
    const onDisk = readFileSync(path.join(dir, 'secrets', 'portal-api-key.bin'));
    expect(onDisk.toString('latin1')).not.toContain('secret-key');
    expect(await store.get('portal-api-key')).toBe('secret-key-1234567890');
    expect(await store.get('pseudonym-key')).toBeNull();
  });

  it('replaces and deletes', async () => {
    const store = new SafeStorageSecretStore(fakeSafeStorage(), dir, 'darwin');
    await store.set('portal-api-key', 'first-key-xxxxxxxx');
    await store.set('portal-api-key', 'second-key-xxxxxxx');
    expect(await store.get('portal-api-key')).toBe('second-key-xxxxxxx');
    await store.delete('portal-api-key');
    expect(await store.get('portal-api-key')).toBeNull();
    await store.delete('portal-api-key');
  });

  it('refuses to store when the OS offers no encryption', async () => {
    const store = new SafeStorageSecretStore(fakeSafeStorage({ available: false }), dir, 'win32');
    expect(store.protection).toBe('unavailable');
    await expect(store.set('portal-api-key', 'k-xxxxxxxxxxxx')).rejects.toBeInstanceOf(
      SecretStoreUnavailable,
    );
    expect(await store.get('portal-api-key')).toBeNull();
  });

  it("treats Linux's basic_text fallback (a hard-coded password) as no encryption", () => {
    const plain = new SafeStorageSecretStore(
      fakeSafeStorage({ backend: 'basic_text' }),
      dir,
      'linux',
    );
    expect(plain.protection).toBe('unavailable');
    const keyring = new SafeStorageSecretStore(
      fakeSafeStorage({ backend: 'gnome_libsecret' }),
      dir,
      'linux',
    );
    expect(keyring.protection).toBe('os-keychain');
  });

  it('reads a key encrypted by another user as absent', async () => {
    const mine = new SafeStorageSecretStore(fakeSafeStorage({ user: 1 }), dir, 'win32');
    await mine.set('portal-api-key', 'someone-elses-key');
    const other = new SafeStorageSecretStore(fakeSafeStorage({ user: 2 }), dir, 'win32');
    expect(await other.get('portal-api-key')).toBeNull();
    writeFileSync(path.join(dir, 'secrets', 'pseudonym-key.bin'), 'garbage');
    expect(await other.get('pseudonym-key')).toBeNull();
  });
});
