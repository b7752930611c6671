/**
 * Writes the current table of an open workbook to OUT, the format chosen by OUT's extension.
 * CSV goes through the app's own export (app:workbook:export: UTF-8 without BOM, RFC 4180, the
 * formula guard on) with the CLI's FilePort saving to OUT. XLSX and JSON use the app's writers
 * (export/xlsx.ts, shared/export/json.ts) on the table fetched through app:workbook:rows.
 */
import path from 'node:path';
import type { WorkbookSummary } from '../../../shared/contract';
import { MAX_ROW_WINDOW } from '../../../shared/contract';
import { writeJson } from '../../../shared/export/json';
import type { CellValue, Table } from '../../../shared/table/types';
import { tableToXlsx } from '../export/xlsx';
import { writeFileAtomic } from '../sample/atomic-write';
import { CliFailure } from './cli-failure';
import type { CliSession } from './cli-session';
import { EXIT } from './exit-codes';
import { unexpected } from './open-table';

export const OUT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type OutFormat = (typeof OUT_FORMATS)[number];

/** `.csv`, `.xlsx`, `.json` (any case); anything else is a usage error. */
export function outFormatOf(out: string): OutFormat {
  const extension = path.extname(out).slice(1).toLowerCase();
  const format = OUT_FORMATS.find((f) => f === extension);
  if (format === undefined) {
    throw new CliFailure(EXIT.usage, 'USAGE', 'usage.outFormat', { name: path.basename(out) });
  }
  return format;
}

/** The whole current table, page by page through the contract (the grid's own channel). */
async function fetchTable(session: CliSession, summary: WorkbookSummary): Promise<Table> {
  const columns = summary.columns.map((c) => ({ key: c.key, name: c.name, type: c.type }));
  const values: CellValue[][] = columns.map(() => new Array<CellValue>(summary.rowCount));
  for (let offset = 0; offset < summary.rowCount; offset += MAX_ROW_WINDOW) {
    const page = await session.api.invoke('app:workbook:rows', {
      workbookId: summary.workbookId,
      offset,
      limit: MAX_ROW_WINDOW,
    });
    if (!page.ok) throw unexpected(page.error);
    page.value.rows.forEach((row, i) => {
      row.forEach((value, c) => {
        const column = values[c];
        if (column !== undefined) column[offset + i] = value;
      });
    });
  }
  return {
    columns,
    values,
    originals: columns.map(() => new Map<number, string>()),
    rowCount: summary.rowCount,
  };
}

function writeFailure(out: string, reason: string): CliFailure {
  return new CliFailure(EXIT.input, 'WRITE_FAILED', 'input.writeFailed', {
    file: out,
    reason,
  });
}

export async function writeOutput(
  session: CliSession,
  summary: WorkbookSummary,
  outPath: string,
  format: OutFormat,
): Promise<{ bytes: number }> {
  if (format === 'csv') {
    session.files.saveNextTo(outPath);
    const saved = await session.api.invoke('app:workbook:export', {
      workbookId: summary.workbookId,
      bom: false,
    });
    if (!saved.ok) throw unexpected(saved.error);
    if (saved.value.kind !== 'saved') {
      throw writeFailure(outPath, session.files.lastSaveError ?? 'UNKNOWN');
    }
    return { bytes: saved.value.bytes };
  }
  const table = await fetchTable(session, summary);
  const sheetName = summary.sheets[summary.sheetIndex]?.name;
  const bytes =
    format === 'json'
      ? writeJson(table)
      : tableToXlsx(table, sheetName === undefined ? {} : { sheetName }).bytes;
  try {
    writeFileAtomic(outPath, bytes);
  } catch (error) {
    throw writeFailure(outPath, (error as NodeJS.ErrnoException).code ?? 'UNKNOWN');
  }
  return { bytes: bytes.byteLength };
}
