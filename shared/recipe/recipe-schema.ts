/**
 * The recipe envelope as JSON Schema, for contract channels that carry a recipe (a later
 * session): the shape of every step, with `params` left open. The per-op params are checked by
 * validateRecipe, which also names the step and field for the clerk.
 */
import { OP_NAMES } from './registry';
import { RECIPE_VERSION } from './types';

export const RECIPE_ENVELOPE_SCHEMA = {
  type: 'object',
  properties: {
    version: { const: RECIPE_VERSION },
    steps: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 100 },
          op: { enum: OP_NAMES },
          column: { type: 'string', minLength: 1, maxLength: 500 },
          params: { type: 'object' },
          enabled: { type: 'boolean' },
          note: { type: 'string', maxLength: 2000 },
        },
        required: ['id', 'op', 'params', 'enabled'],
        additionalProperties: false,
      },
    },
  },
  required: ['version', 'steps'],
  additionalProperties: false,
} as const;
