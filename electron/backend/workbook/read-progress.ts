import type { RawCell } from '../../../shared/table/raw-cell';
import type { JobPhase } from '../../../shared/contract';

/** Progress callback of the reading pipeline; units are bytes, characters or rows per phase. */
export type ReadProgress = (phase: JobPhase, done: number, total: number) => void;

export const noProgress: ReadProgress = () => undefined;

/** Rows between two 'building' progress reports. */
export const ROWS_PER_PROGRESS = 10_000;

/** Receives the first rows of the sheet being read, once, as soon as they are known. */
export type PreviewSink = (rows: readonly (readonly RawCell[])[]) => void;

/** Rows handed to the preview: a screenful, enough to recognise the file. */
export const PREVIEW_ROWS = 30;

/** Collects the first PREVIEW_ROWS rows a reader meets and hands them to the sink once. */
export class PreviewCollector {
  private rows: RawCell[][] | null;

  constructor(private readonly sink: PreviewSink | undefined) {
    this.rows = sink === undefined ? null : [];
  }

  add(cells: readonly RawCell[]): void {
    if (this.rows === null) return;
    this.rows.push(cells.slice());
    if (this.rows.length >= PREVIEW_ROWS) this.flush();
  }

  /** Hands over what was collected (a short file has fewer rows); later calls do nothing. */
  flush(): void {
    const rows = this.rows;
    this.rows = null;
    if (rows !== null && rows.length > 0) this.sink?.(rows);
  }
}
