/**
 * Tables the clerk has open, held in the backend's memory. The renderer only ever asks for
 * windows of rows. Bounded: opening more than MAX_OPEN workbooks forgets the oldest.
 */
import { randomUUID } from 'node:crypto';
import type { RowWindow, WorkbookSummary } from '../../../shared/contract';
import type { CellValue, Table } from '../../../shared/table/types';
import type { ReadWorkbook } from './reader-api';

const MAX_OPEN = 4;

export interface OpenWorkbook {
  readonly summary: WorkbookSummary;
  /** The table as read from the file; nothing ever changes it (the recipe starts from it). */
  readonly source: Table;
  /**
   * The table after the publication's recipe: what the clerk sees, what is scanned, exported and
   * published. Equal to `source` until a recipe step runs (replaceTable).
   */
  readonly table: Table;
  readonly sourcePath: string;
  /** The publication the file was opened for, when there is one. */
  readonly publicationId: string | null;
}

function summarize(base: Omit<WorkbookSummary, 'columns' | 'rowCount'>, table: Table) {
  return {
    ...base,
    columns: table.columns.map((c) => ({ key: c.key, name: c.name, type: c.type })),
    rowCount: table.rowCount,
  };
}

export class WorkbookStore {
  private readonly open = new Map<string, OpenWorkbook>();

  add(
    read: ReadWorkbook,
    fileName: string,
    sourcePath: string,
    publicationId: string | null = null,
  ): OpenWorkbook {
    const workbookId = randomUUID();
    const summary: WorkbookSummary = summarize(
      {
        workbookId,
        fileName,
        format: read.format,
        sheets: read.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
        sheetIndex: read.sheetIndex,
        ...(read.report === undefined ? {} : { report: read.report }),
      },
      read.table,
    );
    const entry = { summary, source: read.table, table: read.table, sourcePath, publicationId };
    this.open.set(workbookId, entry);
    while (this.open.size > MAX_OPEN) {
      const oldest = this.open.keys().next().value;
      if (oldest === undefined) break;
      this.open.delete(oldest);
    }
    return entry;
  }

  /**
   * Puts the recipe's result in place of the current table (the source stays). Returns the new
   * entry, whose summary carries the new columns and row count; undefined when not open.
   */
  replaceTable(workbookId: string, table: Table): OpenWorkbook | undefined {
    const entry = this.open.get(workbookId);
    if (!entry) return undefined;
    const next: OpenWorkbook = { ...entry, table, summary: summarize(entry.summary, table) };
    this.open.set(workbookId, next);
    return next;
  }

  get(workbookId: string): OpenWorkbook | undefined {
    return this.open.get(workbookId);
  }

  rows(workbookId: string, offset: number, limit: number): RowWindow | undefined {
    const entry = this.open.get(workbookId);
    if (!entry) return undefined;
    const { table } = entry;
    const end = Math.min(table.rowCount, offset + limit);
    const rows: CellValue[][] = [];
    for (let r = offset; r < end; r++) {
      rows.push(table.values.map((column) => column[r] ?? null));
    }
    return { offset, rows };
  }

  close(workbookId: string): boolean {
    return this.open.delete(workbookId);
  }

  clear(): void {
    this.open.clear();
  }
}
