/**
 * The dataset form of udata as the training portal applies it to POST and PUT bodies
 * (udata-api.md §5.1 fields and limits, §5.4 tags, §5.5 PUT semantics, §7 error shape).
 */
import type { PortalProfile } from '../common/profile';
import { normalizeTag } from '../common/slugify';
import {
  MSG_NOT_A_VALID_CHOICE,
  MSG_REQUIRED,
  msgTagLength,
  msgTooLong,
  t,
  type Lang,
} from './messages';
import type {
  PortalState,
  PortalUser,
  Spatial,
  StoredDataset,
  TemporalCoverage,
} from './portal-state';
import { FREQUENCY_ALIASES, frequenciesFor, GRANULARITIES, LICENSES } from './reference-data';

export type FieldErrors = Record<string, string[]>;

export interface DatasetValues {
  title: string;
  acronym: string | null;
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
  /** Resource ids to keep, in order, when the body had `resources` (§5.5: the list is replaced). */
  keepResources: string[] | null;
  /** `deleted` was in the body: null restores the dataset. */
  deleted: { value: Date | null } | null;
  archived: { value: Date | null } | null;
}

export type FormOutcome =
  | { readonly kind: 'ok'; readonly values: DatasetValues }
  | { readonly kind: 'invalid'; readonly errors: FieldErrors }
  /** A model-level failure: LEGACY answers 500, MODERN 400 with `message` (§1.1 7.0.7, §5.1 acronym). */
  | { readonly kind: 'model-error'; readonly field: string; readonly message: string };

export interface FormContext {
  readonly profile: PortalProfile;
  readonly lang: Lang;
  readonly user: PortalUser;
  readonly state: PortalState;
}

const OBJECT_ID = /^[0-9a-f]{24}$/;
const DATE_ONLY = /^(\d{4}-\d{2}-\d{2})/;

function has(body: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, key);
}

