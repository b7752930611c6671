/**
 * Turns one column's cell counts into a verdict a clerk can read (issue 5: kinds, share of cells,
 * confidence with its reasons, evidence as counts). Pure and separate from the scanning loop, so
 * the plan and the gate can rebuild verdicts from stored counts.
 */
import { KIND_ROLE, isPersonalKind } from './kinds';
import type {
  Basis,
  ColumnVerdict,
  Confidence,
  ConfidenceReason,
  Evidence,
  HeaderCue,
  KindFinding,
  PiiKind,
} from './types';

export interface KindCount {
  matched: number;
  embedded: number;
  basis: Basis;
  badChecksum: number;
  leadingZeroLost: number;
  digitsLost: number;
}

export interface ColumnCounts {
  readonly columnKey: string;
  readonly columnIndex: number;
  readonly headerCues: readonly HeaderCue[];
  readonly nonEmpty: number;
  readonly examined: number;
  readonly scan: 'full' | 'sample';
  readonly kinds: ReadonlyMap<PiiKind, KindCount>;
  readonly cellsWithEmbedded: number;
  /** Same-shaped values that failed the checksum, per kind (CellResult.lookalike). */
  readonly lookalikes: ReadonlyMap<'jmbg' | 'account', number>;
}

/** Below this share of valid values among same-shaped ones, matches are taken as chance (§0: ≈ 0.3 % for JMBG, ≈ 1 % for accounts). */
const CHANCE_SHARE = 0.05;
const CHANCE_MIN_LOOKALIKES = 20;

function isChance(
  kind: PiiKind,
  matched: number,
  embedded: number,
  lookalikes: ReadonlyMap<'jmbg' | 'account', number>,
): boolean {
  if ((kind !== 'jmbg' && kind !== 'account') || embedded > 0) return false;
  const failed = lookalikes.get(kind) ?? 0;
  return failed >= CHANCE_MIN_LOOKALIKES && matched / (matched + failed) < CHANCE_SHARE;
}

const BASIS_RANK: Readonly<Record<Basis, number>> = {
  checksum: 0,
  pattern: 1,
  dictionary: 2,
  header: 3,
};

/** The kinds each cue announces, for "the header and the values agree". */
const CUE_KINDS: Readonly<Record<HeaderCue, readonly PiiKind[]>> = {
  jmbg: ['jmbg'],
  'maticni-broj': ['jmbg', 'mb'],
  pib: ['pib'],
  mb: ['mb'],
  account: ['account', 'iban', 'account-treasury'],
  iban: ['iban', 'account', 'account-treasury'],
  lbo: ['lbo'],
  'id-card': ['id-card'],
  passport: ['passport'],
  phone: ['phone-mobile', 'phone-landline', 'phone-institutional'],
  email: ['email', 'email-institutional'],
  plate: ['plate'],
  'birth-date': ['birth-date'],
  'postal-code': ['postal-code'],
  name: ['name'],
  'person-role': ['name'],
  address: ['address'],
  'free-text': [],
};

function confidenceOf(
  top: KindFinding,
  cueAgrees: boolean,
  reasons: ConfidenceReason[],
): Confidence {
  if (cueAgrees) reasons.push('header-cue');
  if (top.matched === 0 && top.embedded > 0) {
    reasons.push('embedded-in-text');
    return cueAgrees ? 'medium' : 'low';
  }
  const share = top.matched / Math.max(1, top.total);
  if (share < 0.5) reasons.push('minority-of-cells');
  else if (top.basis === 'checksum') reasons.push('checksum-majority');
  else if (top.basis === 'pattern') reasons.push('pattern-majority');
  else if (top.basis === 'dictionary') reasons.push('dictionary-majority');
  if (top.basis === 'header') {
    // Only the header vouches for these values (LBO, ID card, bad checksums).
    return share >= 0.5 ? 'medium' : 'low';
  }
  if (share >= 0.5) return cueAgrees || top.basis === 'checksum' ? 'high' : 'medium';
  if (cueAgrees) return 'medium';
  return top.basis === 'checksum' && share >= 0.2 ? 'medium' : 'low';
}

export function buildVerdict(counts: ColumnCounts): ColumnVerdict {
  const total = counts.examined;
  const kinds: KindFinding[] = [...counts.kinds.entries()]
    .map(([kind, c]) => ({
      kind,
      role: KIND_ROLE[kind],
      matched: c.matched,
      embedded: c.embedded,
      total,
      share: total === 0 ? 0 : (c.matched + c.embedded) / total,
      basis: c.basis,
      chance: isChance(kind, c.matched, c.embedded, counts.lookalikes),
    }))
    .sort(
      (a, b) =>
        b.matched - a.matched ||
        b.embedded - a.embedded ||
        BASIS_RANK[a.basis] - BASIS_RANK[b.basis],
    );

  const personal = kinds.filter((k) => isPersonalKind(k.kind) && !k.chance);
  const top = personal[0] ?? null;
  const reasons: ConfidenceReason[] = [];
  let confidence: Confidence | null = null;
  if (top !== null) {
    const cueAgrees = counts.headerCues.some((cue) => CUE_KINDS[cue].includes(top.kind));
    confidence = confidenceOf(top, cueAgrees, reasons);
  } else if (counts.headerCues.some((cue) => cue !== 'free-text') && counts.nonEmpty > 0) {
    reasons.push('header-cue-without-values');
  }

  const evidence: Evidence[] = counts.headerCues.map((cue) => ({ code: 'header', cue }));
  for (const finding of kinds) {
    const c = counts.kinds.get(finding.kind);
    if (c === undefined) continue;
    if (finding.matched > 0) {
      const valid = finding.matched - c.badChecksum - c.digitsLost;
      if (valid > 0) {
        evidence.push({
          code: 'matched',
          kind: finding.kind,
          basis: finding.basis,
          matched: valid,
          total,
        });
      }
    }
    if (c.badChecksum > 0 && isChecksumKind(finding.kind)) {
      evidence.push({ code: 'bad-checksum', kind: finding.kind, matched: c.badChecksum, total });
    }
    if (finding.chance && (finding.kind === 'jmbg' || finding.kind === 'account')) {
      const failed = counts.lookalikes.get(finding.kind) ?? 0;
      evidence.push({
        code: 'chance-matches',
        kind: finding.kind,
        matched: finding.matched,
        total: finding.matched + failed,
      });
      if (!reasons.includes('chance-matches')) reasons.push('chance-matches');
    }
    if (c.leadingZeroLost > 0)
      evidence.push({ code: 'leading-zero-lost', kind: 'jmbg', matched: c.leadingZeroLost, total });
    if (c.digitsLost > 0)
      evidence.push({ code: 'digits-lost', kind: 'account', matched: c.digitsLost, total });
    if (finding.embedded > 0)
      evidence.push({ code: 'embedded', kind: finding.kind, matched: finding.embedded, total });
  }

  return {
    columnKey: counts.columnKey,
    columnIndex: counts.columnIndex,
    headerCues: counts.headerCues,
    nonEmpty: counts.nonEmpty,
    examined: counts.examined,
    scan: counts.scan,
    kinds,
    primary: top?.kind ?? null,
    personal: top !== null,
    confidence,
    reasons,
    cellsWithEmbedded: counts.cellsWithEmbedded,
    evidence,
  };
}

function isChecksumKind(kind: PiiKind): kind is 'jmbg' | 'account' | 'iban' | 'pib' | 'mb' {
  return (
    kind === 'jmbg' || kind === 'account' || kind === 'iban' || kind === 'pib' || kind === 'mb'
  );
}
