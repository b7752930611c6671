/**
 * The training portal's starting data (udata-api.md §14 "Seed"): the City of Pančevo, a second
 * organisation the training user is not a member of, and users for each role.
 */
import { randomBytes } from 'node:crypto';
import { objectId, type OrgRole, type PortalState } from './portal-state';

export interface SeedUser {
  readonly key: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly apiKey?: string;
  readonly active?: boolean;
  readonly siteAdmin?: boolean;
  /** Organisation keys (see SeedOrg.key) and the role in each. */
  readonly memberOf?: Readonly<Record<string, OrgRole>>;
}

export interface SeedOrg {
  readonly key: string;
  readonly name: string;
  readonly slug: string;
  readonly acronym?: string;
}

export interface PortalSeed {
  readonly orgs: readonly SeedOrg[];
  readonly users: readonly SeedUser[];
}

export const DEFAULT_SEED: PortalSeed = {
  orgs: [
    { key: 'pancevo', name: 'Град Панчево', slug: 'grad-panchevo' },
    { key: 'other', name: 'Министарство за вежбу', slug: 'ministarstvo-za-vezhbu' },
  ],
  users: [
    { key: 'editor', firstName: 'Вера', lastName: 'Уредник', memberOf: { pancevo: 'editor' } },
    { key: 'admin', firstName: 'Ана', lastName: 'Администратор', memberOf: { pancevo: 'admin' } },
    { key: 'outsider', firstName: 'Петар', lastName: 'Спољни' },
    {
      key: 'inactive',
      firstName: 'Јован',
      lastName: 'Неактивни',
      active: false,
      memberOf: { pancevo: 'editor' },
    },
  ],
};

/** A training key: obviously not a data.gov.rs key, and unguessable (the server binds to loopback). */
export function trainingKey(): string {
  return `vezbaonica-${randomBytes(24).toString('base64url')}`;
}

export interface SeededIds {
  readonly users: Readonly<Record<string, { id: string; apiKey: string | null }>>;
  readonly orgs: Readonly<Record<string, { id: string; slug: string }>>;
}

export function applySeed(state: PortalState, seed: PortalSeed, now: Date): SeededIds {
  const orgs: Record<string, { id: string; slug: string }> = {};
  for (const org of seed.orgs) {
    const id = objectId();
    state.orgs.set(id, {
      id,
      name: org.name,
      acronym: org.acronym ?? null,
      slug: org.slug,
      description: '',
      members: [],
      deleted: null,
      createdAt: now,
    });
    orgs[org.key] = { id, slug: org.slug };
  }
  const users: Record<string, { id: string; apiKey: string | null }> = {};
  for (const user of seed.users) {
    const id = objectId();
    const apiKey = user.apiKey ?? trainingKey();
    state.users.set(id, {
      id,
      slug: `${user.key}-${id.slice(-6)}`,
      firstName: user.firstName,
      lastName: user.lastName,
      email: `${user.key}@vezbaonica.invalid`,
      apiKey,
      revokedKeys: new Set(),
      active: user.active ?? true,
      siteAdmin: user.siteAdmin ?? false,
    });
    users[user.key] = { id, apiKey };
    for (const [orgKey, role] of Object.entries(user.memberOf ?? {})) {
      const org = orgs[orgKey];
      if (org === undefined) throw new Error(`seed: unknown organisation ${orgKey}`);
      state.orgs.get(org.id)?.members.push({ userId: id, role });
    }
  }
  return { users, orgs };
}
