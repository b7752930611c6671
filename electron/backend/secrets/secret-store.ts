/**
 * Where secrets live (the portal API key, the city's pseudonymization key). The Electron shell
 * provides a store backed by the OS keychain through `safeStorage` (electron/main); hosts without
 * it (the web host, tests, the CLI) keep secrets in memory for the life of the process only.
 * Secrets never go into SQLite in clear text, never into logs, recipes or exports.
 */
export type SecretName = 'portal-api-key' | 'pseudonym-key';

export interface SecretStore {
  /**
   * 'os-keychain': encrypted by the operating system and kept across restarts.
   * 'session': kept in memory only, gone when the app closes.
   * 'unavailable': the OS offers no encryption; storing is refused.
   */
  readonly protection: 'os-keychain' | 'session' | 'unavailable';
  get(name: SecretName): Promise<string | null>;
  /** Throws SecretStoreUnavailable when protection is 'unavailable'. */
  set(name: SecretName, value: string): Promise<void>;
  delete(name: SecretName): Promise<void>;
}

export class SecretStoreUnavailable extends Error {
  constructor() {
    super('The operating system offers no encryption for secrets');
    this.name = 'SecretStoreUnavailable';
  }
}

/** Secrets for the life of this process (web host, tests, CLI). */
export class MemorySecretStore implements SecretStore {
  readonly protection = 'session' as const;
  private readonly values = new Map<SecretName, string>();

  async get(name: SecretName): Promise<string | null> {
    return this.values.get(name) ?? null;
  }

  async set(name: SecretName, value: string): Promise<void> {
    this.values.set(name, value);
  }

  async delete(name: SecretName): Promise<void> {
    this.values.delete(name);
  }
}
