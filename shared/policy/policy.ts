/**
 * The machine-wide policy IT places on every desk (architecture.md §10; README "For IT"):
 * %ProgramData%\Otvori\policy.json on Windows, /etc/otvori/policy.json on Linux. Every field
 * is optional; a field IT sets is "fixed" and the clerk sees that in About.
 *
 * This module is pure data and pure functions: the JSON Schema (compiled with ajv by the
 * backend loader), the defaults, and `resolvePolicy`, which turns a parsed document plus the
 * schema's verdicts into the settings in force, so a bad field never stops the app.
 */
import type { Locale } from '../contract/models';
import { LOCALES } from '../contract/models';

/** Where data.gov.rs lives; the portal when IT says nothing. */
export const DEFAULT_PORTAL_URL = 'https://data.gov.rs';

/** Update channels electron-updater knows with a generic provider (latest.yml, beta.yml…). */
export const UPDATE_CHANNELS = ['latest', 'beta', 'alpha'] as const;
export type UpdateChannel = (typeof UPDATE_CHANNELS)[number];

export type UpdatePolicy = 'off' | { readonly channel: UpdateChannel };

/** How Otvori reaches the network: the OS settings, no proxy, or a fixed proxy server. */
export type ProxyPolicy =
  'system' | 'direct' | { readonly server: string; readonly bypass?: readonly string[] };

/** The file as IT writes it: every field optional. */
export interface PolicyDocument {
  readonly portalUrl?: string;
  readonly allowedPortals?: readonly string[];
  readonly organization?: string;
  readonly proxy?: ProxyPolicy;
  readonly updates?: UpdatePolicy;
  readonly updateUrl?: string;
  readonly trainingPortal?: boolean;
  readonly defaultLocale?: Locale;
}

export const POLICY_FIELDS = [
  'portalUrl',
  'allowedPortals',
  'organization',
  'proxy',
  'updates',
  'updateUrl',
  'trainingPortal',
  'defaultLocale',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** The settings in force: the policy's valid fields over the defaults. */
export interface PolicyValues {
  readonly portalUrl: string;
  readonly allowedPortals: readonly string[];
  /** The portal organization datasets are published under; null lets the clerk choose. */
  readonly organization: string | null;
  readonly proxy: ProxyPolicy;
  readonly updates: UpdatePolicy;
  /** IT's internal update server; null falls back to the one built in (if any). */
  readonly updateUrl: string | null;
  readonly trainingPortal: boolean;
  readonly defaultLocale: Locale;
}

export interface PolicyProblem {
  /** The top-level field at fault, or null when the file as a whole is unusable. */
  readonly field: PolicyField | null;
  /** English, for IT: names the field, what was wrong, and what was used instead. */
  readonly message: string;
}

export interface LoadedPolicy {
  /** The policy file read, or null when there is none. */
  readonly source: string | null;
  readonly values: PolicyValues;
  /** Fields IT set validly: the clerk cannot change these. */
  readonly fixed: readonly PolicyField[];
  readonly errors: readonly PolicyProblem[];
}

export const DEFAULT_POLICY_VALUES: PolicyValues = {
  portalUrl: DEFAULT_PORTAL_URL,
  allowedPortals: [DEFAULT_PORTAL_URL],
  organization: null,
  proxy: 'system',
  updates: { channel: 'latest' },
  updateUrl: null,
  trainingPortal: true,
  defaultLocale: 'sr-Cyrl',
};

/**
 * When IT wrote a policy that cannot be read (or whose `updates` field is broken), Otvori does
 * not fetch and install code on a guess: updates stay off until the file is fixed.
 */
export const UPDATES_WHEN_POLICY_UNREADABLE: UpdatePolicy = 'off';

// https only, a host, no credentials, no query or fragment. The URL is checked again by
// resolvePolicy with the URL parser; the pattern keeps obvious garbage out with a clear message.
const HTTPS_URL_PATTERN = '^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\\s?#@]*)?$';
const httpsUrl = { type: 'string', maxLength: 2048, pattern: HTTPS_URL_PATTERN } as const;

/** JSON Schema of the policy file (draft 2020-12 subset ajv compiles in strict mode). */
export const POLICY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    portalUrl: { ...httpsUrl, description: 'Portal Otvori publishes to, e.g. https://data.gov.rs' },
    allowedPortals: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      uniqueItems: true,
      items: httpsUrl,
      description: 'The only portals a clerk may publish to',
    },
    organization: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      pattern: '^[^\\u0000-\\u001f]+$',
      description: 'Portal organization (id or slug) datasets are published under',
    },
    proxy: {
      description: '"system", "direct", or { "server": "http://proxy:8080", "bypass": [...] }',
      anyOf: [
        { type: 'string', enum: ['system', 'direct'] },
        {
          type: 'object',
          additionalProperties: false,
          required: ['server'],
          properties: {
            server: {
              type: 'string',
              maxLength: 2048,
              pattern: '^(https?|socks5?)://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$',
            },
            bypass: {
              type: 'array',
              maxItems: 100,
              items: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[^\\s;,]+$' },
            },
          },
        },
      ],
    },
    updates: {
      description: '"off", or { "channel": "latest" | "beta" | "alpha" }',
      anyOf: [
        { type: 'string', const: 'off' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['channel'],
          properties: { channel: { type: 'string', enum: [...UPDATE_CHANNELS] } },
        },
      ],
    },
    updateUrl: { ...httpsUrl, description: "IT's internal update server (generic provider)" },
    trainingPortal: { type: 'boolean', description: 'Offer the practice portal (Vežbaonica)' },
    defaultLocale: {
      type: 'string',
      enum: [...LOCALES],
      description: 'Language until the clerk picks one',
    },
  },
} as const;

