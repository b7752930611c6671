/**
 * An exported publication (architecture.md §1): one JSON file holding what a publication is —
 * how its source file is read, its recipe, its metadata, where it goes (target) and how it goes
 * there (policy) — and nothing secret (no API key, no pseudonymization key) and no personal
 * values. `otvori publish PUBLICATION.json --file FILE` runs it on next month's file.
 *
 * `id` is the publication's identity: the publish journal and the markers Otvori leaves on the
 * portal are keyed by it, so every run of the same file finds the dataset the last run (or the
 * app) made instead of creating a second one. A city that adapts another city's file gives it a
 * new id.
 */
import type { SchemaObject } from 'ajv';
import { readOptionsSchema, type ReadOptions } from '../contract/read-options';
import type { PublicationMetadata } from '../metadata/types';
import { PII_KINDS, type PiiKind } from '../privacy/types';
import { RECIPE_ENVELOPE_SCHEMA } from '../recipe/recipe-schema';
import type { Recipe } from '../recipe/types';

export const PUBLICATION_FILE_KIND = 'otvori-publication';
export const PUBLICATION_FILE_VERSION = 1;

export const PUBLICATION_RESOURCE_POLICIES = ['replace', 'per-period'] as const;
export type PublicationResourcePolicy = (typeof PUBLICATION_RESOURCE_POLICIES)[number];

export interface PublicationFile {
  readonly kind: typeof PUBLICATION_FILE_KIND;
  readonly version: typeof PUBLICATION_FILE_VERSION;
  /** A UUID. */
  readonly id: string;
  readonly title: string;
  /** How the source file is read (sheet by name, header row …); detection when absent. */
  readonly source?: ReadOptions;
  readonly recipe: Recipe;
  /** Checked against the portal's rules when published (shared/metadata). */
  readonly metadata: PublicationMetadata;
  readonly target: {
    /** Absent: the machine policy's portal (data.gov.rs by default). */
    readonly portalUrl?: string;
  };
  readonly policy: {
    /** replace: the same resource gets the new file; per-period: one resource per period. */
    readonly resources: PublicationResourcePolicy;
    /** `2026-10`, or `auto`: the month the table's dates end in (else the current month). */
    readonly period?: string;
    /** Leave the dataset private on the portal. */
    readonly keepPrivate?: boolean;
    /**
     * Personal data the clerk decided to publish, with the reason (issue 5 §5): recorded again
     * for this publication, so the gate lets exactly these through.
     */
    readonly justifications?: readonly {
      readonly column: string;
      readonly kind: PiiKind;
      readonly text: string;
    }[];
  };
}

/** The envelope; the recipe's steps and the metadata are checked by their own modules. */
export const PUBLICATION_FILE_SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'version', 'id', 'title', 'recipe', 'metadata', 'target', 'policy'],
  properties: {
    kind: { const: PUBLICATION_FILE_KIND },
    version: { const: PUBLICATION_FILE_VERSION },
    id: {
      type: 'string',
      pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
    },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    source: readOptionsSchema,
    recipe: RECIPE_ENVELOPE_SCHEMA,
    metadata: { type: 'object' },
    target: {
      type: 'object',
      additionalProperties: false,
      properties: {
        portalUrl: { type: 'string', pattern: '^https?://[^\\s]+$', maxLength: 300 },
      },
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['resources'],
      properties: {
        resources: { type: 'string', enum: [...PUBLICATION_RESOURCE_POLICIES] },
        period: { type: 'string', pattern: '^(auto|[0-9A-Za-z][0-9A-Za-z._-]{0,31})$' },
        keepPrivate: { type: 'boolean' },
        justifications: {
          type: 'array',
          maxItems: 500,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['column', 'kind', 'text'],
            properties: {
              column: { type: 'string', minLength: 1, maxLength: 500 },
              kind: { type: 'string', enum: [...PII_KINDS] },
              text: { type: 'string', minLength: 1, maxLength: 2000 },
            },
          },
        },
      },
    },
  },
};

/** The metadata inside an exported publication, or the document itself when it is bare metadata. */
export function metadataOf(data: unknown): unknown {
  if (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>)['kind'] === PUBLICATION_FILE_KIND
  ) {
    return (data as Record<string, unknown>)['metadata'];
  }
  return data;
}
