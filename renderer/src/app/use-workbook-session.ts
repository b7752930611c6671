/**
 * The open → opening → table flow. Opening runs in the backend's worker and reports progress
 * events under a jobId we choose; the UI stays responsive and Cancel returns at once (a workbook
 * that finishes opening after the clerk cancelled is closed again, never shown).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AppError,
  FileRef,
  JobPhase,
  OpenSource,
  RecentFile,
  Result,
  WorkbookSummary,
} from '../../../shared/contract';
import { api, hostKind, newJobId, pickFile, uploadFile } from '../api';
import { usePublication } from './use-publication';

export type OpeningPhase = 'uploading' | JobPhase;

/** The screens of an open workbook. */
export type WorkbookStep = 'table' | 'protect' | 'describe' | 'publish';

export interface OpeningJob {
  readonly jobId: string;
  /** Null for the sample register. */
  readonly fileName: string | null;
  readonly withUpload: boolean;
  readonly phase: OpeningPhase;
  readonly done: number;
  readonly total: number;
  readonly startedAt: number;
  /** The file's first rows as display text, once the reader has them (issue 3 §5). */
  readonly preview?: readonly (readonly string[])[];
}

export type Screen =
  | { readonly kind: 'open' }
  | { readonly kind: 'opening'; readonly job: OpeningJob }
  | { readonly kind: 'table'; readonly workbook: WorkbookSummary }
  | { readonly kind: 'protect'; readonly workbook: WorkbookSummary }
  | { readonly kind: 'describe'; readonly workbook: WorkbookSummary }
  | { readonly kind: 'publish'; readonly workbook: WorkbookSummary };

interface SessionState {
  readonly screen: Screen;
  /** Counts screen changes: the first screen does not steal focus, later ones move it to their heading. */
  readonly changes: number;
  readonly notice: 'open.cancelled' | null;
}

interface RunningJob {
  readonly jobId: string;
  readonly abort: AbortController;
}

export interface WorkbookSession {
  readonly screen: Screen;
  readonly moveFocus: boolean;
  readonly notice: 'open.cancelled' | null;
  openSample(): void;
  openRecent(item: RecentFile): void;
  /** The "Open file" button: native dialog (Electron) or the page's file input + upload (web). */
  openPicked(input: HTMLInputElement | null): void;
  /** A file dropped or set on the file input (web host). */
  openLocalFile(file: File): void;
  cancel(): void;
  close(workbookId: string): void;
  /** The publication of the open workbook (issue 6): null until a step needs one. */
  readonly publicationId: string | null;
  ensurePublication(): Promise<string | null>;
  /** Move between the steps of an open workbook; what was typed is saved by each step. */
  showStep(step: WorkbookStep): void;
  /** The open file was read again with the clerk's choices (issue 3): show the new table. */
  replaceWorkbook(workbook: WorkbookSummary): void;
}

