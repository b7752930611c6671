/**
 * Trim and collapse whitespace (serbian-pii.md §3.2 steps 5–6): no-break and figure spaces
 * (U+00A0, U+2007, U+202F, thin U+2009) and tabs become spaces, zero-width characters and a
 * stray BOM go, runs of spaces collapse to one. Line breaks inside a cell (Alt+Enter notes) are
 * kept unless the step says otherwise: they are content, not noise.
 */
import { defineTextOp } from './text-op';
import { param } from '../table-edit';

// eslint-disable-next-line no-control-regex -- vertical tab / form feed are whitespace noise too
const SPACES = /[\t\u000B\u000C \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const LINE_BREAKS = /\r\n?|\n/g;

/**
 * Anything cleanWhitespace could change: space at an end, whitespace other than a plain space or
 * line break (tab, NBSP, CR…), two whitespace characters in a row, zero-width characters. Most
 * cells have none, and one test is far cheaper than the rewrite.
 */
const NEEDS_WORK = /^\s|\s$|[^\S \n]|\s\s|[\u200B-\u200D\u2060\uFEFF\u00AD]/;

export function cleanWhitespace(text: string, keepLineBreaks: boolean): string {
  if (!NEEDS_WORK.test(text) && (keepLineBreaks || !text.includes('\n'))) return text;
  let out = text.replace(ZERO_WIDTH, '');
  if (!keepLineBreaks) return out.replace(LINE_BREAKS, ' ').replace(SPACES, ' ').trim();
  out = out.replace(SPACES, ' ');
  // Trim each line, and drop empty lines at the ends only.
  return out
    .split(LINE_BREAKS)
    .map((line) => line.trim())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

export const trimWhitespaceOp = defineTextOp({
  op: 'trim-whitespace',
  schema: {
    type: 'object',
    properties: { keepLineBreaks: { type: 'boolean' } },
    additionalProperties: false,
  },
  editor: (step) => {
    const keep = param(step, 'keepLineBreaks', true);
    return (text) => cleanWhitespace(text, keep);
  },
  describeParams: (step) => ({ keepLineBreaks: param(step, 'keepLineBreaks', true) }),
});
