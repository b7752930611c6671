/** Publications: the unit a clerk works on and comes back to every period. */
import type { PublicationSummary } from '../models';
import { closedObject, emptyRequest, idString, type ChannelSchemas, type Empty } from './common';

/** Longest publication title the app keeps (the portal's own limits apply to metadata). */
export const MAX_PUBLICATION_TITLE = 200;

export interface PublicationChannelTypes {
  'app:publication:list': { request: Empty; response: { items: PublicationSummary[] } };
  'app:publication:create': {
    request: { title: string; sourceFileName: string | null };
    response: PublicationSummary;
  };
  'app:publication:get': { request: { publicationId: string }; response: PublicationSummary };
  'app:publication:rename': {
    request: { publicationId: string; title: string };
    response: PublicationSummary;
  };
  'app:publication:archive': {
    request: { publicationId: string };
    response: { archived: boolean };
  };
}

const title = { type: 'string', minLength: 1, maxLength: MAX_PUBLICATION_TITLE, pattern: '\\S' };
const nullableName = {
  anyOf: [{ type: 'string', minLength: 1, maxLength: 255 }, { type: 'null' }],
};

export const publicationSummarySchema = closedObject({
  id: idString,
  title: { type: 'string' },
  sourceFileName: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  createdAt: { type: 'string' },
  updatedAt: { type: 'string' },
});

const byId = closedObject({ publicationId: idString });

export const PUBLICATION_CHANNELS: {
  readonly [C in keyof PublicationChannelTypes]: ChannelSchemas;
} = {
  'app:publication:list': {
    doc: 'Publications that are not archived, most recently changed first.',
    request: emptyRequest,
    response: closedObject({ items: { type: 'array', items: publicationSummarySchema } }),
  },
  'app:publication:create': {
    doc: 'Start a new publication.',
    request: closedObject({ title, sourceFileName: nullableName }),
    response: publicationSummarySchema,
  },
  'app:publication:get': {
    doc: 'One publication by id.',
    request: byId,
    response: publicationSummarySchema,
  },
  'app:publication:rename': {
    doc: 'Change the title the clerk knows the publication by.',
    request: closedObject({ publicationId: idString, title }),
    response: publicationSummarySchema,
  },
  'app:publication:archive': {
    doc: 'Hide a publication from the lists; its history stays in the database.',
    request: byId,
    response: closedObject({ archived: { type: 'boolean' } }),
  },
};
