/**
 * Unicode normalization (serbian-pii.md §3.2): NFC composes a decomposed `c + ◌̌` into `č`, so
 * the same name typed on a Mac and on Windows compares equal; the Latin digraph code points
 * U+01C4–U+01CC (`ǅ`, `ǈ`, `ǋ`) become two letters (NFKC for those only: full NFKC would also
 * rewrite `m²`, `½` and the like, which are content).
 */
import { defineTextOp } from './text-op';
import { param } from '../table-edit';

const DIGRAPHS = /[\u01C4-\u01CC]/g;

/**
 * Characters NFC may change, or the digraphs: outside Latin up to U+02FF, Cyrillic, punctuation
 * past the two quad spaces and €. Combining marks (U+0300…) are exactly what falls in here; a
 * cell without any (the common case) is skipped without normalizing.
 */
const MAY_CHANGE = /[\u0300-\u03FF\u01C4-\u01CC\u0530-\u2001\u2070-\u20AB\u20AD-\uFFFF]/;

export function normalizeText(text: string, form: 'NFC' | 'NFKC'): string {
  if (form === 'NFC' && !MAY_CHANGE.test(text)) return text;
  const composed = text.normalize(form);
  return form === 'NFKC' ? composed : composed.replace(DIGRAPHS, (ch) => ch.normalize('NFKC'));
}

export const normalizeUnicodeOp = defineTextOp({
  op: 'normalize-unicode',
  schema: {
    type: 'object',
    properties: { form: { enum: ['NFC', 'NFKC'] } },
    additionalProperties: false,
  },
  editor: (step) => {
    const form = param<'NFC' | 'NFKC'>(step, 'form', 'NFC');
    return (text) => normalizeText(text, form);
  },
  describeParams: (step) => ({ form: param(step, 'form', 'NFC') }),
});
