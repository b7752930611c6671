/**
 * Mask (issue 5 §2): every letter and digit becomes `*` except the last `keep` ones, so a clerk
 * can still tell records apart by the tail (`*********5129`) while the identifier is gone.
 * Separators stay where they were (`***-*************-69`). A column of numbers becomes text: a
 * JMBG stored as a number is masked on its digits.
 */
import { columnIndex, param } from '../../table-edit';
import type { OpDefinition } from '../../types';
import { describeOne, readsOne, requireColumn } from '../column-op';
import { rewriteColumn } from './privacy-column';

export function maskText(text: string, keep: number): string {
  let remaining = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) remaining++;
  let out = '';
  for (const ch of text) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      out += remaining > keep ? '*' : ch;
      remaining--;
    } else out += ch;
  }
  return out;
}

export const maskOp: OpDefinition = {
  op: 'mask',
  schema: {
    type: 'object',
    properties: { keep: { type: 'integer', minimum: 0, maximum: 6 } },
    additionalProperties: false,
  },
  column: true,
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const c = columnIndex(table, requireColumn(step));
    const keep = param(step, 'keep', 4);
    return rewriteColumn(
      table,
      c,
      (value) => {
        const text = typeof value === 'number' ? String(value) : String(value);
        return text.trim() === '' ? null : maskText(text.trim(), keep);
      },
      'text',
    );
  },
  describe: (step) => describeOne(step, { keep: Number(step.params.keep ?? 4) }),
  affectedColumns: readsOne,
};
