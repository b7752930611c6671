/** Every op a recipe may name. A step whose `op` is not here is refused at validation. */
import type { OpDefinition } from './types';
import { trimWhitespaceOp } from './ops/trim-whitespace';
import { normalizeUnicodeOp } from './ops/normalize-unicode';
import { transliterateOp } from './ops/transliterate';
import { repairMojibakeOp } from './ops/repair-mojibake';
import { parseNumbersOp } from './ops/parse-numbers';
import { parseDatesOp } from './ops/parse-dates';
import { changeTypeOp } from './ops/change-type';
import { renameColumnOp } from './ops/rename-column';
import { splitColumnOp } from './ops/split-column';
import { mergeColumnsOp } from './ops/merge-columns';
import { fillDownOp } from './ops/fill-down';
import { removeEmptyColumnsOp, removeEmptyRowsOp } from './ops/remove-empty';
import { removeDuplicateRowsOp } from './ops/remove-duplicate-rows';
import { filterRowsOp } from './ops/filter-rows';
import { findReplaceOp } from './ops/find-replace';
import { editCellOp } from './ops/edit-cell';
import { mergeClusterOp } from './ops/merge-cluster';
import { dropColumnOp } from './ops/privacy/drop-column';
import { maskOp } from './ops/privacy/mask';
import { redactTextOp } from './ops/privacy/redact-text';
import { pseudonymizeOp, tokenizeOp } from './ops/privacy/pseudonymize';
import { generalizeOp } from './ops/privacy/generalize';
import { topBottomCodeOp } from './ops/privacy/top-bottom-code';
import { suppressSmallCountsOp } from './ops/privacy/suppress-small-counts';

const LIST: readonly OpDefinition[] = [
  trimWhitespaceOp,
  normalizeUnicodeOp,
  transliterateOp,
  repairMojibakeOp,
  parseNumbersOp,
  parseDatesOp,
  changeTypeOp,
  renameColumnOp,
  splitColumnOp,
  mergeColumnsOp,
  fillDownOp,
  removeEmptyRowsOp,
  removeEmptyColumnsOp,
  removeDuplicateRowsOp,
  filterRowsOp,
  findReplaceOp,
  editCellOp,
  mergeClusterOp,
  dropColumnOp,
  maskOp,
  redactTextOp,
  pseudonymizeOp,
  tokenizeOp,
  generalizeOp,
  topBottomCodeOp,
  suppressSmallCountsOp,
];

/** A Map, not an object: a step's `op` of `__proto__` or `constructor` finds nothing. */
export const OPS: ReadonlyMap<string, OpDefinition> = new Map(LIST.map((def) => [def.op, def]));

export const OP_NAMES: readonly string[] = LIST.map((def) => def.op);