/** What a human should write for each field, for error messages. */
const EXPECTED: { readonly [F in PolicyField]: string } = {
  portalUrl: 'an https:// address such as "https://data.gov.rs"',
  allowedPortals: 'a non-empty list of distinct https:// addresses',
  organization: 'the organization id or slug on the portal (text, up to 200 characters)',
  proxy: '"system", "direct" or { "server": "http://proxy.example:8080", "bypass": ["*.local"] }',
  updates: '"off" or { "channel": "latest" } (channels: latest, beta, alpha)',
  updateUrl: 'an https:// address of the update server',
  trainingPortal: 'true or false',
  defaultLocale: `one of ${LOCALES.map((l) => `"${l}"`).join(', ')}`,
};

/** One schema verdict as the loader reports it: a JSON Pointer and ajv's own words. */
export interface SchemaViolation {
  readonly instancePath: string;
  readonly message: string;
  /** For additionalProperties: the unknown key. */
  readonly unknownKey?: string;
}

export function isPolicyField(value: unknown): value is PolicyField {
  return typeof value === 'string' && (POLICY_FIELDS as readonly string[]).includes(value);
}

const PORTAL_URL = /^https:\/\/([A-Za-z0-9.-]+)(?::([0-9]{1,5}))?(\/[^\s?#@\\]*)?$/u;
const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/u;

/**
 * Canonical form of a portal address (lower-case host, no default port, no trailing slash), or
 * null when it is not a plain https:// URL: credentials, query, fragment, backslashes, dot
 * segments and malformed hosts are refused. (shared/ has no URL global: this is a strict parser
 * for the one shape a portal address has.)
 */
export function normalizePortalUrl(url: string): string | null {
  const match = PORTAL_URL.exec(url);
  if (match === null) return null;
  const host = (match[1] ?? '').toLowerCase();
  if (!host.split('.').every((label) => HOST_LABEL.test(label))) return null;
  const port = match[2];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return null;
  const pathname = (match[3] ?? '').replace(/\/+$/u, '');
  if (pathname.split('/').some((segment) => segment === '.' || segment === '..')) return null;
  const portPart = port === undefined || Number(port) === 443 ? '' : `:${Number(port)}`;
  return `https://${host}${portPart}${pathname}`;
}

function topField(instancePath: string): string | null {
  const first = instancePath.split('/')[1];
  return first === undefined || first === ''
    ? null
    : first.replaceAll('~1', '/').replaceAll('~0', '~');
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The settings in force from a parsed policy document and its schema violations. Invalid fields
 * fall back to their defaults (updates to "off") and are reported by name; valid fields apply
 * and are listed as fixed. Cross-field rule: the portal must be one of the allowed portals.
 */
export function resolvePolicy(
  source: string | null,
  document: unknown,
  violations: readonly SchemaViolation[],
): LoadedPolicy {
  const errors: PolicyProblem[] = [];
  if (source === null) return { source, values: DEFAULT_POLICY_VALUES, fixed: [], errors };

  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    errors.push({
      field: null,
      message: `The policy must be a JSON object ({ ... }), not ${describe(document)}; defaults are used and updates are off.`,
    });
    return {
      source,
      values: { ...DEFAULT_POLICY_VALUES, updates: UPDATES_WHEN_POLICY_UNREADABLE },
      fixed: [],
      errors,
    };
  }
  const record = document as Readonly<Record<string, unknown>>;

  const bad = new Set<PolicyField>();
  const reported = new Set<string>();
  for (const violation of violations) {
    const field = violation.unknownKey ?? topField(violation.instancePath);
    if (field === null || reported.has(field)) continue;
    reported.add(field);
    if (violation.unknownKey !== undefined) {
      errors.push({
        field: null,
        message: `Unknown field "${violation.unknownKey}" is ignored (known fields: ${POLICY_FIELDS.join(', ')}).`,
      });
      continue;
    }
    if (!isPolicyField(field)) continue;
    bad.add(field);
    const fallback = field === 'updates' ? '"off"' : describe(DEFAULT_POLICY_VALUES[field]);
    errors.push({
      field,
      message: `Field "${field}" is invalid: ${describe(record[field])} ${violation.message}; expected ${EXPECTED[field]}. Using ${fallback} instead.`,
    });
  }

  const given = (field: PolicyField): boolean =>
    Object.prototype.hasOwnProperty.call(record, field) && !bad.has(field);
  const fixed = POLICY_FIELDS.filter(given);
  const doc = record as PolicyDocument;

  let allowedPortals = DEFAULT_POLICY_VALUES.allowedPortals;
  if (given('allowedPortals') && doc.allowedPortals !== undefined) {
    const normalized = doc.allowedPortals.map(normalizePortalUrl);
    if (normalized.some((url) => url === null)) {
      bad.add('allowedPortals');
      errors.push({
        field: 'allowedPortals',
        message: `Field "allowedPortals" is invalid: ${describe(doc.allowedPortals)} contains an address that is not a plain https:// URL; expected ${EXPECTED.allowedPortals}. Using ${describe(allowedPortals)} instead.`,
      });
    } else {
      allowedPortals = [...new Set(normalized as string[])];
    }
  }
  // The schema requires at least one entry; the fallback only satisfies the type checker.
  const firstAllowed = allowedPortals[0] ?? DEFAULT_PORTAL_URL;

  let portalUrl = firstAllowed;
  if (given('portalUrl') && doc.portalUrl !== undefined) {
    const normalized = normalizePortalUrl(doc.portalUrl);
    if (normalized === null) {
      bad.add('portalUrl');
      errors.push({
        field: 'portalUrl',
        message: `Field "portalUrl" is invalid: ${describe(doc.portalUrl)} is not a plain https:// URL; expected ${EXPECTED.portalUrl}. Using ${describe(portalUrl)} instead.`,
      });
    } else if (!allowedPortals.includes(normalized)) {
      bad.add('portalUrl');
      errors.push({
        field: 'portalUrl',
        message: `Field "portalUrl" is ${describe(doc.portalUrl)}, which is not in allowedPortals ${describe(allowedPortals)}. Using ${describe(firstAllowed)} instead.`,
      });
    } else {
      portalUrl = normalized;
    }
  }

  const values: PolicyValues = {
    portalUrl,
    allowedPortals,
    organization: given('organization') ? (doc.organization ?? null) : null,
    proxy: given('proxy') && doc.proxy !== undefined ? doc.proxy : DEFAULT_POLICY_VALUES.proxy,
    updates: bad.has('updates')
      ? UPDATES_WHEN_POLICY_UNREADABLE
      : given('updates') && doc.updates !== undefined
        ? doc.updates
        : DEFAULT_POLICY_VALUES.updates,
    updateUrl:
      given('updateUrl') && doc.updateUrl !== undefined
        ? doc.updateUrl
        : DEFAULT_POLICY_VALUES.updateUrl,
    trainingPortal:
      given('trainingPortal') && doc.trainingPortal !== undefined
        ? doc.trainingPortal
        : DEFAULT_POLICY_VALUES.trainingPortal,
    defaultLocale:
      given('defaultLocale') && doc.defaultLocale !== undefined
        ? doc.defaultLocale
        : DEFAULT_POLICY_VALUES.defaultLocale,
  };
  return {
    source,
    values,
    fixed: POLICY_FIELDS.filter((f) => fixed.includes(f) && !bad.has(f)),
    errors,
  };
}

/** The result when the file exists but is not JSON (or cannot be read at all). */
export function unreadablePolicy(source: string, reason: string): LoadedPolicy {
  return {
    source,
    values: { ...DEFAULT_POLICY_VALUES, updates: UPDATES_WHEN_POLICY_UNREADABLE },
    fixed: [],
    errors: [
      {
        field: null,
        message: `The policy file cannot be used (${reason}); defaults are used and updates are off until it is fixed.`,
      },
    ],
  };
}

const nullableString = { type: ['string', 'null'] } as const;

/** Response schema of `app:policy:get` (shared/contract/channels.ts). */
export const LOADED_POLICY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['source', 'values', 'fixed', 'errors'],
  properties: {
    source: nullableString,
    values: {
      type: 'object',
      additionalProperties: false,
      required: [...POLICY_FIELDS],
      properties: {
        portalUrl: { type: 'string' },
        allowedPortals: { type: 'array', items: { type: 'string' } },
        organization: nullableString,
        proxy: POLICY_SCHEMA.properties.proxy,
        updates: POLICY_SCHEMA.properties.updates,
        updateUrl: nullableString,
        trainingPortal: { type: 'boolean' },
        defaultLocale: { type: 'string', enum: [...LOCALES] },
      },
    },
    fixed: { type: 'array', items: { type: 'string', enum: [...POLICY_FIELDS] } },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'message'],
        properties: {
          field: { anyOf: [{ type: 'string', enum: [...POLICY_FIELDS] }, { type: 'null' }] },
          message: { type: 'string' },
        },
      },
    },
  },
} as const;
