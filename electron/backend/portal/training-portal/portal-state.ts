/**
 * The training portal's data: users, organisations, datasets and resources, in memory; uploaded
 * files live under the data directory. Ids follow udata: 24-hex ObjectIds for users, organisations
 * and datasets, UUID v4 for resources (udata-api.md §3.3).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { SLUG_MAX_LENGTH, slugify } from '../common/slugify';

export type OrgRole = 'admin' | 'editor';

export interface PortalUser {
  readonly id: string;
  readonly slug: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  apiKey: string | null;
  /** Keys that were regenerated away (modern profile answers "Revoked API token"). */
  readonly revokedKeys: Set<string>;
  active: boolean;
  readonly siteAdmin: boolean;
}

export interface PortalOrg {
  readonly id: string;
  readonly name: string;
  readonly acronym: string | null;
  readonly slug: string;
  readonly description: string;
  readonly members: { userId: string; role: OrgRole }[];
  deleted: Date | null;
  readonly createdAt: Date;
}

export interface Checksum {
  type: string;
  value: string;
}

export interface StoredResource {
  id: string;
  title: string;
  description: string | null;
  filetype: 'file' | 'remote';
  type: string;
  url: string;
  format: string | null;
  mime: string | null;
  filesize: number | null;
  checksum: Checksum | null;
  published: Date | null;
  extras: Record<string, unknown>;
  createdAt: Date;
  lastModified: Date;
  /** Path of the stored file relative to the data directory (hosted files only). */
  fsPath: string | null;
}

export interface TemporalCoverage {
  start: string;
  end: string | null;
}

export interface Spatial {
  zones: string[];
  granularity: string | null;
  geom: unknown;
}

export interface StoredDataset {
  readonly id: string;
  title: string;
  acronym: string | null;
  slug: string;
  readonly slugHistory: string[];
  description: string;
  descriptionShort: string | null;
  license: string | null;
  frequency: string;
  frequencyDate: Date | null;
  temporalCoverage: TemporalCoverage | null;
  spatial: Spatial | null;
  tags: string[];
  private: boolean;
  organizationId: string | null;
  ownerId: string | null;
  extras: Record<string, unknown>;
  resources: StoredResource[];
  deleted: Date | null;
  archived: Date | null;
  readonly createdAt: Date;
  lastModified: Date;
}

export function objectId(): string {
  return randomBytes(12).toString('hex');
}

export function resourceId(): string {
  return randomUUID();
}

const UUID_LIKE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/;

export class PortalState {
  readonly users = new Map<string, PortalUser>();
  readonly orgs = new Map<string, PortalOrg>();
  readonly datasets = new Map<string, StoredDataset>();

  userByKey(key: string): PortalUser | null {
    for (const user of this.users.values()) if (user.apiKey === key) return user;
    return null;
  }

  isRevokedKey(key: string): boolean {
    for (const user of this.users.values()) if (user.revokedKeys.has(key)) return true;
    return false;
  }

  orgsOf(userId: string): PortalOrg[] {
    return [...this.orgs.values()].filter(
      (org) => org.deleted === null && org.members.some((m) => m.userId === userId),
    );
  }

  /** Id first, then current slug; `redirect` when an old slug matched (udata-api.md §3.3). */
  findDataset(idOrSlug: string): { dataset: StoredDataset; redirect: boolean } | null {
    const byId = this.datasets.get(idOrSlug);
    if (byId !== undefined) return { dataset: byId, redirect: false };
    for (const dataset of this.datasets.values()) {
      if (dataset.slug === idOrSlug) return { dataset, redirect: false };
    }
    for (const dataset of this.datasets.values()) {
      if (dataset.slugHistory.includes(idOrSlug)) return { dataset, redirect: true };
    }
    return null;
  }

  findOrg(idOrSlug: string): PortalOrg | null {
    const byId = this.orgs.get(idOrSlug);
    if (byId !== undefined) return byId;
    for (const org of this.orgs.values()) if (org.slug === idOrSlug) return org;
    return null;
  }

  /**
   * A unique slug for `title`: deleted datasets keep theirs reserved; duplicates get `-1`, `-2`…;
   * a UUID-looking slug gets `-uuid` (udata-api.md §5.4, pitfall 3 and 16).
   */
  uniqueSlug(title: string, except: StoredDataset | null): string {
    let base = slugify(title);
    if (UUID_LIKE.test(base)) base = `${base}-uuid`;
    const taken = (slug: string): boolean => {
      for (const dataset of this.datasets.values()) {
        if (dataset === except) continue;
        if (dataset.slug === slug || dataset.slugHistory.includes(slug)) return true;
      }
      return false;
    };
    if (!taken(base)) return base;
    for (let n = 1; ; n += 1) {
      const candidate = `${base}-${n}`;
      // Very long titles overflow the 255-char slug with the suffix → 500 upstream (pitfall 18).
      if (candidate.length > SLUG_MAX_LENGTH) throw new Error('slug overflow');
      if (!taken(candidate)) return candidate;
    }
  }

  canEdit(user: PortalUser, dataset: StoredDataset): boolean {
    if (user.siteAdmin) return true;
    if (dataset.organizationId !== null) {
      const org = this.orgs.get(dataset.organizationId);
      return org?.members.some((m) => m.userId === user.id) ?? false;
    }
    return dataset.ownerId === user.id;
  }
}
