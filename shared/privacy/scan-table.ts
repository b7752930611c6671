/**
 * Column verdicts for a whole table (issue 5 item 1). Sample, then confirm: up to `sampleSize`
 * non-empty cells spread over the column are classified first; a column with a header cue or any
 * finding is then read in full, and a quiet column is still swept in full with a cheap prefilter
 * (digit runs, `@`, `at`), so a lone JMBG pasted into row 400,000 of a notes column is found.
 * Names in sentences of a quiet column are only sampled (`scan: 'sample'`); pass
 * `fullScan: 'always'` to read every cell with every detector.
 */
import type { CellValue, Table } from '../table/types';
import { CellClassifier, type CellResult } from './classify-cell';
import { buildVerdict, type KindCount } from './column-verdict';
import { headerCues } from './header-cues';
import type { ColumnVerdict, HeaderCue, PiiKind, ScanOptions } from './types';

const DEFAULT_SAMPLE = 2000;
// Something an identifier, contact or plate could hide in: 7+ digits (with separators), @, an
// obfuscated at, an IBAN, two capitals before digits (PA 123-AB).
const PREFILTER = /\d[\d\s./-]{5,}\d|@|[[(]\s?(?:at|et)\s?[\])]|\s(?:at|et)\s|RS\s?\d{2}/i;
const PLATE_LIKE = /\p{Lu}{2}[\s-]?\d{3}/u;

function isEmpty(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

class Tally {
  readonly kinds = new Map<PiiKind, KindCount>();
  readonly lookalikes = new Map<'jmbg' | 'account', number>();
  cellsWithEmbedded = 0;
  examined = 0;
  anyFinding = false;

  add(result: CellResult): void {
    this.examined++;
    if (result.lookalike !== null) {
      this.lookalikes.set(result.lookalike, (this.lookalikes.get(result.lookalike) ?? 0) + 1);
    }
    if (result.kind !== null) {
      this.anyFinding = true;
      const c = this.count(result.kind, result.basis ?? 'pattern');
      c.matched++;
      if (result.flag === 'bad-checksum') c.badChecksum++;
      if (result.flag === 'leading-zero-lost') c.leadingZeroLost++;
      if (result.flag === 'digits-lost') c.digitsLost++;
    }
    if (result.embedded.length > 0) {
      this.anyFinding = true;
      this.cellsWithEmbedded++;
      for (const kind of result.embedded) this.count(kind, 'pattern').embedded++;
    }
  }

  private count(kind: PiiKind, basis: KindCount['basis']): KindCount {
    let c = this.kinds.get(kind);
    if (c === undefined) {
      c = { matched: 0, embedded: 0, basis, badChecksum: 0, leadingZeroLost: 0, digitsLost: 0 };
      this.kinds.set(kind, c);
    } else if (basis === 'checksum' && c.basis !== 'checksum') {
      c.basis = basis;
    }
    return c;
  }
}

/** Classifies one column. Exposed for the evaluation and for re-scanning a single column. */
export function scanColumn(
  values: readonly CellValue[],
  column: { readonly key: string; readonly name: string; readonly index: number },
  classifier: CellClassifier,
  options: ScanOptions = {},
): ColumnVerdict {
  const cues = headerCues(column.name);
  const cueSet: ReadonlySet<HeaderCue> = new Set(cues);
  const sampleSize = options.sampleSize ?? DEFAULT_SAMPLE;
  let nonEmpty = 0;
  for (const value of values) if (!isEmpty(value)) nonEmpty++;

  // Phase 1: a spread sample of non-empty cells.
  const sample = new Tally();
  const stride = Math.max(1, Math.floor(values.length / sampleSize));
  for (let r = 0; r < values.length && sample.examined < sampleSize; r += stride) {
    const value = values[r] as CellValue;
    if (!isEmpty(value)) sample.add(classifier.classify(value, cueSet));
  }

  const full =
    options.fullScan === 'always' || cues.length > 0 || sample.anyFinding || nonEmpty <= sampleSize;
  const tally = new Tally();
  if (full) {
    for (const value of values) if (!isEmpty(value)) tally.add(classifier.classify(value, cueSet));
  } else {
    // Phase 2 for a quiet column: every cell, but only those that could hold an identifier.
    for (const value of values) {
      if (isEmpty(value)) continue;
      const suspicious =
        typeof value === 'number'
          ? value >= 1e7
          : typeof value === 'string' && (PREFILTER.test(value) || PLATE_LIKE.test(value));
      if (suspicious) tally.add(classifier.classify(value, cueSet));
      else tally.examined++;
    }
  }
  return buildVerdict({
    columnKey: column.key,
    columnIndex: column.index,
    headerCues: cues,
    nonEmpty,
    examined: tally.examined,
    scan: full ? 'full' : 'sample',
    kinds: tally.kinds,
    cellsWithEmbedded: tally.cellsWithEmbedded,
    lookalikes: tally.lookalikes,
  });
}

/** One verdict per column, in table order. Cell values never leave this function. */
export function scanTable(table: Table, options: ScanOptions = {}): ColumnVerdict[] {
  const classifier = new CellClassifier({
    ...(options.institutionalPhones === undefined
      ? {}
      : { institutionalPhones: options.institutionalPhones }),
    ...(options.institutionalEmails === undefined
      ? {}
      : { institutionalEmails: options.institutionalEmails }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  return table.columns.map((column, index) =>
    scanColumn(
      table.values[index] ?? [],
      { key: column.key, name: column.name, index },
      classifier,
      options,
    ),
  );
}
