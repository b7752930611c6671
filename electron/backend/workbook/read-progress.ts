import type { JobPhase } from '../../../shared/contract';

/** Progress callback of the reading pipeline; units are bytes, characters or rows per phase. */
export type ReadProgress = (phase: JobPhase, done: number, total: number) => void;

export const noProgress: ReadProgress = () => undefined;

/** Rows between two 'building' progress reports. */
export const ROWS_PER_PROGRESS = 10_000;
