/**
 * Metadata of a publication (issue 6): the draft the Describe screen autosaves, its validation
 * against the portal's rules, the office template, the reference lists, and the column
 * dictionary as documentation files. Refreshing the lists from a portal is a backend function,
 * not a channel: the renderer must not make the backend fetch URLs of its choosing.
 */
import type { SchemaObject } from 'ajv';
import { metadataSchema, templateSchema } from '../../metadata/metadata-schema';
import type { ProposedCoverage } from '../../metadata/temporal-proposal';
import { REFERENCE_KINDS, type ReferenceLists } from '../../metadata/reference-lists';
import {
  ISSUE_CODES,
  type MetadataIssue,
  type OfficeTemplate,
  type PublicationMetadata,
} from '../../metadata/types';
import type { SaveOutcome } from '../models';
import { closedObject, emptyRequest, idString, type ChannelSchemas, type Empty } from './common';

export interface MetadataState {
  readonly publicationId: string;
  readonly metadata: PublicationMetadata;
  /** Problems against the portal's rules and the current reference lists; empty when ready. */
  readonly issues: readonly MetadataIssue[];
  /** ISO time of the last save. */
  readonly savedAt: string;
  /** Coverage the table suggests (null without a table or without dates). */
  readonly coverageProposal: ProposedCoverage | null;
}

export interface TemplateState {
  readonly template: OfficeTemplate;
  readonly issues: readonly MetadataIssue[];
  /** ISO time of the last save; null while the office has not set one. */
  readonly savedAt: string | null;
}

export const DICTIONARY_FORMATS = ['csv', 'table-schema'] as const;
export type DictionaryFormat = (typeof DICTIONARY_FORMATS)[number];

export interface MetadataChannelTypes {
  'app:metadata:get': {
    request: { publicationId: string; workbookId: string | null };
    response: MetadataState;
  };
  'app:metadata:save': {
    request: { publicationId: string; metadata: PublicationMetadata };
    response: MetadataState;
  };
  'app:dictionary:export': {
    request: { publicationId: string; format: DictionaryFormat };
    response: SaveOutcome;
  };
  'app:metadata:lists': { request: Empty; response: ReferenceLists };
  'app:template:get': { request: Empty; response: TemplateState };
  'app:template:save': { request: { template: OfficeTemplate }; response: TemplateState };
}

const draftMetadata = metadataSchema('draft');
const draftTemplate = templateSchema('draft');

const issueSchema = closedObject({
  field: { type: 'string' },
  code: { type: 'string', enum: [...ISSUE_CODES] },
  params: {
    type: 'object',
    additionalProperties: { type: ['string', 'number'] },
  },
});

const nullableString = { anyOf: [{ type: 'string' }, { type: 'null' }] };

const coverageProposalSchema: SchemaObject = {
  anyOf: [
    closedObject({
      start: { type: 'string' },
      end: { type: 'string' },
      columns: { type: 'array', items: { type: 'string' } },
    }),
    { type: 'null' },
  ],
};

const metadataStateSchema = closedObject({
  publicationId: idString,
  metadata: draftMetadata,
  issues: { type: 'array', items: issueSchema },
  savedAt: { type: 'string' },
  coverageProposal: coverageProposalSchema,
});

const templateStateSchema = closedObject({
  template: draftTemplate,
  issues: { type: 'array', items: issueSchema },
  savedAt: nullableString,
});

const labelSchema = closedObject({
  'sr-Cyrl': { type: 'string' },
  'sr-Latn': { type: 'string' },
  en: { type: 'string' },
});

const referenceListSchema = closedObject({
  items: { type: 'array', items: closedObject({ id: { type: 'string' }, label: labelSchema }) },
  fetchedAt: nullableString,
  source: nullableString,
});

// Same shape as app:workbook:export's outcome (models.ts SaveOutcome).
const saveOutcomeSchema: SchemaObject = {
  oneOf: [
    closedObject({
      kind: { const: 'saved' },
      fileName: { type: 'string' },
      bytes: { type: 'integer', minimum: 0 },
    }),
    closedObject({
      kind: { const: 'download' },
      fileName: { type: 'string' },
      bytes: { type: 'integer', minimum: 0 },
      url: { type: 'string' },
    }),
    closedObject({ kind: { const: 'cancelled' } }),
  ],
};

export const METADATA_CHANNELS: { readonly [C in keyof MetadataChannelTypes]: ChannelSchemas } = {
  'app:metadata:get': {
    doc: "A publication's metadata; created from the office template and the open table the first time.",
    request: closedObject({
      publicationId: idString,
      workbookId: { anyOf: [idString, { type: 'null' }] },
    }),
    response: metadataStateSchema,
  },
  'app:metadata:save': {
    doc: 'Autosave a draft (any state) and return it with its problems against the portal rules.',
    request: closedObject({ publicationId: idString, metadata: draftMetadata }),
    response: metadataStateSchema,
  },
  'app:dictionary:export': {
    doc: 'Write the column dictionary as CSV or Table Schema JSON through the host (save dialog or download).',
    request: closedObject({
      publicationId: idString,
      format: { type: 'string', enum: [...DICTIONARY_FORMATS] },
    }),
    response: saveOutcomeSchema,
  },
  'app:metadata:lists': {
    doc: 'Licences, frequencies, resource types, extensions, granularities: cached from the portal or shipped.',
    request: emptyRequest,
    response: closedObject(
      Object.fromEntries(REFERENCE_KINDS.map((kind) => [kind, referenceListSchema])),
    ),
  },
  'app:template:get': {
    doc: "The office's defaults every new publication starts from.",
    request: emptyRequest,
    response: templateStateSchema,
  },
  'app:template:save': {
    doc: "Save the office's defaults; returns them with their problems.",
    request: closedObject({ template: draftTemplate }),
    response: templateStateSchema,
  },
};