function add(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

function parseDate(value: unknown): Date | null | 'invalid' {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') return 'invalid';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? 'invalid' : date;
}

function normalizeTags(raw: unknown, errors: FieldErrors): string[] {
  let items: unknown[];
  if (typeof raw === 'string') items = [raw];
  else if (Array.isArray(raw)) items = raw;
  else if (raw === null) items = [];
  else {
    add(errors, 'tags', MSG_NOT_A_VALID_CHOICE);
    return [];
  }
  // A single string (or a one-element list) is split on commas first (§5.4 "Tag input forms").
  const strings = items.filter((x): x is string => typeof x === 'string');
  const split = strings.length === 1 ? (strings[0] ?? '').split(',') : strings;
  const tags = new Set<string>();
  for (const tag of split) {
    if (tag.trim() === '') continue;
    const normalized = normalizeTag(tag);
    if (normalized.length < 3 || normalized.length > 96) add(errors, 'tags', msgTagLength(tag));
    else tags.add(normalized);
  }
  return [...tags].sort();
}

function parseCoverage(
  raw: unknown,
  profile: PortalProfile,
  errors: FieldErrors,
  lang: Lang,
): TemporalCoverage | null {
  if (raw === null || raw === '') return null;
  let start: unknown;
  let end: unknown;
  if (typeof raw === 'string') {
    [start, end] = raw.split(' - ');
  } else if (typeof raw === 'object' && !Array.isArray(raw)) {
    start = (raw as Record<string, unknown>)['start'];
    end = (raw as Record<string, unknown>)['end'];
  }
  const bad = (): null => {
    add(errors, 'temporal_coverage', t('Unable to parse date range', lang));
    return null;
  };
  // LEGACY needs both ends; MODERN allows an open end but wants strings (§5.1).
  if (typeof start !== 'string') return bad();
  const s = DATE_ONLY.exec(start)?.[1];
  if (s === undefined || Number.isNaN(Date.parse(s))) return bad();
  if (end === undefined || end === null || end === '') {
    return profile === 'modern' ? { start: s, end: null } : bad();
  }
  if (typeof end !== 'string') return bad();
  const e = DATE_ONLY.exec(end)?.[1];
  if (e === undefined || Number.isNaN(Date.parse(e))) return bad();
  // Start after end is swapped, not refused (§5.1).
  return s <= e ? { start: s, end: e } : { start: e, end: s };
}

function isExtraValue(value: unknown, profile: PortalProfile): boolean {
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return true;
  // LEGACY rejects dict values; MODERN accepts them (§5.1 extras).
  return profile === 'modern' && typeof value === 'object' && value !== null;
}

/**
 * Applies a JSON body to `existing` (PUT) or to nothing (POST). On PUT, omitted `tags` and
 * `temporal_coverage` are cleared and omitted `private` becomes false — the wtforms
 * `process_formdata([])` trap of §5.5, reproduced on purpose.
 */
export function applyDatasetForm(
  body: Record<string, unknown>,
  existing: StoredDataset | null,
  ctx: FormContext,
): FormOutcome {
  const errors: FieldErrors = {};
  const { profile, lang, user, state } = ctx;

  let title = existing?.title ?? '';
  if (has(body, 'title') || existing === null) {
    const raw = body['title'];
    title = typeof raw === 'string' ? raw.trim() : '';
    if (title === '') add(errors, 'title', MSG_REQUIRED);
    else if (title.length > 350) add(errors, 'title', msgTooLong(350));
  }

  let description = existing?.description ?? '';
  if (has(body, 'description') || existing === null) {
    const raw = body['description'];
    description = typeof raw === 'string' ? raw.trim() : '';
    if (description === '') add(errors, 'description', MSG_REQUIRED);
    else if (description.length > 100_000) add(errors, 'description', msgTooLong(100_000));
  }

  let descriptionShort = existing?.descriptionShort ?? null;
  if (profile === 'modern' && has(body, 'description_short')) {
    const raw = body['description_short'];
    descriptionShort = typeof raw === 'string' && raw !== '' ? raw : null;
    if (descriptionShort !== null && descriptionShort.length > 200) {
      add(errors, 'description_short', msgTooLong(200));
    }
  }

  let acronym = existing?.acronym ?? null;
  if (has(body, 'acronym')) {
    const raw = body['acronym'];
    acronym = typeof raw === 'string' && raw !== '' ? raw : null;
  }

  let license = existing?.license ?? null;
  if (has(body, 'license')) {
    const raw = body['license'];
    const id =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['id'] : raw;
    if (id === null || id === '' || id === undefined) license = null;
    else if (LICENSES.some((l) => l.id === id)) license = id as string;
    // LEGACY silently stores an unknown id as null (pitfall 8). Not documented for MODERN:
    // the training portal takes the stricter road and refuses it.
    else if (profile === 'legacy') license = null;
    else add(errors, 'license', MSG_NOT_A_VALID_CHOICE);
  }

  let frequency = existing?.frequency ?? 'unknown';
  if (has(body, 'frequency')) {
    const raw = body['frequency'];
    if (raw === null || raw === '') frequency = 'unknown';
    else if (typeof raw !== 'string') add(errors, 'frequency', MSG_NOT_A_VALID_CHOICE);
    else {
      const id = FREQUENCY_ALIASES[profile][raw] ?? raw;
      if (frequenciesFor(profile).some((f) => f.id === id)) frequency = id;
      else add(errors, 'frequency', MSG_NOT_A_VALID_CHOICE);
    }
  }

  let frequencyDate = existing?.frequencyDate ?? null;
  if (has(body, 'frequency_date')) {
    const parsed = parseDate(body['frequency_date']);
    if (parsed === 'invalid') add(errors, 'frequency_date', 'Not a valid datetime value');
    else frequencyDate = parsed;
  }

  // Absent on POST: none; absent on PUT: wiped (§5.5).
  const temporalCoverage = has(body, 'temporal_coverage')
    ? parseCoverage(body['temporal_coverage'], profile, errors, lang)
    : null;

  let spatial = existing?.spatial ?? null;
  if (has(body, 'spatial')) {
    const raw = body['spatial'];
    if (raw === null) spatial = null;
    else if (typeof raw !== 'object' || Array.isArray(raw))
      add(errors, 'spatial', MSG_NOT_A_VALID_CHOICE);
    else {
      const s = raw as Record<string, unknown>;
      const zones = Array.isArray(s['zones']) ? s['zones'].map(String) : [];
      // No geozones are loaded in the training portal (§15.3): any zone is unknown.
      if (zones.length > 0) add(errors, 'spatial', `Unknown geoid(s): ${zones.join(', ')}`);
      const granularity = typeof s['granularity'] === 'string' ? s['granularity'] : 'other';
      if (!GRANULARITIES.some((g) => g.id === granularity))
        add(errors, 'spatial', MSG_NOT_A_VALID_CHOICE);
      spatial = { zones: [], granularity, geom: s['geom'] ?? null };
    }
  }

  const tags = has(body, 'tags') ? normalizeTags(body['tags'], errors) : [];

  let isPrivate = false; // default on POST, and the PUT trap of §5.5
  if (has(body, 'private')) {
    const raw = body['private'];
    if (typeof raw === 'boolean') isPrivate = raw;
    else if (raw === null) isPrivate = false;
    else add(errors, 'private', 'Not a valid boolean');
  }

  let organizationId = existing?.organizationId ?? null;
  let ownerId = existing?.ownerId ?? null;
  if (has(body, 'organization')) {
    const raw = body['organization'];
    const id =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['id'] : raw;
    if (id === null || id === '' || id === undefined) {
      // `organization: null` orphans the dataset: no organisation, no owner (§5.5, pitfall 24).
      organizationId = null;
      ownerId = null;
    } else if (typeof id !== 'string' || !OBJECT_ID.test(id)) {
      add(errors, 'organization', `Unsupported identifier: ${String(id)}`);
    } else {
      const org = state.orgs.get(id);
      if (org === undefined || org.deleted !== null) {
        add(errors, 'organization', t('Organization does not exists', lang));
      } else if (!user.siteAdmin && !org.members.some((m) => m.userId === user.id)) {
        // Publishing as an organisation one is not a member of is a 400, not a 403 (§2.3).
        add(errors, 'organization', t('Permission denied for this organization', lang));
      } else {
        organizationId = id;
        ownerId = null;
      }
    }
  }
  if (has(body, 'owner') && organizationId === null) {
    const raw = body['owner'];
    const id =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['id'] : raw;
    if (id !== null && id !== undefined && id !== '') {
      if (id !== user.id && !user.siteAdmin)
        add(errors, 'owner', 'You can only set yourself as owner');
      else ownerId = String(id);
    }
  }
  if (existing === null && organizationId === null && ownerId === null) ownerId = user.id;

  let extras = existing?.extras ?? {};
  if (has(body, 'extras')) {
    const raw = body['extras'];
    if (raw === null) extras = {};
    else if (typeof raw !== 'object' || Array.isArray(raw))
      add(errors, 'extras', 'Not a valid dict');
    else {
      for (const value of Object.values(raw as Record<string, unknown>)) {
        if (!isExtraValue(value, profile)) {
          add(
            errors,
            'extras',
            'Value should be an instance of: str, int, float, bool, datetime, date, list',
          );
        }
      }
      extras = { ...(raw as Record<string, unknown>) };
    }
  }

  let keepResources: string[] | null = null;
  if (existing !== null && has(body, 'resources') && Array.isArray(body['resources'])) {
    keepResources = (body['resources'] as unknown[]).flatMap((r) => {
      const id = typeof r === 'object' && r !== null ? (r as Record<string, unknown>)['id'] : r;
      return typeof id === 'string' ? [id] : [];
    });
  }

  const deleted = has(body, 'deleted') ? dateValue(body['deleted'], errors, 'deleted') : null;
  const archived = has(body, 'archived') ? dateValue(body['archived'], errors, 'archived') : null;

  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  // The model allows 128 characters but the form does not check it (§5.1, pitfall 18).
  if (acronym !== null && acronym.length > 128) {
    return { kind: 'model-error', field: 'acronym', message: msgTooLong(128) };
  }
  return {
    kind: 'ok',
    values: {
      title,
      acronym,
      description,
      descriptionShort,
      license,
      frequency,
      frequencyDate,
      temporalCoverage,
      spatial,
      tags,
      private: isPrivate,
      organizationId,
      ownerId,
      extras,
      keepResources,
      deleted,
      archived,
    },
  };
}

function dateValue(
  raw: unknown,
  errors: FieldErrors,
  field: string,
): { value: Date | null } | null {
  const parsed = parseDate(raw);
  if (parsed === 'invalid') {
    add(errors, field, 'Not a valid datetime value');
    return null;
  }
  return { value: parsed };
}
