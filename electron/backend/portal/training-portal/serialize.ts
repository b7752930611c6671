/**
 * JSON shapes of the training portal's answers (udata-api.md §3.4 dates, §3.6 masks, §5).
 */
import type { PortalProfile } from '../common/profile';
import type {
  PortalOrg,
  PortalState,
  PortalUser,
  StoredDataset,
  StoredResource,
} from './portal-state';
import { datasetQuality } from './quality';

export interface SerializeContext {
  readonly profile: PortalProfile;
  readonly baseUrl: string;
  readonly state: PortalState;
}

const BELGRADE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Belgrade',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function micro(date: Date): string {
  const ms = date.getUTCMilliseconds();
  return ms === 0 ? '' : `.${String(ms).padStart(3, '0')}000`;
}

/** LEGACY: naive server-local time; MODERN: UTC with `+00:00` (§3.4). */
export function formatDate(date: Date | null, profile: PortalProfile): string | null {
  if (date === null) return null;
  if (profile === 'modern') return `${date.toISOString().slice(0, 19)}${micro(date)}+00:00`;
  const parts = Object.fromEntries(BELGRADE.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}${micro(date)}`;
}

export function orgRef(org: PortalOrg, ctx: SerializeContext): Record<string, unknown> {
  return {
    class: 'Organization',
    id: org.id,
    name: org.name,
    acronym: org.acronym,
    slug: org.slug,
    uri: `${ctx.baseUrl}/api/1/organizations/${org.slug}/`,
    page: `${ctx.baseUrl}/sr/organizations/${org.slug}/`,
    logo: null,
    logo_thumbnail: null,
    badges: [],
  };
}

export function userRef(user: PortalUser, ctx: SerializeContext): Record<string, unknown> {
  return {
    class: 'User',
    id: user.id,
    first_name: user.firstName,
    last_name: user.lastName,
    slug: user.slug,
    page: `${ctx.baseUrl}/sr/users/${user.slug}/`,
    uri: `${ctx.baseUrl}/api/1/users/${user.slug}/`,
    avatar: null,
    avatar_thumbnail: null,
  };
}

export function serializeOrg(org: PortalOrg, ctx: SerializeContext): Record<string, unknown> {
  return {
    ...orgRef(org, ctx),
    url: null,
    description: org.description,
    created_at: formatDate(org.createdAt, ctx.profile),
    last_modified: formatDate(org.createdAt, ctx.profile),
    deleted: formatDate(org.deleted, ctx.profile),
    metrics: { datasets: 0, members: org.members.length, reuses: 0, followers: 0, views: 0 },
    members: org.members.flatMap((m) => {
      const user = ctx.state.users.get(m.userId);
      return user === undefined ? [] : [{ user: userRef(user, ctx), role: m.role }];
    }),
  };
}

/** `/me/`: until v15 it carries `apikey` (§5.6, §12.1) — the legacy profile does, modern does not. */
export function serializeMe(user: PortalUser, ctx: SerializeContext): Record<string, unknown> {
  return {
    id: user.id,
    slug: user.slug,
    first_name: user.firstName,
    last_name: user.lastName,
    email: user.email,
    avatar: null,
    avatar_thumbnail: null,
    website: null,
    about: null,
    roles: user.siteAdmin ? ['admin'] : [],
    active: user.active,
    organizations: ctx.state.orgsOf(user.id).map((org) => orgRef(org, ctx)),
    since: formatDate(new Date(0), ctx.profile),
    page: `${ctx.baseUrl}/sr/users/${user.slug}/`,
    uri: `${ctx.baseUrl}/api/1/users/${user.slug}/`,
    metrics: { datasets: 0, reuses: 0, followers: 0, following: 0 },
    ...(ctx.profile === 'legacy' ? { apikey: user.apiKey } : {}),
  };
}

export function serializeResource(
  resource: StoredResource,
  ctx: SerializeContext,
): Record<string, unknown> {
  return {
    id: resource.id,
    title: resource.title,
    description: resource.description,
    filetype: resource.filetype,
    type: resource.type,
    url: resource.url,
    format: resource.format,
    mime: resource.mime,
    filesize: resource.filesize,
    checksum: resource.checksum === null ? null : { ...resource.checksum },
    // `published` exists only up to 6.1 (§5.2).
    ...(ctx.profile === 'legacy' ? { published: formatDate(resource.published, ctx.profile) } : {}),
    extras: { ...resource.extras },
    schema: {},
    latest: `${ctx.baseUrl}/sr/datasets/r/${resource.id}`,
    created_at: formatDate(resource.createdAt, ctx.profile),
    last_modified: formatDate(resource.lastModified, ctx.profile),
    metrics: { views: 0 },
    preview_url: null,
  };
}

/** L: max(resource.published), or last_modified without resources; M: resources' modification (§5.1). */
function lastUpdate(dataset: StoredDataset, profile: PortalProfile): Date {
  const dates = dataset.resources
    .map((r) => (profile === 'legacy' ? r.published : r.lastModified))
    .filter((d): d is Date => d !== null);
  if (dates.length === 0) return dataset.lastModified;
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

/**
 * `X-Fields: id,slug,quality` reduces the answer to those fields and can ask for ones outside
 * the default mask — LEGACY's `quality` (§3.6). Nested masks are not supported.
 */
export function applyFieldMask(
  dataset: StoredDataset,
  full: Record<string, unknown>,
  mask: readonly string[],
  ctx: SerializeContext,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of mask) {
    if (field === 'quality') out[field] = datasetQuality(dataset, ctx.profile);
    else if (field in full) out[field] = full[field];
  }
  return out;
}

export function serializeDataset(
  dataset: StoredDataset,
  ctx: SerializeContext,
): Record<string, unknown> {
  const org = dataset.organizationId === null ? null : ctx.state.orgs.get(dataset.organizationId);
  const owner = dataset.ownerId === null ? null : ctx.state.users.get(dataset.ownerId);
  const out: Record<string, unknown> = {
    id: dataset.id,
    title: dataset.title,
    acronym: dataset.acronym,
    slug: dataset.slug,
    description: dataset.description,
    created_at: formatDate(dataset.createdAt, ctx.profile),
    last_modified: formatDate(dataset.lastModified, ctx.profile),
    deleted: formatDate(dataset.deleted, ctx.profile),
    private: dataset.private,
    tags: [...dataset.tags],
    badges: [],
    resources: dataset.resources.map((r) => serializeResource(r, ctx)),
    frequency: dataset.frequency,
    frequency_date: formatDate(dataset.frequencyDate, ctx.profile),
    extras: { ...dataset.extras },
    metrics: { discussions: 0, reuses: 0, followers: 0, views: 0 },
    organization: org == null ? null : orgRef(org, ctx),
    owner: owner == null ? null : userRef(owner, ctx),
    temporal_coverage: dataset.temporalCoverage === null ? null : { ...dataset.temporalCoverage },
    spatial: dataset.spatial === null ? null : { ...dataset.spatial },
    license: dataset.license ?? 'notspecified',
    uri: `${ctx.baseUrl}/api/1/datasets/${dataset.slug}/`,
    page: `${ctx.baseUrl}/sr/datasets/${dataset.slug}/`,
    last_update: formatDate(lastUpdate(dataset, ctx.profile), ctx.profile),
    archived: formatDate(dataset.archived, ctx.profile),
  };
  if (ctx.profile === 'modern') {
    // Fields the modern default mask adds (§3.6); values of a plain, open dataset.
    Object.assign(out, {
      description_short: dataset.descriptionShort,
      harvest: null,
      schema: null,
      access_type: 'open',
      internal: {
        created_at_internal: formatDate(dataset.createdAt, ctx.profile),
        last_modified_internal: formatDate(dataset.lastModified, ctx.profile),
      },
      contact_points: [],
      featured: false,
      quality: datasetQuality(dataset, ctx.profile),
    });
  }
  return out;
}
