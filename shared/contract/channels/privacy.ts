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
import { PLAN_ACTIONS, type PlanAction } from '../../privacy/plan';
import type { AnonymizationReport } from '../../privacy/report';
import { LOCALES, type Locale } from '../models';
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

/** One flagged column of the suggested plan; the renderer builds the steps with stepsFor(). */
export interface PrivacyPlanItem {
  readonly column: string;
  readonly kinds: readonly PiiKind[];
  readonly basis: 'values' | 'free-text';
  readonly action: PlanAction;
  readonly alternatives: readonly PlanAction[];
}

export interface PrivacyPlan {
  readonly items: readonly PrivacyPlanItem[];
  /** Columns that look like quasi-identifiers, for the risk check. */
  readonly quasiIdentifiers: readonly string[];
}

export interface PrivacyRisk {
  readonly quasiIdentifiers: readonly string[];
  readonly targetK: number;
  readonly k: number;
  readonly groups: number;
  readonly uniqueRows: number;
  readonly rowsBelowTarget: number;
  readonly rows: number;
  readonly next: {
    readonly column: string;
    readonly step: 'generalize-year-band' | 'generalize-age-band' | 'drop';
    readonly kAfter: number;
    readonly uniqueAfter: number;
    readonly belowTargetAfter: number;
  } | null;
}

export interface PrivacyJustification {
  readonly column: string;
  readonly kind: PiiKind;
  readonly text: string;
  readonly who: string;
  readonly at: string;
}

/** Why the gate refuses one column: codes only; the renderer words them. */
export interface PrivacyGateBlocker {
  readonly column: string;
  readonly kinds: readonly PiiKind[];
  readonly code: 'unhandled-personal-data';
}

export interface PrivacyGateStatus {
  readonly passed: boolean;
  readonly blockers: readonly PrivacyGateBlocker[];
  readonly justifications: readonly PrivacyJustification[];
  /** False when the workbook was opened without a publication: nothing can be justified. */
  readonly canJustify: boolean;
}

export interface PrivacyReport {
  readonly report: AnonymizationReport;
  /** Proposed for the dataset description, in the requested language. */
  readonly note: string;
  /** True when the report was saved with the publication. */
  readonly saved: boolean;
}

export interface PrivacyChannelTypes {
  'app:privacy:scan': { request: { workbookId: string }; response: PrivacyScan };
  'app:privacy:plan': { request: { workbookId: string }; response: PrivacyPlan };
  'app:privacy:risk': {
    request: { workbookId: string; quasiIdentifiers: string[]; targetK?: number };
    response: PrivacyRisk;
  };
  'app:privacy:justify': {
    /** `text: null` removes the justification. */
    request: { workbookId: string; column: string; kind: PiiKind; text: string | null };
    response: PrivacyGateStatus;
  };
  'app:privacy:gate': { request: { workbookId: string }; response: PrivacyGateStatus };
  'app:privacy:report': {
    request: { workbookId: string; locale: Locale };
    response: PrivacyReport;
  };
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

const columnName = { type: 'string', minLength: 1, maxLength: 500 } as const;
const kindList = { type: 'array', items: kindEnum } as const;
const actionEnum = { type: 'string', enum: [...PLAN_ACTIONS] } as const;
const findingSchema = closedObject({ column: columnName, kinds: kindList });

const planItemSchema = closedObject({
  column: columnName,
  kinds: kindList,
  basis: { type: 'string', enum: ['values', 'free-text'] },
  action: actionEnum,
  alternatives: { type: 'array', items: actionEnum },
});

const riskStepEnum = {
  type: 'string',
  enum: ['generalize-year-band', 'generalize-age-band', 'drop'],
} as const;

const riskSchema = closedObject({
  quasiIdentifiers: { type: 'array', items: columnName },
  targetK: { type: 'integer', minimum: 1 },
  k: count,
  groups: count,
  uniqueRows: count,
  rowsBelowTarget: count,
  rows: count,
  next: {
    anyOf: [
      closedObject({
        column: columnName,
        step: riskStepEnum,
        kAfter: count,
        uniqueAfter: count,
        belowTargetAfter: count,
      }),
      { type: 'null' },
    ],
  },
});

const justificationSchema = closedObject({
  column: columnName,
  kind: kindEnum,
  text: { type: 'string', minLength: 1, maxLength: 2000 },
  who: { type: 'string' },
  at: { type: 'string' },
});

const gateSchema = closedObject({
  passed: { type: 'boolean' },
  blockers: {
    type: 'array',
    items: closedObject({
      column: columnName,
      kinds: kindList,
      code: { const: 'unhandled-personal-data' },
    }),
  },
  justifications: { type: 'array', items: justificationSchema },
  canJustify: { type: 'boolean' },
});

const reportSchema = closedObject({
  version: { const: 1 },
  generatedAt: { type: 'string' },
  rowsBefore: count,
  rowsAfter: count,
  found: { type: 'array', items: findingSchema },
  removed: { type: 'array', items: columnName },
  transformed: { type: 'array', items: columnName },
  justified: { type: 'array', items: findingSchema },
  open: { type: 'array', items: findingSchema },
  risk: {
    anyOf: [
      closedObject({
        quasiIdentifiers: { type: 'array', items: columnName },
        k: count,
        uniqueRows: count,
        targetK: { type: 'integer', minimum: 1 },
      }),
      { type: 'null' },
    ],
  },
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
  'app:privacy:plan': {
    doc: 'The suggested plan: the safe default and the alternatives per flagged column, and the suggested quasi-identifiers.',
    request: closedObject({ workbookId: idString }),
    response: closedObject({
      items: { type: 'array', items: planItemSchema },
      quasiIdentifiers: { type: 'array', items: columnName },
    }),
  },
  'app:privacy:risk': {
    doc: 'k-anonymity of the current table over the marked quasi-identifiers, and what to generalize next; saved with the publication.',
    request: closedObject(
      {
        workbookId: idString,
        quasiIdentifiers: { type: 'array', items: columnName, maxItems: 20, uniqueItems: true },
        targetK: { type: 'integer', minimum: 2, maximum: 100 },
      },
      ['targetK'],
    ),
    response: riskSchema,
  },
  'app:privacy:justify': {
    doc: 'Stores (text) or removes (null) the clerk’s justification for one kind in one column of the publication; answers the gate status.',
    request: closedObject({
      workbookId: idString,
      column: columnName,
      kind: kindEnum,
      text: {
        anyOf: [
          { type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' },
          { type: 'null' },
        ],
      },
    }),
    response: gateSchema,
  },
  'app:privacy:gate': {
    doc: 'The publication gate for the current table: passed, and blockers as column names and kind codes (never cell values).',
    request: closedObject({ workbookId: idString }),
    response: gateSchema,
  },
  'app:privacy:report': {
    doc: 'The anonymization report of the current table and the processing note proposed for the dataset description.',
    request: closedObject({ workbookId: idString, locale: { type: 'string', enum: [...LOCALES] } }),
    response: closedObject({
      report: reportSchema,
      note: { type: 'string' },
      saved: { type: 'boolean' },
    }),
  },
};
