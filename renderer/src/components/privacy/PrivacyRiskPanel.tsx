/**
 * The risk check (issue 5 §4): the clerk marks quasi-identifiers (the suggestion preselected),
 * Otvori computes k over the current table and says in words how many rows are in groups that are
 * too small and what to generalize next; that next step can be applied as a recipe step.
 */
import { useId, useState } from 'react';
import { api } from '../../api';
import type { AppError, ResponseOf } from '../../../../shared/contract';
import type { StepDraft } from '../../../../shared/privacy/plan';
import { useI18n } from '../../i18n';

type Risk = ResponseOf<'app:privacy:risk'>;

function nextStep(next: NonNullable<Risk['next']>): StepDraft {
  const column = next.column;
  switch (next.step) {
    case 'generalize-year-band':
      return { op: 'generalize', column, params: { to: 'year-band', width: 10 }, enabled: true };
    case 'generalize-age-band':
      return { op: 'generalize', column, params: { to: 'age-band', width: 10 }, enabled: true };
    case 'drop':
      return { op: 'drop-column', column, params: {}, enabled: true };
  }
}

export function PrivacyRiskPanel({
  workbookId,
  columns,
  suggested,
  busy,
  onAddSteps,
  onError,
}: {
  readonly workbookId: string;
  readonly columns: readonly string[];
  readonly suggested: readonly string[];
  readonly busy: boolean;
  readonly onAddSteps: (steps: StepDraft[]) => Promise<void>;
  readonly onError: (error: AppError) => void;
}) {
  const { t, format } = useI18n();
  const titleId = useId();
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set(suggested));
  const [risk, setRisk] = useState<Risk | null>(null);
  const [pickHint, setPickHint] = useState(false);
  const present = columns.filter((c) => marked.has(c));

  const check = async () => {
    if (present.length === 0) {
      setPickHint(true);
      return;
    }
    setPickHint(false);
    const result = await api.invoke('app:privacy:risk', { workbookId, quasiIdentifiers: present });
    if (!result.ok) return onError(result.error);
    setRisk(result.value);
  };

  const applyNext = async (next: NonNullable<Risk['next']>) => {
    await onAddSteps([nextStep(next)]);
    setRisk(null);
  };

  return (
    <section className="privacy-panel" aria-labelledby={titleId} data-testid="privacy-risk">
      <h2 id={titleId} className="privacy-group-title">
        {t('privacy.risk.title')}
      </h2>
      <p className="hint">{t('privacy.risk.intro')}</p>
      <fieldset className="privacy-risk-columns">
        <legend>{t('privacy.risk.columns')}</legend>
        {columns.map((column) => (
          <label key={column} className="privacy-risk-column">
            <input
              type="checkbox"
              checked={marked.has(column)}
              onChange={(event) => {
                const next = new Set(marked);
                if (event.target.checked) next.add(column);
                else next.delete(column);
                setMarked(next);
              }}
            />
            {column}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button--secondary"
        data-testid="privacy-risk-check"
        disabled={busy}
        onClick={() => void check()}
      >
        {t('privacy.risk.check')}
      </button>
      {pickHint && <p role="alert">{t('privacy.risk.pick')}</p>}
      {risk !== null && (
        <div role="status" data-testid="privacy-risk-result">
          <p>
            {t('privacy.risk.result', {
              k: format.number(risk.k),
              rows: format.number(risk.rows),
              target: risk.targetK,
            })}
          </p>
          {risk.rowsBelowTarget > 0 && (
            <p>
              {t('privacy.risk.below', {
                below: format.number(risk.rowsBelowTarget),
                unique: format.number(risk.uniqueRows),
                target: risk.targetK,
              })}
            </p>
          )}
          {risk.k >= risk.targetK ? (
            <p>{t('privacy.risk.ok', { target: risk.targetK })}</p>
          ) : risk.next === null ? (
            <p>{t('privacy.risk.nothing')}</p>
          ) : (
            <>
              <p>
                {t(`privacy.risk.next.${risk.next.step}`, {
                  column: risk.next.column,
                  after: format.number(risk.next.belowTargetAfter),
                  kAfter: format.number(risk.next.kAfter),
                })}
              </p>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                onClick={() => void applyNext(risk.next as NonNullable<Risk['next']>)}
              >
                {t('privacy.risk.apply')}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
