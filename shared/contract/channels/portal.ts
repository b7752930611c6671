/**
 * Publishing (issue 7): the connection to a uData portal (data.gov.rs or the local training
 * portal), publishing a publication's current table, and the register of publications. The API
 * key goes in with 'app:portal:connect' and never comes back out: responses only say whether a
 * key is stored and how it is protected.
 */
import type { SchemaObject } from 'ajv';
import { ISSUE_CODES, type MetadataIssue } from '../../metadata/types';
import { PII_KINDS, type PiiKind } from '../../privacy/types';
import type { SaveOutcome } from '../models';
import { closedObject, emptyRequest, idString, type ChannelSchemas, type Empty } from './common';

export type PortalProfileName = 'legacy' | 'modern';

/** How Otvori reaches the portal: the system's settings, no proxy, or a fixed proxy server. */
export type ProxySetting =
  'system' | 'direct' | { readonly server: string; readonly bypass: readonly string[] };

export interface PortalOrganizationInfo {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
  /** The account's role; null when the portal does not list the account as a member. */
  readonly role: 'admin' | 'editor' | null;
  /** IT's policy allows publishing for it (policy `organization`, when set). */
  readonly allowed: boolean;
}

export interface PortalStatus {
  /** A portal is connected and publishing would go to `portalUrl`. */
  readonly connected: boolean;
  readonly portalUrl: string | null;
  /** The active connection is the training portal (Vežbaonica), not data.gov.rs. */
  readonly training: boolean;
  readonly profile: PortalProfileName | null;
  readonly account: { readonly id: string; readonly name: string } | null;
  readonly organizations: readonly PortalOrganizationInfo[];
  /** ISO time the key was last verified. */
  readonly verifiedAt: string | null;
  /** Where a key would be kept: the OS keychain, this session only, or nowhere (refused). */
  readonly keyProtection: 'os-keychain' | 'session' | 'unavailable';
  /** A real (non-training) connection is remembered, even while training is on. */
  readonly realPortalUrl: string | null;
  readonly allowedPortals: readonly string[];
  readonly defaultPortalUrl: string;
  /** IT's policy offers the training portal. */
  readonly trainingAvailable: boolean;
  readonly proxy: ProxySetting;
  /** IT fixed the proxy in the policy: the clerk cannot change it. */
  readonly proxyFixed: boolean;
  /** Reference lists refreshed from the portal at the last connect (kinds), and those that failed. */
  readonly lists: { readonly refreshed: readonly string[]; readonly failed: readonly string[] };
}

export interface GateStatus {
  readonly passed: boolean;
  readonly blockers: readonly { readonly column: string; readonly kinds: readonly PiiKind[] }[];
  readonly reportSummary: string | null;
}

export const RESOURCE_POLICIES = ['replace', 'per-period'] as const;
export type ResourcePolicyName = (typeof RESOURCE_POLICIES)[number];

export interface PublishCheck {
  readonly status: PortalStatus;
  readonly gate: GateStatus;
  readonly issues: readonly MetadataIssue[];
  readonly rowCount: number;
  readonly columnCount: number;
  /** The last successful publication of this publication to the active portal. */
  readonly last: {
    readonly at: string;
    readonly period: string | null;
    readonly datasetUrl: string | null;
  } | null;
  /** 'per-period' for monthly and more frequent data, else 'replace'. */
  readonly suggestedPolicy: ResourcePolicyName;
  /** `YYYY-MM` of the coverage end, or of today. */
  readonly suggestedPeriod: string;
}

export interface PublishOptions {
  /** Leave the dataset private on the portal (the clerk makes it public there after a look). */
  readonly keepPrivate: boolean;
  readonly resourcePolicy: ResourcePolicyName;
  /** Required with 'per-period', e.g. "2026-10". */
  readonly period: string | null;
}

export interface PublishedLink {
  readonly kind: 'data' | 'dictionary';
  readonly title: string;
  readonly url: string;
  readonly action: 'uploaded' | 'replaced' | 'unchanged';
}

export type PublishResult =
  | {
      readonly kind: 'published';
      readonly portalUrl: string;
      readonly training: boolean;
      readonly datasetUrl: string;
      readonly datasetAction: 'created' | 'found' | 'adopted';
      readonly resumed: boolean;
      readonly links: readonly PublishedLink[];
      readonly rowCount: number;
      readonly checksumSha1: string;
      readonly private: boolean;
    }
  /** The privacy gate refused: personal data neither handled nor justified. */
  | { readonly kind: 'blocked'; readonly gate: GateStatus }
  /** The metadata does not meet the portal's rules yet. */
  | { readonly kind: 'invalid'; readonly issues: readonly MetadataIssue[] };

export const PUBLISH_STEPS = [
  'prepare',
  'ensure_dataset',
  'create_dataset',
  'upload_resource',
  'set_resource_metadata',
  'verify_resource',
  'update_dataset',
  'verify_dataset',
] as const;
export type PublishStepName = (typeof PUBLISH_STEPS)[number];

