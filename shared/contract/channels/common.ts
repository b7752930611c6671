/** Schema pieces and types shared by the per-domain channel files. */
import type { SchemaObject } from 'ajv';

export const ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const idString = { type: 'string', pattern: ID_PATTERN } as const;

export type Empty = Record<string, never>;
export const emptyRequest: SchemaObject = {
  type: 'object',
  additionalProperties: false,
  properties: {},
};

export interface ChannelSchemas {
  readonly request: SchemaObject;
  readonly response: SchemaObject;
  /** One line for developers; the clerk never sees it. */
  readonly doc: string;
}

/** Builds an object schema with every listed property required and no others allowed. */
export function closedObject(
  properties: Record<string, SchemaObject | Readonly<Record<string, unknown>>>,
  optional: readonly string[] = [],
): SchemaObject {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    properties,
  };
}
