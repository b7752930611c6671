/**
 * Secrets for the command line. Environment variables come first, so IT's job runner can hand a
 * scheduled job its keys: OTVORI_API_KEY (the portal key) and OTVORI_PSEUDONYM_KEY (the city's
 * pseudonymization key). Otherwise the stored key: what the desktop app stored for this user,
 * where the CLI can read it (app-stored-secrets.ts). Nothing here ever takes a key from an
 * argument, and nothing is written to the app's store.
 *
 * The portal key the publishing module keeps while connecting lives for this process only. A
 * pseudonymization key is never made up here: one invented for a single run would give every
 * month different pseudonyms, so without one the store refuses to create it.
 */
import { SecretStoreUnavailable, type SecretName, type SecretStore } from '../secrets/secret-store';

export const SECRET_ENV: Readonly<Record<SecretName, string>> = {
  'portal-api-key': 'OTVORI_API_KEY',
  'pseudonym-key': 'OTVORI_PSEUDONYM_KEY',
};

export class CliSecretStore implements SecretStore {
  readonly protection = 'session' as const;
  private readonly session = new Map<SecretName, string>();

  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly stored: SecretStore | null = null,
  ) {}

  async get(name: SecretName): Promise<string | null> {
    const fromEnv = this.env[SECRET_ENV[name]]?.trim();
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    return this.session.get(name) ?? (await this.stored?.get(name)) ?? null;
  }

  async set(name: SecretName, value: string): Promise<void> {
    if (name !== 'portal-api-key') throw new SecretStoreUnavailable();
    this.session.set(name, value);
  }

  async delete(name: SecretName): Promise<void> {
    this.session.delete(name);
  }
}
