/**
 * The keys the desktop app stored (electron/main/safe-storage-secrets.ts writes
 * `<dataDir>/secrets/<name>.bin`, encrypted by Electron's safeStorage), read back by the command
 * line on Windows, for the same Windows user. There safeStorage is Chromium's OSCrypt: `v10`, a
 * 12-byte nonce, then AES-256-GCM ciphertext and its 16-byte tag, under a key kept in Electron's
 * `Local State` file (`os_crypt.encrypted_key`: `DPAPI` and a DPAPI blob that only this user on
 * this machine can open). Anything unexpected reads as "not stored", as in the app. The CLI never
 * writes or deletes the app's keys. Elsewhere (the macOS keychain, Linux libsecret) it does not
 * read them: the environment variables are the way there.
 */
import { execFile } from 'node:child_process';
import { createDecipheriv } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultDataDir } from '../paths';
import { SecretStoreUnavailable, type SecretName, type SecretStore } from '../secrets/secret-store';

/** DPAPI's CryptUnprotectData for the current user. */
export type Unprotect = (blob: Buffer) => Promise<Buffer>;

const VERSION = Buffer.from('v10');
const DPAPI = Buffer.from('DPAPI');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

export class AppStoredSecrets implements SecretStore {
  readonly protection = 'os-keychain' as const;
  private key: Promise<Buffer | null> | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly localStateFile: string,
    private readonly unprotect: Unprotect,
  ) {}

  /** The AES key from Local State, opened with DPAPI once per process. */
  private masterKey(): Promise<Buffer | null> {
    this.key ??= (async () => {
      const text = await readOrNull(this.localStateFile);
      if (text === null) return null;
      const encoded = (
        JSON.parse(text.toString('utf8')) as { os_crypt?: { encrypted_key?: unknown } }
      ).os_crypt?.encrypted_key;
      if (typeof encoded !== 'string') return null;
      const blob = Buffer.from(encoded, 'base64');
      if (!blob.subarray(0, DPAPI.length).equals(DPAPI)) return null;
      const key = await this.unprotect(blob.subarray(DPAPI.length));
      return key.length === 32 ? key : null;
    })().catch(() => null);
    return this.key;
  }

  async get(name: SecretName): Promise<string | null> {
    const sealed = await readOrNull(path.join(this.dataDir, 'secrets', `${name}.bin`));
    if (sealed === null || !sealed.subarray(0, VERSION.length).equals(VERSION)) return null;
    if (sealed.length < VERSION.length + NONCE_BYTES + TAG_BYTES) return null;
    const key = await this.masterKey();
    if (key === null) return null;
    try {
      const nonce = sealed.subarray(VERSION.length, VERSION.length + NONCE_BYTES);
      const body = sealed.subarray(VERSION.length + NONCE_BYTES, sealed.length - TAG_BYTES);
      const decipher = createDecipheriv('aes-256-gcm', key, nonce);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      // Sealed by another user or machine (a copied profile): as if never stored.
      return null;
    }
  }

  async set(): Promise<void> {
    throw new SecretStoreUnavailable();
  }

  async delete(): Promise<void> {
    // The app's keys are the app's: the command line never removes them.
  }
}

/** CryptUnprotectData through Windows PowerShell (no native module needed). */
export const windowsUnprotect: Unprotect = (blob) =>
  new Promise((resolve, reject) => {
    const script =
      'Add-Type -AssemblyName System.Security;' +
      '$b=[Convert]::FromBase64String([Console]::In.ReadToEnd().Trim());' +
      "[Convert]::ToBase64String([Security.Cryptography.ProtectedData]::Unprotect($b,$null,'CurrentUser'))";
    const child = execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-Command', script],
      { windowsHide: true, timeout: 15_000 },
      (error, stdout) => (error ? reject(error) : resolve(Buffer.from(stdout.trim(), 'base64'))),
    );
    child.stdin?.end(blob.toString('base64'));
  });

/**
 * The app's stored keys where the command line can read them (Windows), else null. Electron keeps
 * Local State in its userData folder: %APPDATA%\Otvori.
 */
export function appStoredSecrets(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
): SecretStore | null {
  if (platform !== 'win32') return null;
  const roaming = env['APPDATA'] ?? path.join(os.homedir(), 'AppData', 'Roaming');
  return new AppStoredSecrets(
    defaultDataDir(env as NodeJS.ProcessEnv, platform),
    path.join(roaming, 'Otvori', 'Local State'),
    windowsUnprotect,
  );
}
