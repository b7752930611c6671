/**
 * The help window (issue 9 §5): every step (what it is for, how, a tip), every error code (what
 * happened, why, what to do), the glossary and the guided rehearsal. A native modal <dialog>:
 * focus moves in, Tab stays inside, Escape closes, and focus returns to what opened it. The
 * topic asked for is opened and focused; the others stay one Enter away (<details>).
 */
import { useEffect, useId, useRef } from 'react';
import { ERROR_CODES } from '../../../../shared/contract';
import { JOURNEY } from '../../app/journey';
import { useI18n } from '../../i18n';
import { CloseIcon } from '../Icons';
import {
  GLOSSARY_TERMS,
  HELP_SECTIONS,
  REHEARSAL_STEPS,
  sectionTopic,
  type HelpTopic,
} from './help-topics';
import '../../styles/help.css';

export interface HelpDialogProps {
  /** Null: closed. */
  readonly topic: HelpTopic | null;
  readonly onNavigate: (topic: HelpTopic) => void;
  readonly onClose: () => void;
  readonly onStartRehearsal: () => void;
}

function targetId(topic: HelpTopic): string {
  if (topic.section === 'steps') return `help-step-${topic.step}`;
  if (topic.section === 'errors')
    return topic.code === null ? 'help-errors' : `help-error-${topic.code}`;
  return `help-${topic.section}`;
}

export function HelpDialog({ topic, onNavigate, onClose, onStartRehearsal }: HelpDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const open = topic !== null;
  const currentStep = topic?.section === 'steps' ? topic.step : 'open';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // The topic asked for gets focus, so a screen reader starts reading there.
  useEffect(() => {
    if (topic === null) return;
    const target = dialogRef.current?.querySelector<HTMLElement>(`#${targetId(topic)}`);
    if (target instanceof HTMLDetailsElement) target.open = true;
    const focusable = target?.querySelector<HTMLElement>('summary') ?? target;
    focusable?.focus();
    focusable?.scrollIntoView({ block: 'nearest' });
  }, [topic]);

  return (
    <dialog
      ref={dialogRef}
      className="help-dialog"
      aria-labelledby={titleId}
      data-testid="help-dialog"
      onClose={onClose}
    >
      <div className="help-header">
        <h2 id={titleId}>{t('help.title')}</h2>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('help.close')}
          title={t('help.close')}
          data-testid="help-close-icon"
        >
          <CloseIcon />
        </button>
      </div>
      <nav aria-label={t('help.sectionsLabel')}>
        <ul className="help-nav">
          {HELP_SECTIONS.map((section) => (
            <li key={section}>
              <button
                type="button"
                className="help-nav-button"
                aria-current={topic?.section === section ? 'true' : undefined}
                data-testid={`help-nav-${section}`}
                onClick={() => onNavigate(sectionTopic(section, currentStep))}
              >
                {t(`help.section.${section}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      {topic?.section === 'steps' && (
        <div className="help-body" data-testid="help-steps">
          <p className="muted">{t('help.keyboard')}</p>
          {JOURNEY.map((step) => (
            <details
              key={`${step.id}-${topic.step}`}
              id={`help-step-${step.id}`}
              className="help-item"
              open={step.id === topic.step}
            >
              <summary>{t(step.label)}</summary>
              {!step.ready && <p className="muted">{t('help.notYet')}</p>}
              <h3 className="help-label">{t('help.purpose')}</h3>
              <p>{t(`journey.purpose.${step.id}`)}</p>
              <h3 className="help-label">{t('help.how')}</h3>
              <p>{t(`help.step.${step.id}.how`)}</p>
              <h3 className="help-label">{t('help.tip')}</h3>
              <p>{t(`help.step.${step.id}.tip`)}</p>
            </details>
          ))}
        </div>
      )}

      {topic?.section === 'errors' && (
        <div className="help-body" id="help-errors" tabIndex={-1} data-testid="help-errors">
          {ERROR_CODES.map((code) => (
            <details
              key={`${code}-${topic.code ?? ''}`}
              id={`help-error-${code}`}
              className="help-item"
              open={code === topic.code}
              data-testid={`help-error-${code}`}
            >
              <summary>
                {t(`error.${code}`).split(/(?<=[.!?])\s/)[0]}{' '}
                <span className="muted help-code">({code})</span>
              </summary>
              <h3 className="help-label">{t('help.what')}</h3>
              <p>{t(`error.${code}`)}</p>
              <h3 className="help-label">{t('help.why')}</h3>
              <p>{t(`help.error.${code}.why`)}</p>
              <h3 className="help-label">{t('help.do')}</h3>
              <p>{t(`help.error.${code}.do`)}</p>
            </details>
          ))}
        </div>
      )}

      {topic?.section === 'glossary' && (
        <div className="help-body" id="help-glossary" tabIndex={-1} data-testid="help-glossary">
          <dl className="help-glossary">
            {GLOSSARY_TERMS.map((term) => (
              <div key={term} className="help-term">
                <dt>{t(`help.term.${term}.name`)}</dt>
                <dd>{t(`help.term.${term}.text`)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}

      {topic?.section === 'rehearsal' && (
        <div className="help-body" id="help-rehearsal" tabIndex={-1} data-testid="help-rehearsal">
          <p>{t('help.rehearsal.intro')}</p>
          <ol className="help-rehearsal">
            {REHEARSAL_STEPS.map((n) => (
              <li key={n}>{t(`help.rehearsal.step${n}`)}</li>
            ))}
          </ol>
          <button
            type="button"
            className="button button--primary"
            data-testid="help-rehearsal-start"
            onClick={onStartRehearsal}
          >
            {t('help.rehearsal.start')}
          </button>
        </div>
      )}

      <div className="help-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={onClose}
          data-testid="help-close"
        >
          {t('help.close')}
        </button>
      </div>
    </dialog>
  );
}
