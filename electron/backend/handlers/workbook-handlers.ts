/**
 * Opening, paging, exporting and closing workbooks: the first slice of the clerk's job.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  fail,
  ok,
  type OpenSource,
  type ReadOptions,
  type Result,
  type WorkbookSummary,
} from '../../../shared/contract';
import { writeCsv } from '../../../shared/export/csv';
import { isValidJobPreview } from '../contract/validate';
import type { AuditLog } from '../db/audit-log';
import type { RecentFilesRepo } from '../db/recent-files-repo';
import type { SourceBindingsRepo } from '../db/source-bindings-repo';
import type { JobRegistry } from '../jobs';
import type { FilePort, ResolvedFile } from '../ports';
import { throttleProgress } from '../progress-throttle';
import type { ReadLimits, WorkbookReader } from '../workbook/reader-api';
import type { WorkbookStore } from '../workbook/workbook-store';
import type { HandlerContext, HandlerMap } from './types';

export interface WorkbookHandlerDeps {
  readonly files: FilePort;
  readonly reader: WorkbookReader;
  readonly limits: ReadLimits;
  readonly store: WorkbookStore;
  readonly jobs: JobRegistry;
  readonly recent: RecentFilesRepo;
  readonly audit: AuditLog;
  /** Path of the sample register, generated on first use. */
  readonly samplePath: () => string;
  /** Publications' source bindings (issue 3); without it, options are never saved or reused. */
  readonly bindings?: SourceBindingsRepo;
}

type WorkbookChannels =
  | 'app:files:pick'
  | 'app:workbook:open'
  | 'app:workbook:reread'
  | 'app:workbook:cancel'
  | 'app:workbook:rows'
  | 'app:workbook:export'
  | 'app:workbook:close'
  | 'app:recent:list';

function resolveSource(source: OpenSource, deps: WorkbookHandlerDeps): Result<ResolvedFile> {
  switch (source.kind) {
    case 'file': {
      const file = deps.files.resolve(source.fileRef);
      return file ? ok(file) : fail('NOT_FOUND', 'Unknown file reference');
    }
    case 'recent': {
      const entry = deps.recent.find(source.recentId);
      if (!entry) return fail('NOT_FOUND', 'Unknown recent file');
      if (!existsSync(entry.path)) {
        return fail('NOT_FOUND', 'The recent file is no longer where it was', {
          name: entry.fileName,
        });
      }
      return ok({ path: entry.path, name: entry.fileName });
    }
    case 'sample': {
      const samplePath = deps.samplePath();
      return ok({ path: samplePath, name: path.basename(samplePath) });
    }
  }
}

/** `Izveštaj 2026.xlsx` → `Izveštaj 2026.csv` */
export function csvNameFor(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '') || 'otvori';
  return `${base}.csv`;
}

/** Reads a file in the worker under a job and keeps the result; shared by open and reread. */
async function readAndStore(
  deps: WorkbookHandlerDeps,
  file: ResolvedFile,
  options: ReadOptions,
  jobId: string,
  context: HandlerContext,
  publicationId: string | null,
): Promise<Result<WorkbookSummary>> {
  const signal = deps.jobs.start(jobId);
  const progress = throttleProgress(jobId, (p) => context.emit('app:job:progress', p));
  try {
    const read = await deps.reader({
      filePath: file.path,
      fileName: file.name,
      limits: deps.limits,
      options,
      onProgress: progress,
      onPreview: (rows) => {
        const preview = { jobId, rows };
        // Checked against the contract before it leaves: a malformed preview is dropped.
        if (isValidJobPreview(preview)) context.emit('app:job:preview', preview);
      },
      signal,
    });
    if (!read.ok) {
      deps.audit.record('workbook.open.failed', { code: read.error.code });
      return read;
    }
    const entry = deps.store.add(read.value, file.name, file.path, publicationId);
    progress('done', read.value.table.rowCount, read.value.table.rowCount);
    deps.recent.touch({
      path: file.path,
      fileName: file.name,
      format: read.value.format,
      rowCount: read.value.table.rowCount,
    });
    deps.audit.record('workbook.open', {
      format: read.value.format,
      rows: read.value.table.rowCount,
      columns: read.value.table.columns.length,
    });
    return ok(entry.summary);
  } finally {
    deps.jobs.finish(jobId);
  }
}

export function workbookHandlers(deps: WorkbookHandlerDeps): Pick<HandlerMap, WorkbookChannels> {
  return {
    'app:files:pick': async () => {
      const picked = await deps.files.pickFile();
      if (picked === 'unsupported') {
        return fail(
          'NOT_SUPPORTED',
          'This host has no native file dialog; upload the file instead',
        );
      }
      return ok({ file: picked });
    },

    'app:workbook:open': async ({ source, jobId, options, publicationId }, context) => {
      const resolved = resolveSource(source, deps);
      if (!resolved.ok) return resolved;
      // Without explicit options: the publication's binding, else the one saved for this file name.
      const bound =
        publicationId === undefined
          ? (deps.bindings?.findByFileName(resolved.value.name) ?? null)
          : (deps.bindings?.get(publicationId) ?? null);
      return readAndStore(
        deps,
        resolved.value,
        options ?? bound?.options ?? {},
        jobId,
        context,
        publicationId ?? null,
      );
    },

    'app:workbook:reread': async ({ workbookId, jobId, options, publicationId }, context) => {
      const entry = deps.store.get(workbookId);
      if (!entry) return fail('NOT_FOUND', 'Workbook is not open');
      if (!existsSync(entry.sourcePath)) {
        return fail('NOT_FOUND', 'The file is no longer where it was', {
          name: entry.summary.fileName,
        });
      }
      const file = { path: entry.sourcePath, name: entry.summary.fileName };
      const read = await readAndStore(
        deps,
        file,
        options,
        jobId,
        context,
        publicationId ?? entry.publicationId,
      );
      if (!read.ok) return read;
      deps.store.close(workbookId);
      if (publicationId !== undefined) {
        deps.bindings?.save(publicationId, options, file.name);
        deps.audit.record('source.binding.saved', { format: read.value.format });
      }
      return read;
    },

    'app:workbook:cancel': async ({ jobId }) => ok({ cancelled: deps.jobs.cancel(jobId) }),

    'app:workbook:rows': async ({ workbookId, offset, limit }) => {
      const window = deps.store.rows(workbookId, offset, limit);
      return window ? ok(window) : fail('NOT_FOUND', 'Workbook is not open');
    },

    'app:workbook:export': async ({ workbookId, bom }) => {
      const entry = deps.store.get(workbookId);
      if (!entry) return fail('NOT_FOUND', 'Workbook is not open');
      const bytes = writeCsv(entry.table, { bom });
      const outcome = await deps.files.save(csvNameFor(entry.summary.fileName), bytes);
      if (outcome.kind !== 'cancelled') {
        deps.audit.record('workbook.export', {
          format: 'csv',
          rows: entry.table.rowCount,
          bytes: bytes.byteLength,
        });
      }
      return ok(outcome);
    },

    'app:workbook:close': async ({ workbookId }) => ok({ closed: deps.store.close(workbookId) }),

    'app:recent:list': async () => ok({ items: deps.recent.list() }),
  };
}
