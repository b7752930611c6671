/**
 * Rows for the virtualized grid, fetched in pages through 'app:workbook:rows' and kept in a small
 * LRU cache (architecture.md §4: never pull a whole table over IPC). Pages the screen no longer
 * needs are dropped from the queue before they are fetched, so dragging the scrollbar across a
 * million rows costs a few requests, not thousands.
 */
import type { AppError, Result, RowWindow } from '../../../shared/contract';
import type { CellValue } from '../../../shared/table/types';

export type Row = readonly CellValue[];
export type FetchRows = (offset: number, limit: number) => Promise<Result<RowWindow>>;

export interface RowStoreOptions {
  readonly rowCount: number;
  readonly fetchRows: FetchRows;
  readonly pageSize?: number;
  /** Pages kept in memory (pageSize × maxPages rows). */
  readonly maxPages?: number;
  /** Requests in flight at once. */
  readonly concurrency?: number;
}

export class RowStore {
  readonly pageSize: number;
  private readonly rowCount: number;
  private readonly fetchRows: FetchRows;
  private readonly maxPages: number;
  private readonly concurrency: number;
  /** Map order is the LRU order: oldest first. */
  private readonly pages = new Map<number, readonly Row[]>();
  private readonly loading = new Set<number>();
  private readonly failed = new Set<number>();
  private wanted: readonly number[] = [];
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private active = true;
  private errorListener: ((error: AppError) => void) | null = null;
  private errorReported = false;

  constructor(options: RowStoreOptions) {
    this.rowCount = options.rowCount;
    this.fetchRows = options.fetchRows;
    this.pageSize = options.pageSize ?? 200;
    this.maxPages = options.maxPages ?? 24;
    this.concurrency = options.concurrency ?? 2;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever a page arrives or fails: the snapshot for useSyncExternalStore. */
  readonly getVersion = (): number => this.version;

  getRow(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  hasFailed(index: number): boolean {
    return this.failed.has(Math.floor(index / this.pageSize));
  }

  setErrorListener(listener: ((error: AppError) => void) | null): void {
    this.errorListener = listener;
  }

  /** Declares the rows on screen (inclusive); missing pages are fetched, the visible ones first. */
  request(first: number, last: number): void {
    if (this.rowCount === 0) return;
    const lo = Math.max(0, Math.min(first, this.rowCount - 1));
    const hi = Math.max(lo, Math.min(last, this.rowCount - 1));
    const firstPage = Math.floor(lo / this.pageSize);
    const lastPage = Math.floor(hi / this.pageSize);
    const lastPageOverall = Math.floor((this.rowCount - 1) / this.pageSize);
    const visible: number[] = [];
    for (let p = firstPage; p <= lastPage; p += 1) visible.push(p);
    // One page of read-ahead in each direction, after the visible ones.
    const ahead = [lastPage + 1, firstPage - 1].filter((p) => p >= 0 && p <= lastPageOverall);
    this.wanted = [...visible, ...ahead];
    for (const p of visible) {
      // A failed page is tried again when it comes back into view.
      this.failed.delete(p);
      const rows = this.pages.get(p);
      if (rows !== undefined) {
        this.pages.delete(p);
        this.pages.set(p, rows);
      }
    }
    this.pump();
  }

  /** Re-enables the store after deactivate() (React may mount, unmount and mount again). */
  activate(): void {
    this.active = true;
    this.pump();
  }

  /** Late answers are ignored; nothing more is fetched. */
  deactivate(): void {
    this.active = false;
  }

  private pump(): void {
    while (this.active && this.loading.size < this.concurrency) {
      const next = this.wanted.find(
        (p) => !this.pages.has(p) && !this.loading.has(p) && !this.failed.has(p),
      );
      if (next === undefined) return;
      void this.load(next);
    }
  }

  private async load(page: number): Promise<void> {
    this.loading.add(page);
    const offset = page * this.pageSize;
    const limit = Math.min(this.pageSize, this.rowCount - offset);
    let result: Result<RowWindow>;
    try {
      result = await this.fetchRows(offset, limit);
    } catch (error) {
      result = { ok: false, error: { code: 'INTERNAL', message: String(error) } };
    }
    this.loading.delete(page);
    if (!this.active) return;
    if (result.ok) {
      this.pages.set(page, result.value.rows);
      this.evict();
    } else {
      this.failed.add(page);
      // One alert per table is enough; the rows show as not loaded and retry on scroll.
      if (!this.errorReported) {
        this.errorReported = true;
        this.errorListener?.(result.error);
      }
    }
    this.version += 1;
    for (const listener of this.listeners) listener();
    this.pump();
  }

  private evict(): void {
    for (const page of this.pages.keys()) {
      if (this.pages.size <= this.maxPages) return;
      if (!this.wanted.includes(page)) this.pages.delete(page);
    }
  }
}
