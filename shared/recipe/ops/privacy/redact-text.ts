/**
 * Redact inside free text (issue 5 §2; serbian-pii.md §5: clerks paste identifiers into "Opis",
 * "Napomena", "Svrha"): every personal finding of the text detectors is replaced by a label
 * (`[JMBG]`, `[IME]`, `[ADRESA]`), in Cyrillic when the cell is Cyrillic. Public findings
 * (treasury accounts, the city's switchboard, role mailboxes) stay. Without a column, every text
 * column is redacted.
 */
import { CellClassifier } from '../../../privacy/classify-cell';
import { headerCues } from '../../../privacy/header-cues';
import { isPersonalKind } from '../../../privacy/kinds';
import { createTextScanner, type TextScanner } from '../../../privacy/scan-text';
import { PII_KINDS, type HeaderCue, type PiiKind, type Span } from '../../../privacy/types';
import { hasSerbianCyrillic } from '../../../text/transliterate';
import {
  mapTextCells,
  param,
  replaceColumns,
  targetColumns,
  type ColumnUpdate,
} from '../../table-edit';
import type { OpDefinition } from '../../types';
import { latinToCyrillic } from '../latin-to-cyrillic';

export const REDACTION_LABEL: Readonly<Record<PiiKind, string>> = {
  jmbg: 'JMBG',
  pib: 'PIB',
  mb: 'MB',
  account: 'RAČUN',
  'account-treasury': 'RAČUN',
  iban: 'IBAN',
  lbo: 'LBO',
  'id-card': 'LIČNA KARTA',
  passport: 'PASOŠ',
  'phone-mobile': 'TELEFON',
  'phone-landline': 'TELEFON',
  'phone-institutional': 'TELEFON',
  email: 'E-POŠTA',
  'email-institutional': 'E-POŠTA',
  plate: 'TABLICE',
  'birth-date': 'DATUM ROĐENJA',
  'postal-code': 'POŠTANSKI BROJ',
  name: 'IME',
  address: 'ADRESA',
};

function label(kind: PiiKind, cyrillic: boolean): string {
  const text = REDACTION_LABEL[kind];
  // JMBG, PIB, MB, LBO, IBAN are spelled the same way as abbreviations in both scripts.
  return `[${cyrillic ? latinToCyrillic(text) : text}]`;
}

/** The text with every span whose kind is in `kinds` replaced by its label. */
export function redactSpans(
  text: string,
  spans: readonly Span[],
  kinds: ReadonlySet<PiiKind>,
): string {
  const cyrillic = hasSerbianCyrillic(text);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (!kinds.has(span.kind) || span.start < at) continue;
    out += text.slice(at, span.start) + label(span.kind, cyrillic);
    at = span.end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * One cell: a cell that as a whole is a personal value (`Petrović Petar`, `Njegoševa 9` in a
 * notes column) becomes its label, as the column scan would call it; otherwise the findings
 * inside the sentence are replaced. If the scan would still find something afterwards (two
 * findings that touch), the whole cell becomes the label: the gate must not find it again.
 */
export function redactCell(
  text: string,
  classifier: CellClassifier,
  scanner: TextScanner,
  cues: ReadonlySet<HeaderCue>,
  kinds: ReadonlySet<PiiKind>,
): string {
  const cyrillic = hasSerbianCyrillic(text);
  const wholeKind = classifier.classify(text, cues).kind;
  if (wholeKind !== null && kinds.has(wholeKind)) return label(wholeKind, cyrillic);
  const redacted = redactSpans(text, scanner.scan(text), kinds);
  const again = classifier.classify(redacted, cues);
  const left = [again.kind, ...again.embedded].find((k) => k !== null && kinds.has(k));
  return left === undefined || left === null ? redacted : label(left, cyrillic);
}

const PERSONAL = PII_KINDS.filter(isPersonalKind);

export const redactTextOp: OpDefinition = {
  op: 'redact-text',
  schema: {
    type: 'object',
    properties: {
      kinds: {
        type: 'array',
        items: { type: 'string', enum: PERSONAL },
        minItems: 1,
        uniqueItems: true,
      },
    },
    additionalProperties: false,
  },
  column: 'optional',
  columnParams: [],
  valueParams: [],
  apply(table, step) {
    const kinds = new Set(param<readonly PiiKind[]>(step, 'kinds', PERSONAL));
    const scanner = createTextScanner();
    const classifier = new CellClassifier();
    const updates = new Map<number, ColumnUpdate>();
    for (const c of targetColumns(table, step.column)) {
      const cues = new Set(headerCues(table.columns[c]?.name ?? ''));
      const { update } = mapTextCells(
        table,
        c,
        (text) => redactCell(text, classifier, scanner, cues, kinds),
        false,
      );
      // The source text of a redacted cell must not survive as its "original".
      if (update !== null) updates.set(c, { values: update.values, originals: new Map() });
    }
    return { table: replaceColumns(table, updates) };
  },
  describe: (step) => ({
    key: step.column === undefined ? 'recipe.op.redact-text.all' : 'recipe.op.redact-text',
    params: { column: step.column ?? '' },
  }),
  affectedColumns: (step) => ({
    reads: step.column === undefined ? [] : [step.column],
    creates: [],
    removes: [],
  }),
};