/** Pushed on 'app:publish:progress' while a publish runs. */
export interface PublishProgress {
  readonly jobId: string;
  readonly step: PublishStepName;
  /** 'data' or 'dictionary' while a file is on its way. */
  readonly file: 'data' | 'dictionary' | null;
  readonly sentBytes: number;
  readonly totalBytes: number;
}

export interface RegisterItem {
  readonly attemptId: string;
  readonly publicationId: string;
  readonly publicationTitle: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly result: 'running' | 'succeeded' | 'failed' | 'cancelled' | 'interrupted';
  readonly errorCode: string | null;
  readonly actor: string;
  readonly portalUrl: string;
  readonly training: boolean;
  readonly period: string | null;
  readonly datasetUrl: string | null;
  readonly resourceUrl: string | null;
  readonly rowCount: number | null;
  readonly checksumSha1: string | null;
  readonly recipeVersion: string | null;
  readonly anonymizationSummary: string | null;
  /** From the publication's update frequency, for its latest successful publication only. */
  readonly nextDue: string | null;
}

export interface PortalChannelTypes {
  'app:portal:status': { request: Empty; response: PortalStatus };
  'app:portal:connect': {
    request: { portalUrl: string; apiKey: string };
    response: PortalStatus;
  };
  'app:portal:disconnect': { request: Empty; response: PortalStatus };
  'app:portal:proxy': { request: { proxy: ProxySetting }; response: PortalStatus };
  'app:portal:training': { request: { enabled: boolean }; response: PortalStatus };
  'app:publish:check': {
    request: { workbookId: string; publicationId: string };
    response: PublishCheck;
  };
  'app:publish:run': {
    request: {
      workbookId: string;
      publicationId: string;
      jobId: string;
      options: PublishOptions;
    };
    response: PublishResult;
  };
  'app:publish:cancel': { request: { jobId: string }; response: { cancelled: boolean } };
  'app:register:list': {
    request: { publicationId: string | null; includeTraining: boolean };
    response: { items: RegisterItem[] };
  };
  'app:register:export': { request: { includeTraining: boolean }; response: SaveOutcome };
}

const str = { type: 'string' } as const;
const nullableString = { anyOf: [{ type: 'string' }, { type: 'null' }] };
const nullableInt = { anyOf: [{ type: 'integer', minimum: 0 }, { type: 'null' }] };
const profileSchema = { anyOf: [{ type: 'string', enum: ['legacy', 'modern'] }, { type: 'null' }] };

export const proxySettingSchema: SchemaObject = {
  oneOf: [
    { type: 'string', enum: ['system', 'direct'] },
    closedObject({
      server: { type: 'string', pattern: '^https?://[^\\s/]+(:[0-9]{1,5})?/?$', maxLength: 300 },
      bypass: {
        type: 'array',
        maxItems: 50,
        items: { type: 'string', minLength: 1, maxLength: 200, pattern: '^\\S+$' },
      },
    }),
  ],
};

const organizationSchema = closedObject({
  id: str,
  name: str,
  slug: str,
  role: { anyOf: [{ type: 'string', enum: ['admin', 'editor'] }, { type: 'null' }] },
  allowed: { type: 'boolean' },
});

const statusSchema = closedObject({
  connected: { type: 'boolean' },
  portalUrl: nullableString,
  training: { type: 'boolean' },
  profile: profileSchema,
  account: { anyOf: [closedObject({ id: str, name: str }), { type: 'null' }] },
  organizations: { type: 'array', items: organizationSchema },
  verifiedAt: nullableString,
  keyProtection: { type: 'string', enum: ['os-keychain', 'session', 'unavailable'] },
  realPortalUrl: nullableString,
  allowedPortals: { type: 'array', items: str },
  defaultPortalUrl: str,
  trainingAvailable: { type: 'boolean' },
  proxy: proxySettingSchema,
  proxyFixed: { type: 'boolean' },
  lists: closedObject({
    refreshed: { type: 'array', items: str },
    failed: { type: 'array', items: str },
  }),
});

const gateSchema = closedObject({
  passed: { type: 'boolean' },
  blockers: {
    type: 'array',
    items: closedObject({
      column: str,
      kinds: { type: 'array', items: { type: 'string', enum: [...PII_KINDS] } },
    }),
  },
  reportSummary: nullableString,
});

const issueSchema = closedObject({
  field: str,
  code: { type: 'string', enum: [...ISSUE_CODES] },
  params: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
});

const policySchema = { type: 'string', enum: [...RESOURCE_POLICIES] } as const;
/** Same rule as the publisher's period (publisher.ts PERIOD). */
const periodSchema = {
  anyOf: [{ type: 'string', pattern: '^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$' }, { type: 'null' }],
};

const checkSchema = closedObject({
  status: statusSchema,
  gate: gateSchema,
  issues: { type: 'array', items: issueSchema },
  rowCount: { type: 'integer', minimum: 0 },
  columnCount: { type: 'integer', minimum: 0 },
  last: {
    anyOf: [
      closedObject({ at: str, period: nullableString, datasetUrl: nullableString }),
      { type: 'null' },
    ],
  },
  suggestedPolicy: policySchema,
  suggestedPeriod: str,
});

