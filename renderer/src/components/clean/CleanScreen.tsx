/**
 * The Clean step (issue 4): the table as the recipe makes it, the recipe's history, the form to
 * add a step (with an example first), the column profile with cluster-and-merge, the recipe as a
 * file, and export. A saved recipe waiting for this file opens the replay dialog first: nothing
 * is applied before the clerk decides.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import type { AppError, WorkbookSummary } from '../../../../shared/contract';
import type { Step } from '../../../../shared/recipe';
import { DataGrid } from '../../grid/DataGrid';
import { useI18n } from '../../i18n';
import { ExportPanel } from '../ExportPanel';
import { useFocusOnMount } from '../use-focus-on-mount';
import { ChangeSummary } from './ChangeSummary';
import { ClusterDialog } from './ClusterDialog';
import { EditCellPanel } from './EditCellPanel';
import { HistoryPanel } from './HistoryPanel';
import { ProfilePanel } from './ProfilePanel';
import { RecipeFilePanel } from './RecipeFilePanel';
import { ReplayDialog } from './ReplayDialog';
import { StepForm } from './StepForm';
import { useRecipe } from './use-recipe';
import '../../styles/clean.css';

export interface CleanScreenProps {
  readonly workbook: WorkbookSummary;
  readonly moveFocus: boolean;
  readonly ensurePublication: () => Promise<string | null>;
  readonly onBack: () => void;
  readonly onNext: () => void;
  /** The table changed (columns, row count): the other steps see the new summary. */
  readonly onWorkbookChange: (workbook: WorkbookSummary) => void;
  readonly onError: (error: AppError) => void;
}

