import type { ReadLimits } from './reader-api';

/**
 * Limits for reading a clerk's workbook. Measured (architecture.md §4): SheetJS dense reads
 * 500k rows × 15 columns of xlsx in ~38 s using ~2.2 GB; clerks' PCs are 2–3× slower than the
 * measuring machine and usually have 8 GB of RAM.
 * - 200 MB file: a 1M-row × 15-column CSV is ~190 MB and a 500k-row xlsx ~50 MB. Large xlsx and
 *   CSV go through the streaming readers (read-strategy.ts), which hold no string of the whole
 *   sheet; the table itself (typed columns in the heap) is what bounds the size.
 * - 120 s: room for that 500k-row workbook on a slow desk PC; past it the clerk is better served
 *   by a clear "took too long" than by a frozen job.
 * - 4096 MB heap: 2.2 GB measured plus headroom for the typed table, still below an 8 GB PC's RAM.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  timeoutMs: 120_000,
  maxHeapMb: 4096,
};

/** ZIP bomb guard thresholds, checked on the central directory before anything is inflated. */
export interface ZipLimits {
  /** Real workbooks have tens of parts, hundreds with many sheets or pictures. */
  readonly maxEntries: number;
  /** Declared uncompressed size of all parts together. */
  readonly maxTotalUncompressed: number;
  /**
   * Largest compression ratio accepted for a part bigger than `ratioFloorBytes`. Sheet XML of
   * repetitive data compresses 10–50×; deflate tops out near 1032×, which is what bombs use.
   */
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  /**
   * V8's maximum string length: SheetJS silently drops a sheet whose XML is longer
   * (architecture.md §4), so the SheetJS path refuses a bigger part (zip-guard.ts); xlsx goes
   * to the streaming reader instead, which never makes the part one string.
   */
  readonly maxPartBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 16 * 1024 * 1024,
  maxPartBytes: 536_870_888,
};
