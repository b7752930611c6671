/**
 * The city's pseudonymization key (issue 5 §2): created once, on first need, as 32 random bytes,
 * and kept only in the secret store. The same key every month makes the same person the same
 * pseudonym in every published period; it never enters a recipe, a log or an export.
 */
import { randomBytes } from 'node:crypto';
import type { SecretStore } from './secret-store';

export async function ensurePseudonymKey(secrets: SecretStore): Promise<string> {
  const existing = await secrets.get('pseudonym-key');
  if (existing !== null) return existing;
  const created = randomBytes(32).toString('hex');
  await secrets.set('pseudonym-key', created);
  return created;
}
