/**
 * What the progress panel shows for an opening job, from the phases the backend reports
 * (checking, reading, parsing, building, done) plus our own upload in the web host.
 * The bar shows the whole job: each phase has a share, so it never jumps back to zero.
 */
import type { OpeningJob, OpeningPhase } from '../app/use-workbook-session';

export type WorkPhase = Exclude<OpeningPhase, 'done'>;

const BACKEND_PHASES: readonly WorkPhase[] = ['checking', 'reading', 'parsing', 'building'];

/** Rough shares of the time each phase takes (measured shape: parsing dominates large files). */
const WEIGHT: { readonly [P in WorkPhase]: number } = {
  uploading: 15,
  checking: 5,
  reading: 30,
  parsing: 35,
  building: 15,
};

/**
 * What `done`/`total` count in each phase. The contract says "bytes or rows": we assume the file
 * phases count bytes and the table phases rows.
 */
export const PHASE_UNIT: { readonly [P in WorkPhase]: 'bytes' | 'rows' } = {
  uploading: 'bytes',
  checking: 'bytes',
  reading: 'bytes',
  parsing: 'rows',
  building: 'rows',
};

export function jobPhases(job: OpeningJob): readonly WorkPhase[] {
  return job.withUpload ? ['uploading', ...BACKEND_PHASES] : BACKEND_PHASES;
}

export type PhaseState = 'done' | 'current' | 'pending';

export function phaseState(phase: WorkPhase, job: OpeningJob): PhaseState {
  if (job.phase === 'done') return 'done';
  const phases = jobPhases(job);
  const index = phases.indexOf(phase);
  const current = phases.indexOf(job.phase);
  if (index < current) return 'done';
  return index === current ? 'current' : 'pending';
}

export function phaseFraction(job: OpeningJob): number {
  if (job.total <= 0) return 0;
  return Math.min(1, Math.max(0, job.done / job.total));
}

/** 0–100, whole numbers. */
export function overallPercent(job: OpeningJob): number {
  if (job.phase === 'done') return 100;
  const phases = jobPhases(job);
  const sum = phases.reduce((acc, p) => acc + WEIGHT[p], 0);
  let reached = 0;
  for (const p of phases) {
    if (p === job.phase) {
      reached += WEIGHT[p] * phaseFraction(job);
      break;
    }
    reached += WEIGHT[p];
  }
  return Math.min(100, Math.floor((reached / sum) * 100));
}

/** Before this share of the job and this much time, an estimate would jump around: say "estimating". */
const MIN_PERCENT_FOR_ESTIMATE = 5;
const MIN_ELAPSED_FOR_ESTIMATE_MS = 1500;

/**
 * Time remaining from the pace so far (elapsed × what is left ÷ what is done), rounded up to
 * whole seconds; null while too early to tell.
 */
export function remainingMs(percent: number, elapsedMs: number): number | null {
  if (percent >= 100) return 0;
  if (percent < MIN_PERCENT_FOR_ESTIMATE || elapsedMs < MIN_ELAPSED_FOR_ESTIMATE_MS) return null;
  const estimate = (elapsedMs * (100 - percent)) / percent;
  return Math.ceil(estimate / 1000) * 1000;
}
