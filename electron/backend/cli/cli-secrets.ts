/**
 * Secrets for the command line. Environment variables come first, so IT's job runner can hand a
 * scheduled job its keys: OTVORI_API_KEY (the portal key) and OTVORI_PSEUDONYM_KEY (the city's
 * pseudonymization key). Otherwise the stored key: the SecretStore the host was given (one that
 * can read what the app stored). Nothing here ever takes a key from an argument.
 *
 * The portal key the publishing module stores while connecting is kept for this process only.
 * A pseudonymization key is never made up here: one invented for a single run would give every
 * month different pseudonyms, so without a stored one the store refuses to create it.
 */
import { SecretStoreUnavailable, type SecretName, type SecretStore } from '../secrets/secret-store';

export const SECRET_ENV: Readonly<Record<SecretName, string>> = {
  'portal-api-key': 'OTVORI_API_KEY',
  'pseudonym-key': 'OTVORI_PSEUDONYM_KEY',
};

export class CliSecretStore implements SecretStore {
  readonly protection: SecretStore['protection'];
  private readonly session = new Map<SecretName, string>();

  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly stored: SecretStore | null = null,
  ) {
    this.protection = stored?.protection ?? 'session';
  }

  async get(name: SecretName): Promise<string | null> {
    const fromEnv = this.env[SECRET_ENV[name]]?.trim();
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    return this.session.get(name) ?? (await this.stored?.get(name)) ?? null;
  }

  async set(name: SecretName, value: string): Promise<void> {
    if (this.stored !== null && this.stored.protection !== 'unavailable') {
      await this.stored.set(name, value);
    } else if (name === 'portal-api-key') {
      this.session.set(name, value);
    } else {
      throw new SecretStoreUnavailable();
    }
  }

  async delete(name: SecretName): Promise<void> {
    this.session.delete(name);
    await this.stored?.delete(name);
  }
}
