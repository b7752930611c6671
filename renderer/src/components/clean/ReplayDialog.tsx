/**
 * Next month's file: the saved recipe is shown before anything runs. Columns the recipe needs
 * are matched by name; each missing one gets a choice among the new file's columns (the likeliest
 * rename preselected) or "missing" (its steps are skipped and reported). The clerk replays, or
 * starts without the recipe (undo brings it back).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { AppError, RecipeReplayPlanResponse } from '../../../../shared/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n';

const NOT_MAPPED = '';

export interface ReplayDialogProps {
  readonly workbookId: string;
  readonly busy: boolean;
  readonly onReplay: (
    mode: 'replay' | 'start-empty',
    mapping: Record<string, string>,
  ) => Promise<boolean>;
  readonly onError: (error: AppError) => void;
}

export function ReplayDialog({ workbookId, busy, onReplay, onError }: ReplayDialogProps) {
  const { t, format } = useI18n();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [plan, setPlan] = useState<RecipeReplayPlanResponse | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    let alive = true;
    void api.invoke('app:recipe:plan', { workbookId }).then((result) => {
      if (!alive) return;
      if (!result.ok) {
        onError(result.error);
        return;
      }
      setPlan(result.value);
      const preselected: Record<string, string> = {};
      for (const name of result.value.plan.missing) {
        const best = result.value.plan.renamedCandidates.find((c) => c.from === name);
        preselected[name] = best?.to ?? NOT_MAPPED;
      }
      setMapping(preselected);
    });
    return () => {
      alive = false;
    };
  }, [workbookId, onError]);

  const decide = async (mode: 'replay' | 'start-empty') => {
    const chosen = Object.fromEntries(
      Object.entries(mapping).filter(([, to]) => to !== NOT_MAPPED),
    );
    await onReplay(mode, chosen);
  };

  const columns = plan?.state.workbook.columns ?? [];
  const required = new Set(plan?.plan.required ?? []);
  // A new-file column can stand in for a missing one if the recipe does not read it by name.
  const choosable = columns.filter((c) => !required.has(c.name));
  const baseline = plan?.baseline ?? null;
  return (
    <dialog
      ref={dialogRef}
      className="dialog replay-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="replay-dialog"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id={`${id}-title`}>{t('recipe.replay.title')}</h2>
      {plan === null && <p role="status">{t('recipe.replay.loading')}</p>}
      {plan !== null && (
        <>
          <p>{t('recipe.replay.intro', { steps: plan.state.recipe.steps.length })}</p>
          {baseline !== null && (
            <p data-testid="replay-last">
              {t('recipe.replay.last', {
                date: format.moment(baseline.recordedAt) ?? baseline.recordedAt,
                rows: baseline.rowCount,
                columns: baseline.columns.length,
              })}
            </p>
          )}
          <p data-testid="replay-now">
            {t('recipe.replay.now', {
              rows: plan.state.workbook.rowCount,
              columns: plan.state.workbook.columns.length,
            })}
          </p>
          {plan.plan.matched.length > 0 && (
            <p data-testid="replay-matched">
              {t('recipe.replay.matched', { names: plan.plan.matched.join(', ') })}
            </p>
          )}
          {plan.plan.missing.length === 0 ? (
            <p>{t('recipe.replay.allFound')}</p>
          ) : (
            <fieldset className="replay-missing" data-testid="replay-missing">
              <legend>{t('recipe.replay.missing')}</legend>
              {plan.plan.missing.map((name, index) => (
                <div
                  className="field"
                  key={name}
                  data-testid="replay-missing-column"
                  data-column={name}
                >
                  <label htmlFor={`${id}-map-${index}`}>
                    {t('recipe.replay.mapTo', { column: name })}
                  </label>
                  <select
                    id={`${id}-map-${index}`}
                    data-testid="replay-map"
                    value={mapping[name] ?? NOT_MAPPED}
                    onChange={(e) => {
                      const to = e.currentTarget.value;
                      setMapping((m) => ({ ...m, [name]: to }));
                    }}
                  >
                    <option value={NOT_MAPPED}>{t('recipe.replay.notMapped')}</option>
                    {choosable.map((c) => (
                      <option key={c.key} value={c.name}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </fieldset>
          )}
          {plan.plan.extra.length > 0 && (
            <p className="hint">
              {t('recipe.replay.extra', { names: plan.plan.extra.join(', ') })}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="replay-run"
              disabled={busy}
              onClick={() => void decide('replay')}
            >
              {t('recipe.replay.run')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-testid="replay-start-empty"
              disabled={busy}
              onClick={() => void decide('start-empty')}
            >
              {t('recipe.replay.startEmpty')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
