/**
 * Transliterate a column Cyrillic ↔ Latin (serbian-pii.md §3.1). Cyrillic → Latin reuses the
 * transliterator of shared/text (digraph case: ЉУБА → LJUBA, Љубица → Ljubica); Latin → Cyrillic
 * is latin-to-cyrillic.ts, with its stem exceptions and never-touch tokens.
 */
import { cyrillicToLatin, hasSerbianCyrillic } from '../../text/transliterate';
import { latinToCyrillic } from './latin-to-cyrillic';
import { defineTextOp } from './text-op';
import { param } from '../table-edit';

export type Script = 'sr-Latn' | 'sr-Cyrl';

export function transliterateText(text: string, to: Script): string {
  if (to === 'sr-Latn') return hasSerbianCyrillic(text) ? cyrillicToLatin(text) : text;
  // Latin → Cyrillic only where there is a Latin letter to convert.
  return /[A-Za-zčćđšžČĆĐŠŽ]/.test(text) ? latinToCyrillic(text) : text;
}

export const transliterateOp = defineTextOp({
  op: 'transliterate',
  schema: {
    type: 'object',
    properties: { to: { enum: ['sr-Latn', 'sr-Cyrl'] } },
    required: ['to'],
    additionalProperties: false,
  },
  editor: (step) => {
    const to = param<Script>(step, 'to', 'sr-Latn');
    return (text) => transliterateText(text, to);
  },
  describeParams: (step) => ({ to: param(step, 'to', 'sr-Latn') }),
});
