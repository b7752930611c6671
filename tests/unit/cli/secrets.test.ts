/**
 * Where the command line finds keys: the environment first, then what the desktop app stored
 * (Electron safeStorage on Windows: `v10` + nonce + AES-256-GCM under the Local State key that
 * DPAPI protects — here DPAPI is played by a fake that only accepts its own blob).
 */
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AppStoredSecrets,
  appStoredSecrets,
  type Unprotect,
} from '../../../electron/backend/cli/app-stored-secrets';
import { CliSecretStore } from '../../../electron/backend/cli/cli-secrets';
import { MemorySecretStore } from '../../../electron/backend/secrets/secret-store';

let dir: string;
const masterKey = randomBytes(32);
const dpapiBlob = randomBytes(40);
/** Opens only the blob "this user" sealed, as DPAPI would. */
const fakeDpapi: Unprotect = async (blob) => {
  if (!blob.equals(dpapiBlob)) throw new Error('not this user');
  return masterKey;
};

function seal(text: string, key = masterKey): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from('v10'), nonce, body, cipher.getAuthTag()]);
}

function store(): AppStoredSecrets {
  return new AppStoredSecrets(dir, path.join(dir, 'Local State'), fakeDpapi);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-secrets-'));
  mkdirSync(path.join(dir, 'secrets'));
  const encryptedKey = Buffer.concat([Buffer.from('DPAPI'), dpapiBlob]).toString('base64');
  writeFileSync(
    path.join(dir, 'Local State'),
    JSON.stringify({ os_crypt: { encrypted_key: encryptedKey } }),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the keys the app stored', () => {
  it('reads a key sealed by Electron safeStorage', async () => {
    writeFileSync(path.join(dir, 'secrets', 'portal-api-key.bin'), seal('kljuc-sa-portala'));
    expect(await store().get('portal-api-key')).toBe('kljuc-sa-portala');
  });

  it('reads nothing that is missing, tampered with or sealed under another key', async () => {
    expect(await store().get('pseudonym-key')).toBeNull();
    const sealed = seal('tajna');
    sealed.writeUInt8(sealed.readUInt8(sealed.length - 20) ^ 1, sealed.length - 20);
    writeFileSync(path.join(dir, 'secrets', 'pseudonym-key.bin'), sealed);
    expect(await store().get('pseudonym-key')).toBeNull();
    writeFileSync(path.join(dir, 'secrets', 'portal-api-key.bin'), seal('x', randomBytes(32)));
    expect(await store().get('portal-api-key')).toBeNull();
  });

  it('reads nothing when DPAPI refuses the Local State key (another user)', async () => {
    writeFileSync(path.join(dir, 'secrets', 'portal-api-key.bin'), seal('kljuc'));
    const refusing = new AppStoredSecrets(dir, path.join(dir, 'Local State'), async () => {
      throw new Error('DPAPI: wrong user');
    });
    expect(await refusing.get('portal-api-key')).toBeNull();
  });

  it('never writes the app store and is offered only on Windows', async () => {
    await expect(store().set()).rejects.toThrow();
    expect(appStoredSecrets({}, 'linux')).toBeNull();
    expect(appStoredSecrets({ APPDATA: dir, LOCALAPPDATA: dir }, 'win32')).not.toBeNull();
  });
});

describe('the command line secret store', () => {
  it('takes the environment first, then the stored key', async () => {
    const stored = new MemorySecretStore();
    await stored.set('portal-api-key', 'stored-key');
    await stored.set('pseudonym-key', 'stored-pseudonym');
    const withEnv = new CliSecretStore({ OTVORI_API_KEY: ' env-key ' }, stored);
    expect(await withEnv.get('portal-api-key')).toBe('env-key');
    expect(await withEnv.get('pseudonym-key')).toBe('stored-pseudonym');
    expect(await new CliSecretStore({}, stored).get('portal-api-key')).toBe('stored-key');
    expect(await new CliSecretStore({}, null).get('portal-api-key')).toBeNull();
  });

  it('keeps a portal key for the session only and never invents a pseudonymization key', async () => {
    const stored = new MemorySecretStore();
    const secrets = new CliSecretStore({}, stored);
    await secrets.set('portal-api-key', 'session-key');
    expect(await secrets.get('portal-api-key')).toBe('session-key');
    expect(await stored.get('portal-api-key')).toBeNull();
    await expect(secrets.set('pseudonym-key', 'made-up')).rejects.toThrow();
  });
});
