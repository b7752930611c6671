/**
 * A publication as one JSON file (shared/publication/publication-file.ts): what `otvori publish`
 * runs on next month's file, and what one office shares with another. No secrets, no personal
 * values: recipe steps that carry cell values are left out unless asked for.
 */
import type { SaveOutcome } from '../models';
import { closedObject, idString, type ChannelSchemas } from './common';

export interface PublicationFileChannelTypes {
  'app:publication:export': {
    request: {
      publicationId: string;
      /** Keep recipe steps that carry cell values (find/replace texts, edited cells). */
      includeValues?: boolean;
    };
    response: { outcome: SaveOutcome; omittedSteps: string[] };
  };
}

const saveOutcomeSchema = {
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

export const PUBLICATION_FILE_CHANNELS: {
  readonly [C in keyof PublicationFileChannelTypes]: ChannelSchemas;
} = {
  'app:publication:export': {
    doc: 'Save the publication (source options, recipe, metadata, target, policy, justifications) as one JSON file for otvori publish.',
    request: closedObject({ publicationId: idString, includeValues: { type: 'boolean' } }, [
      'includeValues',
    ]),
    response: closedObject({
      outcome: saveOutcomeSchema,
      omittedSteps: { type: 'array', items: { type: 'string' } },
    }),
  },
};
