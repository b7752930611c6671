import { VISIBLE_STEPS, stepStatus } from '../app/journey';
import type { StepId } from '../app/journey';
import { useI18n } from '../i18n';
import { CheckIcon } from './Icons';

/** Where the clerk is in the journey. Status is spoken and shown in text and shape, not by colour alone. */
export function JourneyStepper({
  current,
  reachable = [],
  onSelect,
}: {
  readonly current: StepId;
  /** Steps the clerk may jump to from here (issue 6: table ↔ describe); shown as buttons. */
  readonly reachable?: readonly StepId[];
  readonly onSelect?: (step: StepId) => void;
}) {
  const { t, format } = useI18n();
  return (
    <nav className="stepper" aria-label={t('journey.label')}>
      <ol className="stepper-list">
        {VISIBLE_STEPS.map((step, index) => {
          const status = stepStatus(step.id, current);
          return (
            <li
              key={step.id}
              className={`stepper-step is-${status}`}
              aria-current={status === 'current' ? 'step' : undefined}
            >
              <span className="stepper-marker" aria-hidden="true">
                {status === 'done' ? <CheckIcon /> : format.number(index + 1)}
              </span>
              {onSelect !== undefined && status !== 'current' && reachable.includes(step.id) ? (
                <button
                  type="button"
                  className="stepper-text stepper-link"
                  data-testid={`stepper-${step.id}`}
                  onClick={() => onSelect(step.id)}
                >
                  <span className="visually-hidden">
                    {t('journey.stepNumber', { number: index + 1 })}:{' '}
                  </span>
                  <span className="stepper-label">{t(step.label)}</span>
                  <span className="visually-hidden"> ({t(`journey.status.${status}`)})</span>
                </button>
              ) : (
                <span className="stepper-text">
                  <span className="visually-hidden">
                    {t('journey.stepNumber', { number: index + 1 })}:{' '}
                  </span>
                  <span className="stepper-label">{t(step.label)}</span>
                  <span className="visually-hidden"> ({t(`journey.status.${status}`)})</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
