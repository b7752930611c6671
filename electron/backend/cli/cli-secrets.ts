/**
 * Secrets for the command line. Environment variables come first, so a scheduled job can be given
 * its keys by IT's job runner: OTVORI_API_KEY (the portal key) and OTVORI_PSEUDONYM_KEY (the city's
 * pseudonymization key). Otherwise the stored key: the SecretStore the host was given (the app's
 * keychain store where the host can read it). Nothing here ever takes a key from an argument, and
 * nothing creates a key: a pseudonymization key made up for one run would give every month other
 * pseudonyms, so without a stored one the store refuses to create it.
 */
import { SecretStoreUnavailable, type SecretName, type SecretStore } from '../secrets/secret-store';

export const SECRET_ENV: Readonly<Record<SecretName, string>> = {
  'portal-api-key': 'OTVORI_API_KEY',
  'pseudonym-key': 'OTVORI_PSEUDONYM_KEY',
};

export class CliSecretStore implements SecretStore {
  readonly protection: SecretStore['protection'];

  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly stored: SecretStore | null = null,
  ) {
    this.protection = stored?.protection ?? 'unavailable';
  }

  async get(name: SecretName): Promise<string | null> {
    const fromEnv = this.env[SECRET_ENV[name]]?.trim();
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    return (await this.stored?.get(name)) ?? null;
  }

  async set(name: SecretName, value: string): Promise<void> {
    if (this.stored === null) throw new SecretStoreUnavailable();
    await this.stored.set(name, value);
  }

  async delete(name: SecretName): Promise<void> {
    await this.stored?.delete(name);
  }
}