const linkSchema = closedObject({
  kind: { type: 'string', enum: ['data', 'dictionary'] },
  title: str,
  url: str,
  action: { type: 'string', enum: ['uploaded', 'replaced', 'unchanged'] },
});

const resultSchema: SchemaObject = {
  oneOf: [
    closedObject({
      kind: { const: 'published' },
      portalUrl: str,
      training: { type: 'boolean' },
      datasetUrl: str,
      datasetAction: { type: 'string', enum: ['created', 'found', 'adopted'] },
      resumed: { type: 'boolean' },
      links: { type: 'array', items: linkSchema },
      rowCount: { type: 'integer', minimum: 0 },
      checksumSha1: str,
      private: { type: 'boolean' },
    }),
    closedObject({ kind: { const: 'blocked' }, gate: gateSchema }),
    closedObject({ kind: { const: 'invalid' }, issues: { type: 'array', items: issueSchema } }),
  ],
};

const registerItemSchema = closedObject({
  attemptId: str,
  publicationId: str,
  publicationTitle: nullableString,
  startedAt: str,
  finishedAt: nullableString,
  result: {
    type: 'string',
    enum: ['running', 'succeeded', 'failed', 'cancelled', 'interrupted'],
  },
  errorCode: nullableString,
  actor: str,
  portalUrl: str,
  training: { type: 'boolean' },
  period: nullableString,
  datasetUrl: nullableString,
  resourceUrl: nullableString,
  rowCount: nullableInt,
  checksumSha1: nullableString,
  recipeVersion: nullableString,
  anonymizationSummary: nullableString,
  nextDue: nullableString,
});

// Same shape as app:workbook:export's outcome (models.ts SaveOutcome).
const saveOutcomeSchema: SchemaObject = {
  oneOf: [
    closedObject({
      kind: { const: 'saved' },
      fileName: str,
      bytes: { type: 'integer', minimum: 0 },
    }),
    closedObject({
      kind: { const: 'download' },
      fileName: str,
      bytes: { type: 'integer', minimum: 0 },
      url: str,
    }),
    closedObject({ kind: { const: 'cancelled' } }),
  ],
};

export const PORTAL_CHANNELS: { readonly [C in keyof PortalChannelTypes]: ChannelSchemas } = {
  'app:portal:status': {
    doc: 'The portal connection: which portal, account, organizations, profile; never the key.',
    request: emptyRequest,
    response: statusSchema,
  },
  'app:portal:connect': {
    doc: 'Verify an API key (GET /me/), detect the profile, store the key in the OS keychain, refresh reference lists.',
    request: closedObject({
      portalUrl: { type: 'string', minLength: 1, maxLength: 500 },
      apiKey: { type: 'string', minLength: 8, maxLength: 4096, pattern: '^[\\x21-\\x7e]+$' },
    }),
    response: statusSchema,
  },
  'app:portal:disconnect': {
    doc: 'Forget the stored key and the real connection (training stays as it is).',
    request: emptyRequest,
    response: statusSchema,
  },
  'app:portal:proxy': {
    doc: "The clerk's proxy choice (refused when IT fixed it in the policy).",
    request: closedObject({ proxy: proxySettingSchema }),
    response: statusSchema,
  },
  'app:portal:training': {
    doc: 'Start the local training portal (Vežbaonica) and connect to it, or stop it.',
    request: closedObject({ enabled: { type: 'boolean' } }),
    response: statusSchema,
  },
  'app:publish:check': {
    doc: 'Before publishing: the target portal, the privacy gate, the metadata problems, the last publication.',
    request: closedObject({ workbookId: idString, publicationId: idString }),
    response: checkSchema,
  },
  'app:publish:run': {
    doc: 'Publish the current table with its metadata and dictionary; progress on app:publish:progress.',
    request: closedObject({
      workbookId: idString,
      publicationId: idString,
      jobId: idString,
      options: closedObject({
        keepPrivate: { type: 'boolean' },
        resourcePolicy: policySchema,
        period: periodSchema,
      }),
    }),
    response: resultSchema,
  },
  'app:publish:cancel': {
    doc: 'Cancel a running publish; the next attempt resumes from the journal.',
    request: closedObject({ jobId: idString }),
    response: closedObject({ cancelled: { type: 'boolean' } }),
  },
  'app:register:list': {
    doc: 'Publication attempts and results, newest first, with the next due date.',
    request: closedObject({
      publicationId: { anyOf: [idString, { type: 'null' }] },
      includeTraining: { type: 'boolean' },
    }),
    response: closedObject({ items: { type: 'array', items: registerItemSchema } }),
  },
  'app:register:export': {
    doc: 'Write the register as CSV (for audits and FOI requests) through the host.',
    request: closedObject({ includeTraining: { type: 'boolean' } }),
    response: saveOutcomeSchema,
  },
};
