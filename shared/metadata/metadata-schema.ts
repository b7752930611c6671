/**
 * The JSON Schema of a publication's metadata, as data (architecture.md §2: shared holds schemas,
 * the backend compiles them with ajv). One builder, two strictnesses:
 * - `draft`: the shape only, with generous caps — what the contract accepts on every autosave;
 * - `portal`: the portal's limits and the ids of its current reference lists — what must hold
 *   before publishing. Custom keywords `udataTag` and `dateRange` are defined in
 *   metadata-keywords.ts.
 */
import type { SchemaObject } from 'ajv';
import { METADATA_LIMITS as L } from './limits';
import { referenceIds, type ReferenceLists } from './reference-lists';
import { DICTIONARY_TYPES, METADATA_SCHEMA_VERSION } from './types';

export type SchemaMode = 'draft' | { readonly lists: ReferenceLists };

/** A real-looking e-mail address; the portal has no contact field in LEGACY, so ours is light. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$';
/** Portal organisation ids are MongoDB ObjectIds (udata-api.md §3.3). */
export const OBJECT_ID_PATTERN = '^[0-9a-f]{24}$';

function text(max: number, draft: boolean, extra: SchemaObject = {}): SchemaObject {
  return { type: 'string', maxLength: draft ? L.draftTextMax : max, ...(draft ? {} : extra) };
}

function oneOf(ids: readonly string[], draft: boolean, allowEmpty: boolean): SchemaObject {
  if (draft) return { type: 'string', maxLength: 100 };
  return { type: 'string', enum: allowEmpty ? ['', ...ids] : [...ids] };
}

function closed(properties: Record<string, SchemaObject>): SchemaObject {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

export function metadataSchema(mode: SchemaMode): SchemaObject {
  const draft = mode === 'draft';
  const lists = mode === 'draft' ? null : mode.lists;
  const ids = (kind: keyof ReferenceLists) => (lists === null ? [] : referenceIds(lists[kind]));
  const listMax = draft ? L.draftListMax : undefined;
  const required = { minLength: 1, pattern: '\\S' };

  const column = closed({
    name: { type: 'string', maxLength: draft ? L.draftTextMax : 1_000 },
    label: text(L.dictionaryTextMax, draft, required),
    description: text(L.dictionaryTextMax, draft),
    type: { type: 'string', enum: [...DICTIONARY_TYPES] },
    unit: text(L.unitMax, draft),
    allowedValues: {
      type: 'array',
      maxItems: listMax ?? L.allowedValuesMax,
      items: { type: 'string', maxLength: draft ? L.draftTextMax : L.dictionaryTextMax },
      ...(draft ? {} : { uniqueItems: true }),
    },
  });

  return closed({
    schemaVersion: { const: METADATA_SCHEMA_VERSION },
    title: text(L.titleMax, draft, { minLength: L.titleMin, pattern: '\\S' }),
    titleLatin: text(L.titleMax, draft),
    description: text(L.descriptionMax, draft, required),
    descriptionLatin: text(L.descriptionMax, draft),
    tags: {
      type: 'array',
      maxItems: listMax ?? L.tagsMax,
      items: draft ? { type: 'string', maxLength: 1_000 } : { type: 'string', udataTag: true },
    },
    license: oneOf(ids('licenses'), draft, false),
    frequency: oneOf(ids('frequencies'), draft, false),
    temporalCoverage: {
      ...closed({
        start: { type: 'string', maxLength: draft ? 100 : 10 },
        end: { type: 'string', maxLength: draft ? 100 : 10 },
      }),
      ...(draft ? {} : { dateRange: true }),
    },
    spatialGranularity: oneOf(ids('granularities'), draft, true),
    organization: closed({
      id: draft
        ? { type: 'string', maxLength: 100 }
        : { type: 'string', pattern: `^$|${OBJECT_ID_PATTERN}` },
      name: text(L.organizationNameMax, draft),
    }),
    contact: closed({
      name: text(L.contactNameMax, draft),
      email: draft
        ? { type: 'string', maxLength: 1_000 }
        : { type: 'string', maxLength: L.emailMax, pattern: `^$|${EMAIL_PATTERN}` },
    }),
    resource: closed({
      title: text(L.resourceTitleMax, draft, required),
      description: text(L.resourceDescriptionMax, draft),
    }),
    dictionary: { type: 'array', maxItems: L.draftListMax, items: column },
  });
}

/** The office template: the same fields, same rules, as the metadata it seeds. */
export function templateSchema(mode: SchemaMode): SchemaObject {
  const full = metadataSchema(mode);
  const props = full['properties'] as Record<string, SchemaObject>;
  const pick = ['organization', 'license', 'frequency', 'spatialGranularity', 'contact', 'tags'];
  return closed(Object.fromEntries(pick.map((key) => [key, props[key] as SchemaObject])));
}
