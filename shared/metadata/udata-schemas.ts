/**
 * What the portal's forms accept (udata-api.md §5.1 DatasetForm, §5.2 ResourceForm), as JSON
 * Schema: the last check on a mapped body before it leaves, and the contract of to-udata.ts in
 * tests. Limits from the reference; keys we never send (resources, owner, deleted…) are refused.
 */
import type { SchemaObject } from 'ajv';

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

export const UDATA_DATASET_INPUT_SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'description', 'tags', 'temporal_coverage', 'private'],
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 350 },
    description: { type: 'string', minLength: 1, maxLength: 100_000 },
    license: { type: 'string', minLength: 1 },
    frequency: { type: 'string', minLength: 1 },
    tags: {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', minLength: 3, maxLength: 96, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    },
    temporal_coverage: {
      anyOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['start', 'end'],
          properties: { start: date, end: date },
        },
        { type: 'null' },
      ],
    },
    spatial: {
      type: 'object',
      additionalProperties: false,
      required: ['granularity'],
      properties: { granularity: { type: 'string', minLength: 1 } },
    },
    organization: { type: 'string', pattern: '^[0-9a-f]{24}$' },
    private: { type: 'boolean' },
    extras: {
      type: 'object',
      additionalProperties: { type: ['string', 'number'] },
    },
  },
};

export const UDATA_RESOURCE_INPUT_SCHEMA: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'type'],
  properties: {
    title: { type: 'string', minLength: 1, maxLength: 350 },
    description: { type: 'string', maxLength: 100_000 },
    type: { type: 'string', enum: ['main', 'documentation', 'update', 'api', 'code', 'other'] },
    // The portal lowercases and strips the format (§5.2); we send it already in that form.
    format: { type: 'string', pattern: '^[a-z0-9][a-z0-9.]*$' },
  },
};
