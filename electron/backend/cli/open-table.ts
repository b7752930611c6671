/**
 * Opens FILE through the backend's own channel (app:workbook:open, the reader worker with its
 * limits), choosing the sheet the user named: `--sheet Jun` by name, `--sheet 2` by position
 * (1 is the first sheet, as the spreadsheet's tabs are counted). A sheet that does not exist is an
 * error, never a silent fallback to another sheet.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import type { AppError, ReadOptions, WorkbookSummary } from '../../../shared/contract';
import { CliFailure } from './cli-failure';
import type { CliSession } from './cli-session';
import { EXIT } from './exit-codes';
import type { MessageKey } from './messages';

export interface OpenedTable {
  readonly summary: WorkbookSummary;
  readonly filePath: string;
  readonly fileName: string;
}

const READ_ERRORS: ReadonlySet<string> = new Set([
  'NOT_FOUND',
  'FILE_TOO_LARGE',
  'FILE_UNREADABLE',
  'FILE_UNSUPPORTED',
  'FILE_ENCRYPTED',
  'FILE_CORRUPT',
  'FILE_SUSPICIOUS',
  'FILE_EMPTY',
  'READ_TIMEOUT',
  'READ_OUT_OF_MEMORY',
]);

/** A backend error while reading FILE, as the CLI's failure (exit 2 for what the reader names). */
export function readFailure(error: AppError, fileName: string): CliFailure {
  if (READ_ERRORS.has(error.code)) {
    const reason = String(error.details?.['reason'] ?? error.message);
    return new CliFailure(
      EXIT.input,
      error.code,
      `input.${error.code}` as MessageKey,
      { file: fileName, reason },
      error.details === undefined ? {} : { details: { ...error.details } },
    );
  }
  return unexpected(error);
}

export function unexpected(error: AppError): CliFailure {
  return new CliFailure(EXIT.input, error.code, 'internal.unexpected', { code: error.code });
}

export function resolveInput(cwd: string, file: string): { filePath: string; size: number } {
  const filePath = path.resolve(cwd, file);
  try {
    const info = statSync(filePath);
    if (!info.isFile()) {
      throw new CliFailure(EXIT.input, 'FILE_UNREADABLE', 'input.FILE_UNREADABLE', {
        file,
        reason: 'not a file',
      });
    }
    return { filePath, size: info.size };
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new CliFailure(EXIT.input, 'NOT_FOUND', 'input.NOT_FOUND', { file });
    }
    throw new CliFailure(EXIT.input, 'FILE_UNREADABLE', 'input.FILE_UNREADABLE', {
      file,
      reason: code,
    });
  }
}

/** `2` → the second sheet; anything else is a name. */
function sheetPosition(sheet: string): number | null {
  return /^[1-9][0-9]{0,3}$/.test(sheet) ? Number(sheet) : null;
}

export async function openTable(
  session: CliSession,
  cwd: string,
  file: string,
  sheet: string | undefined,
  /** Open for a publication (its recipe and justifications apply) with its reading options. */
  forPublication?: { readonly publicationId: string; readonly options?: ReadOptions },
): Promise<OpenedTable> {
  const { filePath, size } = resolveInput(cwd, file);
  const fileName = path.basename(filePath);
  const ref = session.files.register(filePath, fileName, size);
  const position = sheet === undefined ? null : sheetPosition(sheet);
  const options: ReadOptions | undefined =
    sheet !== undefined && position === null
      ? { ...forPublication?.options, sheetName: sheet }
      : forPublication?.options;
  const opened = await session.api.invoke('app:workbook:open', {
    source: { kind: 'file', fileRef: ref.id },
    jobId: randomUUID(),
    ...(options === undefined ? {} : { options }),
    ...(forPublication === undefined ? {} : { publicationId: forPublication.publicationId }),
  });
  if (!opened.ok) throw readFailure(opened.error, file);
  let summary = opened.value;
  if (sheet !== undefined) {
    const wanted =
      position === null
        ? summary.sheets.findIndex((s) => s.name === sheet)
        : position - 1 < summary.sheets.length
          ? position - 1
          : -1;
    if (wanted < 0) {
      throw new CliFailure(EXIT.input, 'SHEET_NOT_FOUND', 'input.sheetNotFound', {
        file,
        sheet,
        sheets: summary.sheets.map((s, i) => `${i + 1}. ${s.name}`).join(', '),
      });
    }
    const sheetName = summary.sheets[wanted]?.name;
    if (wanted !== summary.sheetIndex && sheetName !== undefined) {
      const reread = await session.api.invoke('app:workbook:reread', {
        workbookId: summary.workbookId,
        jobId: randomUUID(),
        options: { ...forPublication?.options, sheetName },
      });
      if (!reread.ok) throw readFailure(reread.error, file);
      summary = reread.value;
    }
  }
  return { summary, filePath, fileName };
}
