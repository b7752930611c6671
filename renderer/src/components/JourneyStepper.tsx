import { useId } from 'react';
import { VISIBLE_STEPS, stepStatus } from '../app/journey';
import type { StepId } from '../app/journey';
import { useI18n } from '../i18n';
import { CheckIcon } from './Icons';

/**
 * Where the clerk is in the journey. Status is spoken and shown in text and shape, not by colour
 * alone. Under the steps: what the current step is for, what is left to do, and its help.
 */
export function JourneyStepper({
  current,
  reachable = [],
  onSelect,
  todo = null,
  onHelp,
}: {
  readonly current: StepId;
  /** Steps the clerk may jump to from here (issue 6: table ↔ describe); shown as buttons. */
  readonly reachable?: readonly StepId[];
  readonly onSelect?: (step: StepId) => void;
  /** One sentence: what is left to do in the current step. */
  readonly todo?: string | null;
  readonly onHelp?: () => void;
}) {
  const { t, format } = useI18n();
  const baseId = useId();
  const currentStep = VISIBLE_STEPS.find((step) => step.id === current);
  return (
    <nav className="stepper" aria-label={t('journey.label')}>
      <ol className="stepper-list">
        {VISIBLE_STEPS.map((step, index) => {
          const status = stepStatus(step.id, current);
          const purposeId = `${baseId}-${step.id}`;
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
                  aria-describedby={purposeId}
                  title={t(`journey.purpose.${step.id}`)}
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
              <span id={purposeId} hidden>
                {t(`journey.purpose.${step.id}`)}
              </span>
            </li>
          );
        })}
      </ol>
      {currentStep !== undefined && (
        <div className="stepper-current" data-testid="stepper-current">
          <p className="stepper-purpose">
            <strong>{t('journey.current', { step: t(currentStep.label) })}.</strong>{' '}
            {t(`journey.purpose.${currentStep.id}`)}
          </p>
          {todo !== null && (
            <p className="stepper-todo" data-testid="stepper-todo" aria-live="polite">
              {todo}
            </p>
          )}
          {onHelp !== undefined && (
            <button
              type="button"
              className="button button--secondary stepper-help"
              data-testid="stepper-help"
              onClick={onHelp}
            >
              {t('journey.help')}
            </button>
          )}
        </div>
      )}
    </nav>
  );
}
