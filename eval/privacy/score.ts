/**
 * Precision and recall of the detector on labeled registers (issue 5 evaluation): per kind over
 * cells (whole values and kinds inside sentences), per column (verdicts of scanTable), names in
 * name columns and in free text (cells and spans), public values wrongly flagged as personal.
 */
import { CellClassifier } from '../../shared/privacy/classify-cell';
import { headerCues } from '../../shared/privacy/header-cues';
import { isPersonalKind } from '../../shared/privacy/kinds';
import { scanTable } from '../../shared/privacy/scan-table';
import { createTextScanner } from '../../shared/privacy/scan-text';
import type { PiiKind } from '../../shared/privacy/types';
import type { LabeledRegister } from './register';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface Score {
  readonly perKind: Map<PiiKind, Counts>;
  readonly columns: Counts & { wrong: string[] };
  readonly namesInNameColumns: Ratio;
  readonly namesInNameColumnsOutOfDictionary: Ratio;
  readonly namesInTextCells: Ratio;
  readonly namesInTextSpans: Ratio;
  readonly namesInTextSpansOutOfDictionary: Ratio;
  readonly publicFlaggedPersonal: Ratio;
  readonly leadingZeroRecovered: Ratio;
}

export function emptyScore(): Score {
  return {
    perKind: new Map(),
    columns: { tp: 0, fp: 0, fn: 0, wrong: [] },
    namesInNameColumns: { hit: 0, total: 0 },
    namesInNameColumnsOutOfDictionary: { hit: 0, total: 0 },
    namesInTextCells: { hit: 0, total: 0 },
    namesInTextSpans: { hit: 0, total: 0 },
    namesInTextSpansOutOfDictionary: { hit: 0, total: 0 },
    publicFlaggedPersonal: { hit: 0, total: 0 },
    leadingZeroRecovered: { hit: 0, total: 0 },
  };
}

function bump(score: Score, kind: PiiKind, field: keyof Counts): void {
  let c = score.perKind.get(kind);
  if (c === undefined) {
    c = { tp: 0, fp: 0, fn: 0 };
    score.perKind.set(kind, c);
  }
  c[field]++;
}

const count = (r: Ratio, hit: boolean): void => {
  r.total++;
  if (hit) r.hit++;
};

export function scoreRegister(register: LabeledRegister, score: Score): void {
  const classifier = new CellClassifier();
  const scanner = createTextScanner();
  register.columns.forEach((column) => {
    const cues = new Set(headerCues(column.header));
    column.values.forEach((value, r) => {
      const truth = column.truth[r];
      if (truth === undefined) return;
      const result = classifier.classify(value, cues);
      const predicted = new Set<PiiKind>(result.embedded);
      if (result.kind !== null) predicted.add(result.kind);
      const expected = new Set<PiiKind>(truth.embedded);
      if (truth.kind !== null) expected.add(truth.kind);
      for (const kind of expected) bump(score, kind, predicted.has(kind) ? 'tp' : 'fn');
      for (const kind of predicted) if (!expected.has(kind)) bump(score, kind, 'fp');

      if (column.role === 'name-column' && truth.kind === 'name') {
        count(score.namesInNameColumns, result.kind === 'name');
        if (truth.outOfDictionary)
          count(score.namesInNameColumnsOutOfDictionary, result.kind === 'name');
      }
      if (truth.nameSpans.length > 0 && typeof value === 'string') {
        count(score.namesInTextCells, predicted.has('name'));
        const spans = scanner.scan(value).filter((s) => s.kind === 'name');
        for (const [start, end] of truth.nameSpans) {
          const found = spans.some((s) => s.start < end && start < s.end);
          count(score.namesInTextSpans, found);
          if (truth.outOfDictionary) count(score.namesInTextSpansOutOfDictionary, found);
        }
      }
      for (const kind of expected) {
        if (isPersonalKind(kind)) continue;
        count(
          score.publicFlaggedPersonal,
          [...predicted].some((k) => isPersonalKind(k)),
        );
      }
      if (typeof value === 'number' && value < 1e12 && truth.kind === 'jmbg') {
        count(
          score.leadingZeroRecovered,
          result.kind === 'jmbg' && result.flag === 'leading-zero-lost',
        );
      }
    });
  });

  // Column level: the verdict must name the expected kind, and must not call a public or neutral column personal.
  const verdicts = scanTable(register.table);
  verdicts.forEach((verdict, i) => {
    const column = register.columns[i];
    if (column === undefined) return;
    if (column.expected === null) {
      if (verdict.personal) {
        score.columns.fp++;
        score.columns.wrong.push(`${column.header}: flagged ${verdict.primary ?? ''}`);
      }
      return;
    }
    if (verdict.kinds.some((k) => k.kind === column.expected)) score.columns.tp++;
    else {
      score.columns.fn++;
      score.columns.wrong.push(`${column.header}: missed ${column.expected}`);
    }
  });
}
