/**
 * The recipe as a numbered list, in the clerk's words, with what each step did on the last run.
 * Each step can be switched off, edited, moved or removed; the table recomputes after each change.
 */
import { useId } from 'react';
import type { RecipeState } from '../../../../shared/contract';
import type { Step, StepResult } from '../../../../shared/recipe';
import { useI18n, type I18n } from '../../i18n';
import { describeStep } from './describe-step';
import { stepErrorText } from './step-error';

function resultText(result: StepResult | undefined, i18n: I18n): string {
  if (result === undefined) return '';
  const { t } = i18n;
  if (result.status === 'disabled') return t('recipe.result.disabled');
  if (result.status === 'failed') {
    const error = result.error;
    return `${t('recipe.result.failed')}: ${error === undefined ? '' : stepErrorText(error, i18n)}`;
  }
  const parts = [t('recipe.result.changed', { count: result.changedCells })];
  if (result.rowsRemoved > 0)
    parts.push(t('recipe.result.rowsRemoved', { count: result.rowsRemoved }));
  if (result.columnsAdded > 0)
    parts.push(t('recipe.result.columnsAdded', { count: result.columnsAdded }));
  if (result.columnsRemoved > 0)
    parts.push(t('recipe.result.columnsRemoved', { count: result.columnsRemoved }));
  if (result.invalidCells > 0)
    parts.push(t('recipe.result.invalid', { count: result.invalidCells }));
  return parts.join(' · ');
}

export interface HistoryPanelProps {
  readonly state: RecipeState;
  readonly busy: boolean;
  readonly editingId: string | null;
  readonly onToggle: (step: Step) => void;
  readonly onEdit: (step: Step) => void;
  readonly onMove: (step: Step, to: number) => void;
  readonly onRemove: (step: Step) => void;
}

export function HistoryPanel({
  state,
  busy,
  editingId,
  onToggle,
  onEdit,
  onMove,
  onRemove,
}: HistoryPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const steps = state.recipe.steps;
  const results = new Map(state.stepResults.map((r) => [r.stepId, r]));
  return (
    <section className="recipe-history" aria-labelledby={titleId} data-testid="recipe-history">
      <h2 id={titleId} className="small-title">
        {t('recipe.history.title')}
      </h2>
      {steps.length === 0 && <p className="hint">{t('recipe.history.empty')}</p>}
      <ol className="step-list">
        {steps.map((step, index) => {
          const result = results.get(step.id);
          const description = describeStep(step, i18n);
          const label = t('recipe.history.stepLabel', { number: index + 1 });
          return (
            <li
              key={step.id}
              className={`step-item is-${result?.status ?? 'pending'}${editingId === step.id ? ' is-editing' : ''}`}
              data-testid="recipe-step"
              data-op={step.op}
              data-status={result?.status ?? 'pending'}
            >
              <div className="step-text">
                <span className="step-description">{description}</span>
                {step.note !== undefined && <span className="step-note">{step.note}</span>}
                <span className="step-result" data-testid="step-result">
                  {resultText(result, i18n)}
                </span>
              </div>
              <div className="step-actions" role="group" aria-label={`${label}: ${description}`}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    data-testid="step-enabled"
                    checked={step.enabled}
                    disabled={busy}
                    onChange={() => onToggle(step)}
                  />
                  <span>{t('recipe.history.enabled')}</span>
                </label>
                <button
                  type="button"
                  className="button button--small"
                  data-testid="step-edit"
                  disabled={busy}
                  onClick={() => onEdit(step)}
                >
                  {t('recipe.history.edit')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`${t('recipe.history.moveUp')} (${label})`}
                  disabled={busy || index === 0}
                  onClick={() => onMove(step, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`${t('recipe.history.moveDown')} (${label})`}
                  disabled={busy || index === steps.length - 1}
                  onClick={() => onMove(step, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  data-testid="step-remove"
                  disabled={busy}
                  onClick={() => onRemove(step)}
                >
                  {t('recipe.history.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
