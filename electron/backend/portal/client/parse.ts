/**
 * Narrowing of portal JSON into the client's types. A shape we do not recognise is a
 * PORTAL_UNEXPECTED error, never a crash further down.
 */
import { PortalError } from './portal-error';
import type { PortalDataset, PortalMe, PortalOrgRef, PortalResource } from './portal-types';

type Obj = Record<string, unknown>;

function obj(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PortalError('PORTAL_UNEXPECTED', `${what}: not an object`);
  }
  return value as Obj;
}

function str(o: Obj, key: string, what: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new PortalError('PORTAL_UNEXPECTED', `${what}: ${key} missing`);
  return v;
}

const optStr = (o: Obj, key: string): string | null =>
  typeof o[key] === 'string' ? (o[key] as string) : null;
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export function parseOrgRef(value: unknown): PortalOrgRef {
  const o = obj(value, 'organization');
  const page = optStr(o, 'page');
  return {
    id: str(o, 'id', 'organization'),
    name: optStr(o, 'name') ?? '',
    slug: optStr(o, 'slug') ?? '',
    ...(page === null ? {} : { page }),
  };
}

export function parseResource(value: unknown): PortalResource {
  const o = obj(value, 'resource');
  const c = o['checksum'];
  const checksum =
    typeof c === 'object' && c !== null && typeof (c as Obj)['value'] === 'string'
      ? { type: String((c as Obj)['type'] ?? 'sha1'), value: String((c as Obj)['value']) }
      : null;
  const latest = optStr(o, 'latest');
  return {
    id: str(o, 'id', 'resource'),
    title: optStr(o, 'title') ?? '',
    description: optStr(o, 'description'),
    filetype: o['filetype'] === 'remote' ? 'remote' : 'file',
    type: optStr(o, 'type') ?? 'other',
    url: optStr(o, 'url') ?? '',
    format: optStr(o, 'format'),
    filesize: typeof o['filesize'] === 'number' ? o['filesize'] : null,
    checksum,
    extras: record(o['extras']),
    ...(latest === null ? {} : { latest }),
  };
}

export function parseDataset(value: unknown): PortalDataset {
  const o = obj(value, 'dataset');
  const tc = o['temporal_coverage'];
  const tco = typeof tc === 'object' && tc !== null ? (tc as Obj) : null;
  return {
    id: str(o, 'id', 'dataset'),
    title: optStr(o, 'title') ?? '',
    slug: optStr(o, 'slug') ?? '',
    description: optStr(o, 'description') ?? '',
    private: o['private'] === true,
    deleted: optStr(o, 'deleted'),
    tags: Array.isArray(o['tags'])
      ? o['tags'].filter((t): t is string => typeof t === 'string')
      : [],
    license: optStr(o, 'license'),
    frequency: optStr(o, 'frequency'),
    temporal_coverage:
      tco !== null && typeof tco['start'] === 'string'
        ? { start: tco['start'], end: typeof tco['end'] === 'string' ? tco['end'] : null }
        : null,
    organization: o['organization'] == null ? null : parseOrgRef(o['organization']),
    extras: record(o['extras']),
    // MODERN API v2 answers `resources` as a link object (§4.2): treat it as "not listed here".
    resources: Array.isArray(o['resources']) ? o['resources'].map(parseResource) : [],
    page: optStr(o, 'page') ?? '',
    uri: optStr(o, 'uri') ?? '',
    raw: o,
  };
}

export function parseMe(value: unknown): PortalMe {
  const o = obj(value, 'me');
  return {
    id: str(o, 'id', 'me'),
    firstName: optStr(o, 'first_name') ?? '',
    lastName: optStr(o, 'last_name') ?? '',
    email: optStr(o, 'email'),
    organizations: Array.isArray(o['organizations']) ? o['organizations'].map(parseOrgRef) : [],
    hasApiKeyField: Object.prototype.hasOwnProperty.call(o, 'apikey'),
  };
}
