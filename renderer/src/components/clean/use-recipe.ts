/**
 * The Clean screen's state: the workbook's recipe as the backend holds it (RecipeState), and the
 * one change running at a time with its progress. Every change answers the whole state, so the
 * screen never keeps its own copy of the recipe; `revision` counts table changes (the grid
 * reloads its rows when it moves).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  AppError,
  RecipeChangeSummary,
  RecipeState,
  RecipeStepInput,
  Result,
} from '../../../../shared/contract';
import { api, newJobId } from '../../api';

export interface RecipeRun {
  readonly jobId: string;
  readonly done: number;
  readonly total: number;
}

export interface RecipeSession {
  readonly state: RecipeState | null;
  readonly running: RecipeRun | null;
  readonly revision: number;
  readonly lastChange: RecipeChangeSummary | null;
  add(steps: readonly RecipeStepInput[]): Promise<boolean>;
  update(
    stepId: string,
    patch: { params?: Record<string, unknown>; column?: string; enabled?: boolean; note?: string },
  ): Promise<boolean>;
  remove(stepId: string): Promise<boolean>;
  move(stepId: string, to: number): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  replay(mode: 'replay' | 'start-empty', mapping: Record<string, string>): Promise<boolean>;
  importFile(fileRef: string): Promise<boolean>;
  cancel(): void;
}

export function useRecipe(
  workbookId: string,
  ensurePublication: () => Promise<string | null>,
  onError: (error: AppError) => void,
): RecipeSession {
  const [state, setState] = useState<RecipeState | null>(null);
  const [running, setRunning] = useState<RecipeRun | null>(null);
  const [revision, setRevision] = useState(0);
  const [lastChange, setLastChange] = useState<RecipeChangeSummary | null>(null);
  const runningRef = useRef<string | null>(null);
  // The callbacks change identity whenever the workbook summary does (every recipe change);
  // loading the recipe again for that would loop, so only the workbook id triggers it.
  const ensureRef = useRef(ensurePublication);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    ensureRef.current = ensurePublication;
    onErrorRef.current = onError;
  });

  useEffect(() => {
    let alive = true;
    void (async () => {
      const publicationId = await ensureRef.current();
      const result = await api.invoke('app:recipe:get', {
        workbookId,
        ...(publicationId === null ? {} : { publicationId }),
      });
      if (!alive) return;
      if (result.ok) setState(result.value);
      else onErrorRef.current(result.error);
    })();
    return () => {
      alive = false;
    };
  }, [workbookId]);

  useEffect(
    () =>
      api.subscribe('app:job:progress', (progress) => {
        if (progress.jobId !== runningRef.current || progress.phase !== 'building') return;
        setRunning({ jobId: progress.jobId, done: progress.done, total: progress.total });
      }),
    [],
  );

  /** Runs one change under a fresh job; false when it failed (the error is shown). */
  const change = useCallback(
    async (
      total: number,
      invoke: (jobId: string) => Promise<Result<RecipeState>>,
    ): Promise<boolean> => {
      if (runningRef.current !== null) return false;
      const jobId = newJobId();
      runningRef.current = jobId;
      setRunning({ jobId, done: 0, total });
      const result = await invoke(jobId);
      runningRef.current = null;
      setRunning(null);
      if (!result.ok) {
        if (result.error.code !== 'CANCELLED') onError(result.error);
        return false;
      }
      setState(result.value);
      setRevision((n) => n + 1);
      return true;
    },
    [onError],
  );

  const steps = state?.recipe.steps.length ?? 0;
  return {
    state,
    running,
    revision,
    lastChange,
    add: (inputs) =>
      change(steps + inputs.length, (jobId) =>
        api.invoke('app:recipe:add', { workbookId, jobId, steps: [...inputs] }),
      ),
    update: (stepId, patch) =>
      change(steps, (jobId) =>
        api.invoke('app:recipe:update', { workbookId, jobId, stepId, ...patch }),
      ),
    remove: (stepId) =>
      change(steps - 1, (jobId) => api.invoke('app:recipe:remove', { workbookId, jobId, stepId })),
    move: (stepId, to) =>
      change(steps, (jobId) => api.invoke('app:recipe:move', { workbookId, jobId, stepId, to })),
    undo: () => change(steps, (jobId) => api.invoke('app:recipe:undo', { workbookId, jobId })),
    redo: () => change(steps, (jobId) => api.invoke('app:recipe:redo', { workbookId, jobId })),
    replay: (mode, mapping) =>
      change(steps, async (jobId) => {
        const result = await api.invoke('app:recipe:replay', { workbookId, jobId, mode, mapping });
        if (!result.ok) return result;
        setLastChange(mode === 'replay' ? result.value.change : null);
        return { ok: true, value: result.value.state };
      }),
    importFile: (fileRef) =>
      change(steps, (jobId) => api.invoke('app:recipe:import', { workbookId, jobId, fileRef })),
    cancel: () => {
      if (runningRef.current !== null) {
        void api.invoke('app:workbook:cancel', { jobId: runningRef.current });
      }
    },
  };
}
