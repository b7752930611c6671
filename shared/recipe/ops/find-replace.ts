/**
 * Find and replace literal text (no expressions: a clerk's `.` is a dot): inside cells or whole
 * cells only, case-sensitive or not. The literals are cell values, listed in valueParams so the
 * privacy feature can police them in saved and exported recipes.
 */
import { param } from '../table-edit';
import { defineTextOp } from './text-op';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const findReplaceOp = defineTextOp({
  op: 'find-replace',
  schema: {
    type: 'object',
    properties: {
      find: { type: 'string', minLength: 1, maxLength: 1000 },
      replace: { type: 'string', maxLength: 1000 },
      wholeCell: { type: 'boolean' },
      caseSensitive: { type: 'boolean' },
    },
    required: ['find', 'replace'],
    additionalProperties: false,
  },
  valueParams: ['find', 'replace'],
  editor: (step) => {
    const find = param(step, 'find', '');
    const replace = param(step, 'replace', '');
    const whole = param(step, 'wholeCell', false);
    const caseSensitive = param(step, 'caseSensitive', true);
    const flags = caseSensitive ? 'gu' : 'giu';
    const pattern = new RegExp(whole ? `^${escapeRegex(find)}$` : escapeRegex(find), flags);
    // A function replacement: `$&` or `$1` in the clerk's text stay literal.
    return (text) => text.replace(pattern, () => replace);
  },
  describeParams: (step) => ({
    find: param(step, 'find', ''),
    replace: param(step, 'replace', ''),
    wholeCell: param(step, 'wholeCell', false),
  }),
});