export function CleanScreen({
  workbook: opened,
  moveFocus,
  ensurePublication,
  onBack,
  onNext,
  onWorkbookChange,
  onError,
}: CleanScreenProps) {
  const { t, tp } = useI18n();
  const titleId = useId();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const recipe = useRecipe(opened.workbookId, ensurePublication, onError);
  const { state, running } = recipe;
  const workbook = state?.workbook ?? opened;
  const [editing, setEditing] = useState<Step | null>(null);
  const [clusterColumn, setClusterColumn] = useState<string | null>(null);
  const busy = running !== null;

  useEffect(() => {
    if (state !== null) onWorkbookChange(state.workbook);
  }, [state, onWorkbookChange]);

  // Ctrl+Z / Ctrl+Y (Cmd on a Mac) undo and redo, except while typing in a field.
  const { undo, redo } = recipe;
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, select, textarea') !== null) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey && state?.canUndo === true) {
        event.preventDefault();
        void undo();
      } else if ((key === 'y' || (key === 'z' && event.shiftKey)) && state?.canRedo === true) {
        event.preventDefault();
        void redo();
      }
    },
    [undo, redo, state],
  );

  const editingIndex =
    editing === null ? -1 : (state?.recipe.steps.findIndex((s) => s.id === editing.id) ?? -1);
  return (
    <section
      className="screen clean-screen"
      data-testid="clean-screen"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div className="clean-top">
        <div>
          <h1 id={titleId} ref={headingRef} tabIndex={-1} className="screen-title">
            {t('clean.title')}
          </h1>
          <p className="hint">{t('clean.intro')}</p>
          <p className="facts-line">
            <span data-testid="clean-row-count" data-value={workbook.rowCount}>
              {tp('count.rows', workbook.rowCount)}
            </span>
            {', '}
            <span data-testid="clean-column-count" data-value={workbook.columns.length}>
              {tp('count.columns', workbook.columns.length)}
            </span>
            {' · '}
            <span data-testid="recipe-saved">
              {state === null
                ? t('clean.loading')
                : state.publicationId === null
                  ? t('clean.notSaved')
                  : t('clean.savedVersion', { version: state.version })}
            </span>
          </p>
        </div>
        <div className="clean-nav">
          <button
            type="button"
            className="button button--secondary"
            data-testid="undo-button"
            disabled={busy || state?.canUndo !== true}
            aria-keyshortcuts="Control+Z"
            onClick={() => void recipe.undo()}
          >
            {t('clean.undo')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="redo-button"
            disabled={busy || state?.canRedo !== true}
            aria-keyshortcuts="Control+Y"
            onClick={() => void recipe.redo()}
          >
            {t('clean.redo')}
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('clean.back')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="clean-next"
            onClick={onNext}
          >
            {t('clean.toProtect')}
          </button>
        </div>
      </div>
      <div role="status" className="clean-status" data-testid="recipe-running">
        {running !== null && (
          <>
            {t('clean.running', {
              done: Math.min(running.done + 1, Math.max(running.total, 1)),
              total: Math.max(running.total, 1),
            })}{' '}
            <button type="button" className="button button--small" onClick={recipe.cancel}>
              {t('clean.cancel')}
            </button>
          </>
        )}
      </div>
      {recipe.lastChange !== null && state !== null && (
        <ChangeSummary change={recipe.lastChange} state={state} />
      )}
      <div className="clean-layout">
        <div className="clean-side">
          {state !== null && (
            <HistoryPanel
              state={state}
              busy={busy}
              editingId={editing?.id ?? null}
              onToggle={(step) => void recipe.update(step.id, { enabled: !step.enabled })}
              onEdit={(step) => setEditing(step)}
              onMove={(step, to) => void recipe.move(step.id, to)}
              onRemove={(step) => {
                if (editing?.id === step.id) setEditing(null);
                void recipe.remove(step.id);
              }}
            />
          )}
          {state !== null && editing !== null && editingIndex >= 0 && (
            <StepForm
              key={`edit-${editing.id}`}
              workbookId={workbook.workbookId}
              columns={workbook.columns}
              rowCount={workbook.rowCount}
              busy={busy}
              editing={{ step: editing, number: editingIndex + 1 }}
              onApply={async (input) => {
                const done = await recipe.update(editing.id, {
                  params: { ...input.params },
                  ...(input.column === undefined ? {} : { column: input.column }),
                  note: input.note ?? '',
                });
                if (done) setEditing(null);
                return done;
              }}
              onCancelEdit={() => setEditing(null)}
              onError={onError}
            />
          )}
          {state !== null && (
            <StepForm
              key="add"
              workbookId={workbook.workbookId}
              columns={workbook.columns}
              rowCount={workbook.rowCount}
              busy={busy || state.replayPending}
              onApply={(input) => recipe.add([input])}
              onError={onError}
            />
          )}
          {state !== null && (
            <EditCellPanel
              workbookId={workbook.workbookId}
              columns={workbook.columns}
              rowCount={workbook.rowCount}
              revision={recipe.revision}
              busy={busy || state.replayPending}
              onApply={(input) => recipe.add([input])}
              onError={onError}
            />
          )}
          <ProfilePanel
            workbookId={workbook.workbookId}
            columns={workbook.columns}
            revision={recipe.revision}
            onClusters={setClusterColumn}
            onError={onError}
          />
          <RecipeFilePanel
            workbookId={workbook.workbookId}
            busy={busy}
            onImport={recipe.importFile}
            onError={onError}
          />
          <ExportPanel workbookId={workbook.workbookId} onError={onError} />
        </div>
        <div className="clean-grid">
          <h2 className="small-title" id={`${titleId}-grid`}>
            {t('clean.gridTitle')}
          </h2>
          <DataGrid
            key={`${workbook.workbookId}:${recipe.revision}`}
            workbookId={workbook.workbookId}
            columns={workbook.columns}
            rowCount={workbook.rowCount}
            labelledBy={`${titleId}-grid`}
            onError={onError}
          />
        </div>
      </div>
      {state?.replayPending === true && (
        <ReplayDialog
          workbookId={workbook.workbookId}
          busy={busy}
          onReplay={recipe.replay}
          onError={onError}
        />
      )}
      {clusterColumn !== null && (
        <ClusterDialog
          workbookId={workbook.workbookId}
          column={clusterColumn}
          busy={busy}
          onMerge={recipe.add}
          onClose={() => setClusterColumn(null)}
          onError={onError}
        />
      )}
    </section>
  );
}
