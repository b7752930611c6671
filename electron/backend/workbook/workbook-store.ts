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
  readonly table: Table;
  readonly sourcePath: string;
}

export class WorkbookStore {
  private readonly open = new Map<string, OpenWorkbook>();

  add(read: ReadWorkbook, fileName: string, sourcePath: string): OpenWorkbook {
    const workbookId = randomUUID();
    const summary: WorkbookSummary = {
      workbookId,
      fileName,
      format: read.format,
      sheets: read.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
      sheetIndex: read.sheetIndex,
      columns: read.table.columns.map((c) => ({ key: c.key, name: c.name, type: c.type })),
      rowCount: read.table.rowCount,
      ...(read.report === undefined ? {} : { report: read.report }),
    };
    const entry = { summary, table: read.table, sourcePath };
    this.open.set(workbookId, entry);
    while (this.open.size > MAX_OPEN) {
      const oldest = this.open.keys().next().value;
      if (oldest === undefined) break;
      this.open.delete(oldest);
    }
    return entry;
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
