/**
 * Personal data found in an open table (issue 5, the first slice of the Protect step). The
 * response is shaped from shared/privacy's ColumnVerdict: counts and codes only, never a cell
 * value, so the renderer words the evidence and nothing sensitive crosses the bridge.
 */
import type { SchemaObject } from 'ajv';
import {
  HEADER_CUES,
  PII_KINDS,
  type Confidence,
  type Evidence,
  type KindRole,
  type PiiKind,
} from '../../privacy/types';
import { closedObject, idString, type ChannelSchemas } from './common';

export interface PrivacyKind {
  readonly kind: PiiKind;
  readonly role: KindRole;
  /** Cells holding the kind as the whole value. */
  readonly matched: number;
  /** Cells holding it inside longer text. */
  readonly embedded: number;
  /** Non-empty cells examined. */
  readonly total: number;
  /** The matches look like chance (failed checksums dominate): not counted as personal. */
  readonly chance: boolean;
}

export interface PrivacyColumn {
  readonly index: number;
  readonly key: string;
  readonly name: string;
  readonly kinds: readonly PrivacyKind[];
  readonly personal: boolean;
  readonly confidence: Confidence | null;
  /** Non-empty cells in the column. */
  readonly nonEmpty: number;
  readonly scan: 'full' | 'sample';
  /** Cells of a free-text column holding personal data inside a sentence. */
  readonly cellsWithEmbedded: number;
  readonly evidence: readonly Evidence[];
}

export interface PrivacyScan {
  readonly columns: readonly PrivacyColumn[];
  readonly summary: { readonly personalColumns: number; readonly checkedColumns: number };
}

export interface PrivacyChannelTypes {
  'app:privacy:scan': { request: { workbookId: string }; response: PrivacyScan };
}

const count = { type: 'integer', minimum: 0 } as const;
const kindEnum = { type: 'string', enum: [...PII_KINDS] } as const;

const kindSchema = closedObject({
  kind: kindEnum,
  role: { type: 'string', enum: ['identifier', 'contact', 'quasi', 'public'] },
  matched: count,
  embedded: count,
  total: count,
  chance: { type: 'boolean' },
});

const counted = (code: string, kinds: readonly string[]): SchemaObject =>
  closedObject({
    code: { const: code },
    kind: { type: 'string', enum: [...kinds] },
    matched: count,
    total: count,
  });

const evidenceSchema: SchemaObject = {
  oneOf: [
    closedObject({
      code: { const: 'matched' },
      kind: kindEnum,
      basis: { type: 'string', enum: ['checksum', 'pattern', 'dictionary', 'header'] },
      matched: count,
      total: count,
    }),
    counted('bad-checksum', ['jmbg', 'account', 'iban', 'pib', 'mb']),
    counted('leading-zero-lost', ['jmbg']),
    counted('digits-lost', ['account']),
    counted('embedded', PII_KINDS),
    counted('chance-matches', ['jmbg', 'account']),
    closedObject({ code: { const: 'header' }, cue: { type: 'string', enum: [...HEADER_CUES] } }),
  ],
};

const columnSchema = closedObject({
  index: count,
  key: { type: 'string' },
  name: { type: 'string' },
  kinds: { type: 'array', items: kindSchema },
  personal: { type: 'boolean' },
  confidence: { anyOf: [{ type: 'string', enum: ['high', 'medium', 'low'] }, { type: 'null' }] },
  nonEmpty: count,
  scan: { type: 'string', enum: ['full', 'sample'] },
  cellsWithEmbedded: count,
  evidence: { type: 'array', items: evidenceSchema },
});

export const PRIVACY_CHANNELS: { readonly [C in keyof PrivacyChannelTypes]: ChannelSchemas } = {
  'app:privacy:scan': {
    doc: 'Personal data found per column of an open table: kinds, confidence and evidence as counts and codes, never cell values.',
    request: closedObject({ workbookId: idString }),
    response: closedObject({
      columns: { type: 'array', items: columnSchema },
      summary: closedObject({ personalColumns: count, checkedColumns: count }),
    }),
  },
};