export function useWorkbookSession(
  onError: (error: AppError) => void,
  /** The publication chosen on Home for the next file opened (issue 9); null: found by file name. */
  targetPublicationId: string | null = null,
): WorkbookSession {
  const [state, setState] = useState<SessionState>({
    screen: { kind: 'open' },
    changes: 0,
    notice: null,
  });
  const jobRef = useRef<RunningJob | null>(null);

  const show = useCallback((screen: Screen, notice: SessionState['notice'] = null) => {
    setState((s) => ({ screen, changes: s.changes + 1, notice }));
  }, []);

  const updateJob = useCallback((jobId: string, patch: Partial<OpeningJob>) => {
    setState((s) =>
      s.screen.kind === 'opening' && s.screen.job.jobId === jobId
        ? { ...s, screen: { kind: 'opening', job: { ...s.screen.job, ...patch } } }
        : s,
    );
  }, []);

  useEffect(
    () =>
      api.subscribe('app:job:progress', (progress) => {
        updateJob(progress.jobId, {
          phase: progress.phase,
          done: progress.done,
          total: progress.total,
        });
      }),
    [updateJob],
  );

  useEffect(
    () =>
      api.subscribe('app:job:preview', (preview) => {
        updateJob(preview.jobId, { preview: preview.rows });
      }),
    [updateJob],
  );

  const startJob = useCallback(
    (fileName: string | null, withUpload: boolean, abort = new AbortController()): RunningJob => {
      // A job still running (should not happen: the open screen is gone) is abandoned.
      jobRef.current?.abort.abort();
      const job: RunningJob = { jobId: newJobId(), abort };
      jobRef.current = job;
      show({
        kind: 'opening',
        job: {
          jobId: job.jobId,
          fileName,
          withUpload,
          phase: withUpload ? 'uploading' : 'checking',
          done: 0,
          total: 0,
          startedAt: Date.now(),
        },
      });
      return job;
    },
    [show],
  );

  const runOpen = useCallback(
    async (job: RunningJob, source: OpenSource) => {
      if (jobRef.current !== job) return;
      updateJob(job.jobId, { phase: 'checking', done: 0, total: 0 });
      const result = await api.invoke('app:workbook:open', { source, jobId: job.jobId });
      if (jobRef.current !== job) {
        // Cancelled meanwhile: if it opened anyway, let the backend forget it.
        if (result.ok)
          void api.invoke('app:workbook:close', { workbookId: result.value.workbookId });
        return;
      }
      jobRef.current = null;
      if (result.ok) {
        show({ kind: 'table', workbook: result.value });
      } else if (result.error.code === 'CANCELLED') {
        show({ kind: 'open' }, 'open.cancelled');
      } else {
        show({ kind: 'open' });
        onError(result.error);
      }
    },
    [onError, show, updateJob],
  );

  /** After an upload (web host): open the uploaded file, or explain why not. */
  const afterUpload = useCallback(
    (job: RunningJob, result: Result<FileRef | null>) => {
      if (jobRef.current !== job) return;
      if (!result.ok) {
        jobRef.current = null;
        show({ kind: 'open' }, result.error.code === 'CANCELLED' ? 'open.cancelled' : null);
        if (result.error.code !== 'CANCELLED') onError(result.error);
        return;
      }
      if (result.value === null) return;
      void runOpen(job, { kind: 'file', fileRef: result.value.id });
    },
    [onError, runOpen, show],
  );

  const uploadProgress = useCallback(
    (job: () => RunningJob | null) => (loaded: number, total: number) => {
      const running = job();
      if (running !== null) updateJob(running.jobId, { done: loaded, total });
    },
    [updateJob],
  );

  const openSample = useCallback(() => {
    void runOpen(startJob(null, false), { kind: 'sample' });
  }, [runOpen, startJob]);

  const openRecent = useCallback(
    (item: RecentFile) => {
      if (!item.available) return;
      void runOpen(startJob(item.fileName, false), { kind: 'recent', recentId: item.id });
    },
    [runOpen, startJob],
  );

  const openLocalFile = useCallback(
    (file: File) => {
      const job = startJob(file.name, true);
      void uploadFile(file, {
        signal: job.abort.signal,
        onProgress: uploadProgress(() => job),
      }).then((result) => afterUpload(job, result));
    },
    [afterUpload, startJob, uploadProgress],
  );

  const openPicked = useCallback(
    (input: HTMLInputElement | null) => {
      if (hostKind === 'electron') {
        void pickFile().then((result) => {
          if (!result.ok) onError(result.error);
          else if (result.value !== null) {
            void runOpen(startJob(result.value.name, false), {
              kind: 'file',
              fileRef: result.value.id,
            });
          }
        });
        return;
      }
      const abort = new AbortController();
      let job: RunningJob | null = null;
      void pickFile({
        input,
        signal: abort.signal,
        onUploadStart: (file) => {
          job = startJob(file.name, true, abort);
        },
        onProgress: uploadProgress(() => job),
      }).then((result) => {
        if (job !== null) afterUpload(job, result);
        else if (!result.ok) onError(result.error);
      });
    },
    [afterUpload, onError, runOpen, startJob, uploadProgress],
  );

  const cancel = useCallback(() => {
    const job = jobRef.current;
    if (job === null) return;
    jobRef.current = null;
    job.abort.abort();
    // Harmless if the job is still uploading or already over: the backend answers cancelled: false.
    void api.invoke('app:workbook:cancel', { jobId: job.jobId });
    show({ kind: 'open' }, 'open.cancelled');
  }, [show]);

  const close = useCallback(
    (workbookId: string) => {
      // Nothing to tell the clerk if this fails: the workbook is gone from view either way.
      void api.invoke('app:workbook:close', { workbookId });
      show({ kind: 'open' });
    },
    [show],
  );

  const openWorkbook =
    state.screen.kind === 'table' ||
    state.screen.kind === 'protect' ||
    state.screen.kind === 'describe' ||
    state.screen.kind === 'publish'
      ? state.screen.workbook
      : null;
  const { publicationId, ensurePublication } = usePublication(
    openWorkbook,
    onError,
    targetPublicationId,
  );
  const showStep = useCallback(
    (step: WorkbookStep) => {
      if (openWorkbook !== null) show({ kind: step, workbook: openWorkbook });
    },
    [openWorkbook, show],
  );

  const replaceWorkbook = useCallback((workbook: WorkbookSummary) => {
    setState((s) =>
      s.screen.kind === 'table' || s.screen.kind === 'protect'
        ? { ...s, screen: { kind: s.screen.kind, workbook } }
        : s,
    );
  }, []);

  return {
    replaceWorkbook,
    screen: state.screen,
    moveFocus: state.changes > 0,
    notice: state.notice,
    openSample,
    openRecent,
    openPicked,
    openLocalFile,
    cancel,
    close,
    publicationId,
    ensurePublication,
    showStep,
  };
}
