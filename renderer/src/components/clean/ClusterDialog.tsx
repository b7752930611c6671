/**
 * Cluster and merge: groups of values that differ only in capitals, diacritics or script
 * (`Pančevo`, `PANCEVO`, `Панчево`). The clerk ticks the groups and edits the value to keep;
 * the merge becomes one merge-cluster step per group, added as one change (one undo).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AppError, RecipeCluster, RecipeStepInput } from '../../../../shared/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n';

export interface ClusterDialogProps {
  readonly workbookId: string;
  readonly column: string;
  readonly busy: boolean;
  readonly onMerge: (steps: RecipeStepInput[]) => Promise<boolean>;
  readonly onClose: () => void;
  readonly onError: (error: AppError) => void;
}

interface Choice {
  readonly selected: boolean;
  readonly keep: string;
}

export function ClusterDialog({
  workbookId,
  column,
  busy,
  onMerge,
  onClose,
  onError,
}: ClusterDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [clusters, setClusters] = useState<RecipeCluster[] | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    let alive = true;
    void api.invoke('app:recipe:clusters', { workbookId, column }).then((result) => {
      if (!alive) return;
      if (!result.ok) {
        onError(result.error);
        return;
      }
      setClusters(result.value.clusters);
      setChoices(
        Object.fromEntries(
          result.value.clusters.map((c) => [c.key, { selected: true, keep: c.suggested }]),
        ),
      );
    });
    return () => {
      alive = false;
    };
  }, [workbookId, column, onError]);

  const merge = async () => {
    const steps: RecipeStepInput[] = (clusters ?? []).flatMap((cluster) => {
      const choice = choices[cluster.key];
      if (choice === undefined || !choice.selected || choice.keep.trim() === '') return [];
      const values = cluster.values.map((v) => v.value).filter((v) => v !== choice.keep);
      return values.length === 0
        ? []
        : [{ op: 'merge-cluster', column, params: { values, to: choice.keep } }];
    });
    if (steps.length === 0 || (await onMerge(steps))) onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog cluster-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="cluster-dialog"
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{t('recipe.clusters.title', { column })}</h2>
      <p className="hint">{t('recipe.clusters.intro')}</p>
      {clusters === null && <p role="status">{t('recipe.clusters.loading')}</p>}
      {clusters !== null && clusters.length === 0 && <p>{t('recipe.clusters.none')}</p>}
      {clusters !== null && clusters.length > 0 && (
        <ul className="cluster-list">
          {clusters.map((cluster, index) => {
            const choice = choices[cluster.key] ?? { selected: false, keep: cluster.suggested };
            const set = (patch: Partial<Choice>) =>
              setChoices((c) => ({ ...c, [cluster.key]: { ...choice, ...patch } }));
            return (
              <li key={cluster.key} className="cluster" data-testid="cluster">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    data-testid="cluster-select"
                    checked={choice.selected}
                    onChange={(e) => set({ selected: e.currentTarget.checked })}
                  />
                  <span>
                    {cluster.values
                      .map((v) => t('recipe.clusters.value', { value: v.value, count: v.count }))
                      .join(' · ')}
                  </span>
                </label>
                <div className="field">
                  <label htmlFor={`${id}-keep-${index}`}>{t('recipe.clusters.keep')}</label>
                  <input
                    id={`${id}-keep-${index}`}
                    type="text"
                    data-testid="cluster-keep"
                    value={choice.keep}
                    onChange={(e) => set({ keep: e.currentTarget.value })}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <div className="form-actions">
        {clusters !== null && clusters.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            data-testid="cluster-merge"
            disabled={busy}
            onClick={() => void merge()}
          >
            {t('recipe.clusters.merge')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('recipe.clusters.close')}
        </button>
      </div>
    </dialog>
  );
}
