/**
 * The first run (issue 9 §1): language and script, then where to begin — the training portal or
 * data.gov.rs — with IT's settings shown, fixed where the policy sets them. Shown once: the
 * choice is recorded with app:onboarding:complete. The language applies as soon as it is picked.
 */
import { useEffect, useId, useState } from 'react';
import type { AppError, Locale } from '../../../../shared/contract';
import { LOCALES } from '../../../../shared/contract';
import type { OnboardingState, StartMode } from '../../../../shared/contract/channels/home';
import type { LoadedPolicy } from '../../../../shared/policy/policy';
import { api } from '../../api';
import { LOCALE_NAMES, useI18n } from '../../i18n';
import { HTML_LANG } from '../../i18n/locales';
import { useFocusOnMount } from '../use-focus-on-mount';
import { policyRows } from './policy-rows';
import '../../styles/first-run.css';

export interface FirstRunScreenProps {
  readonly onLocaleChange: (locale: Locale) => void;
  readonly onDone: (state: OnboardingState) => void;
  readonly onError: (error: AppError) => void;
}

export function FirstRunScreen({ onLocaleChange, onDone, onError }: FirstRunScreenProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const headingRef = useFocusOnMount<HTMLHeadingElement>(false);
  const headingId = useId();
  const policyId = useId();
  const [policy, setPolicy] = useState<LoadedPolicy | null>(null);
  const [mode, setMode] = useState<StartMode>('training');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let alive = true;
    void api.invoke('app:policy:get', {}).then((result) => {
      if (!alive) return;
      if (result.ok) setPolicy(result.value);
      else onError(result.error);
    });
    return () => {
      alive = false;
    };
  }, [onError]);

  const trainingAllowed = policy?.values.trainingPortal ?? true;
  const chosen: StartMode = trainingAllowed ? mode : 'portal';

  const finish = () => {
    setSaving(true);
    void api.invoke('app:onboarding:complete', { startMode: chosen }).then((result) => {
      setSaving(false);
      if (result.ok) onDone(result.value);
      else onError(result.error);
    });
  };

  const modes: readonly StartMode[] = ['training', 'portal'];
  return (
    <section className="screen first-run" aria-labelledby={headingId} data-testid="first-run">
      <div className="screen-intro">
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
          {t('firstRun.title')}
        </h1>
        <p className="lead">{t('firstRun.intro')}</p>
      </div>
      <form
        className="first-run-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!saving) finish();
        }}
      >
        <fieldset className="card first-run-group">
          <legend className="card-title">{t('firstRun.languageLegend')}</legend>
          <div className="choice-list">
            {LOCALES.map((l) => (
              <label key={l} className="choice" lang={HTML_LANG[l]}>
                <input
                  type="radio"
                  name="first-run-locale"
                  value={l}
                  checked={locale === l}
                  data-testid={`first-run-locale-${l}`}
                  onChange={() => onLocaleChange(l)}
                />
                <span className="choice-label">{LOCALE_NAMES[l]}</span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="card first-run-group">
          <legend className="card-title">{t('firstRun.startLegend')}</legend>
          <div className="choice-list choice-list--stacked">
            {modes.map((m) => {
              const disabled = m === 'training' && !trainingAllowed;
              const hintId = `${headingId}-${m}`;
              return (
                <label key={m} className={`choice choice--block${disabled ? ' is-disabled' : ''}`}>
                  <input
                    type="radio"
                    name="first-run-mode"
                    value={m}
                    checked={chosen === m}
                    disabled={disabled}
                    aria-describedby={hintId}
                    data-testid={`first-run-mode-${m}`}
                    onChange={() => setMode(m)}
                  />
                  <span className="choice-text">
                    <span className="choice-label">{t(`firstRun.start.${m}`)}</span>
                    <span className="hint" id={hintId}>
                      {disabled ? t('firstRun.trainingOff') : t(`firstRun.start.${m}Hint`)}
                    </span>
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>

        <section className="card first-run-group" aria-labelledby={policyId}>
          <h2 id={policyId} className="card-title">
            {t('firstRun.policyTitle')}
          </h2>
          {policy !== null && policy.source === null && (
            <p className="muted">{t('firstRun.policyNone')}</p>
          )}
          {policy !== null && (
            <dl className="policy-list" data-testid="first-run-policy">
              {policyRows(policy, i18n).map((row) => (
                <div key={row.field} className="policy-row" data-fixed={row.fixed}>
                  <dt>{row.label}</dt>
                  <dd>
                    <span className="policy-value">{row.value}</span>{' '}
                    <span className={`policy-badge${row.fixed ? ' is-fixed' : ''}`}>
                      {t(row.fixed ? 'firstRun.policyFixed' : 'firstRun.policyDefault')}
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>

        <div className="first-run-actions">
          <button
            type="submit"
            className="button button--primary button--large"
            data-testid="first-run-start"
            disabled={saving}
          >
            {saving ? t('firstRun.saving') : t('firstRun.continue')}
          </button>
        </div>
      </form>
    </section>
  );
}
