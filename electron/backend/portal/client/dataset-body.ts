/**
 * Request bodies for datasets. A dataset PUT wipes omitted `tags` and `temporal_coverage` and
 * makes the dataset public when `private` is omitted (udata-api.md §5.5, pitfall 1), so updates
 * are always GET → copy every safe field → change → PUT the whole object; `resources`,
 * `deleted`, `archived` and `owner` are never sent (pitfall 2, 24).
 */
import type { PortalProfile } from '../common/profile';
import type { DatasetPayload, PortalDataset } from './portal-types';

export type DatasetBody = Record<string, unknown>;

/** The fields of the safe recipe, copied from a GET answer. */
const SAFE_FIELDS = [
  'title',
  'acronym',
  'description',
  'license',
  'frequency',
  'frequency_date',
  'temporal_coverage',
  'spatial',
  'tags',
  'private',
  'extras',
] as const;

export function safeBodyFromDataset(dataset: PortalDataset, profile: PortalProfile): DatasetBody {
  const body: DatasetBody = {};
  for (const key of SAFE_FIELDS) {
    if (Object.prototype.hasOwnProperty.call(dataset.raw, key)) body[key] = dataset.raw[key];
  }
  // Always resend these three: missing means wiped/public (§5.5).
  body['tags'] = [...dataset.tags];
  body['private'] = dataset.private;
  body['temporal_coverage'] = dataset.temporal_coverage;
  if (dataset.organization !== null) body['organization'] = dataset.organization.id;
  if (profile === 'modern' && typeof dataset.raw['description_short'] === 'string') {
    body['description_short'] = dataset.raw['description_short'];
  }
  // Zones we did not set are refused on resend when the portal has no geozones (§15.3).
  const spatial = dataset.raw['spatial'];
  if (typeof spatial === 'object' && spatial !== null) {
    const granularity = (spatial as Record<string, unknown>)['granularity'];
    body['spatial'] = typeof granularity === 'string' ? { granularity } : null;
  }
  return body;
}

/** Metadata from Otvori's form as uData keys; `extras` are merged over `baseExtras`. */
export function applyPayload(
  body: DatasetBody,
  payload: DatasetPayload,
  profile: PortalProfile,
  baseExtras: Readonly<Record<string, unknown>> = {},
): DatasetBody {
  const out: DatasetBody = { ...body };
  out['title'] = payload.title;
  out['description'] = payload.description;
  out['organization'] = payload.organizationId;
  if (payload.license !== undefined) out['license'] = payload.license;
  if (payload.frequency !== undefined) out['frequency'] = payload.frequency;
  if (payload.frequencyDate !== undefined) out['frequency_date'] = payload.frequencyDate;
  if (payload.temporalCoverage !== undefined) {
    const tc = payload.temporalCoverage;
    // LEGACY needs both ends (§5.1): an open end becomes "until today".
    out['temporal_coverage'] =
      tc === null
        ? null
        : {
            start: tc.start,
            end: tc.end ?? (profile === 'legacy' ? new Date().toISOString().slice(0, 10) : null),
          };
  }
  if (payload.tags !== undefined) out['tags'] = [...payload.tags];
  if (payload.private !== undefined) out['private'] = payload.private;
  if (payload.acronym !== undefined) out['acronym'] = payload.acronym;
  if (payload.descriptionShort !== undefined && profile === 'modern') {
    out['description_short'] = payload.descriptionShort;
  }
  if (payload.spatialGranularity !== undefined) {
    out['spatial'] =
      payload.spatialGranularity === null ? null : { granularity: payload.spatialGranularity };
  }
  const existing =
    typeof out['extras'] === 'object' && out['extras'] !== null
      ? (out['extras'] as Record<string, unknown>)
      : {};
  out['extras'] = { ...existing, ...baseExtras, ...(payload.extras ?? {}) };
  delete out['resources'];
  delete out['deleted'];
  delete out['archived'];
  delete out['owner'];
  return out;
}
