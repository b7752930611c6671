import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AppError, AppInfo } from '../../../shared/contract';
import type { LoadedPolicy, PolicyField } from '../../../shared/policy/policy';
import { api } from '../api';
import { useI18n, type TextKey } from '../i18n';
import { CloseIcon } from './Icons';

interface AboutData {
  readonly info: AppInfo;
  readonly policy: LoadedPolicy;
}

const FIELD_LABELS: { readonly [F in PolicyField]: TextKey } = {
  portalUrl: 'about.field.portalUrl',
  allowedPortals: 'about.field.allowedPortals',
  organization: 'about.field.organization',
  proxy: 'about.field.proxy',
  updates: 'about.field.updates',
  updateUrl: 'about.field.updateUrl',
  trainingPortal: 'about.field.trainingPortal',
  defaultLocale: 'about.field.defaultLocale',
};

/** Fetched each time About opens: cheap, and always what the backend has now. */
function useAboutData(open: boolean, onError: (error: AppError) => void): AboutData | null {
  const [data, setData] = useState<AboutData | null>(null);
  useEffect(() => {
    if (!open) return;
    let alive = true;
    void Promise.all([api.invoke('app:app:info', {}), api.invoke('app:policy:get', {})]).then(
      ([info, policy]) => {
        if (!alive) return;
        if (!info.ok) onError(info.error);
        else if (!policy.ok) onError(policy.error);
        else setData({ info: info.value, policy: policy.value });
      },
    );
    return () => {
      alive = false;
    };
  }, [open, onError]);
  return data;
}

/**
 * About Otvori: version, build date, data folder, portal, and IT's policy (where it came from,
 * which settings IT fixed, and any part of it that could not be applied). A native modal
 * <dialog>: focus moves into it, Tab stays inside, Escape closes it, and focus returns to the
 * About button.
 */
export function AboutButton({ onError }: { readonly onError: (error: AppError) => void }) {
  const { t, format } = useI18n();
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const data = useAboutData(open, onError);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const close = useCallback(() => setOpen(false), []);

  const row = (label: string, value: string, testId: string) => (
    <div className="about-row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );

  return (
    <>
      <button
        type="button"
        className="button button--secondary about-button"
        data-testid="about-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('about.button')}
      </button>
      <dialog
        ref={dialogRef}
        className="about-dialog"
        aria-labelledby={titleId}
        data-testid="about-dialog"
        onClose={close}
      >
        <div className="about-header">
          <h2 id={titleId}>{t('about.title')}</h2>
          <button
            type="button"
            className="icon-button"
            onClick={close}
            aria-label={t('about.close')}
            title={t('about.close')}
            data-testid="about-close-icon"
          >
            <CloseIcon />
          </button>
        </div>
        {open && data === null && <p aria-live="polite">{t('app.loading')}</p>}
        {open && data !== null && (
          <>
            <dl className="about-list">
              {row(t('about.version'), data.info.version, 'about-version')}
              {row(
                t('about.buildDate'),
                (data.info.buildDate === undefined ? null : format.moment(data.info.buildDate)) ??
                  t('about.unknown'),
                'about-build-date',
              )}
              {row(t('about.dataDir'), data.info.dataDir, 'about-data-dir')}
              {row(t('about.portal'), data.policy.values.portalUrl, 'about-portal')}
            </dl>
            <h3>{t('about.policy')}</h3>
            <p data-testid="about-policy-source" className="about-path">
              {data.policy.source === null
                ? t('about.policyNone')
                : t('about.policySource', { path: data.policy.source })}
            </p>
            {data.policy.source !== null && (
              <>
                <p>{t('about.fixedTitle')}</p>
                {data.policy.fixed.length === 0 ? (
                  <p data-testid="about-fixed-none">{t('about.fixedNone')}</p>
                ) : (
                  <ul data-testid="about-fixed">
                    {data.policy.fixed.map((field) => (
                      <li key={field} data-field={field}>
                        {t(FIELD_LABELS[field])}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
            {data.policy.errors.length > 0 && (
              <div className="alert alert--error about-errors" data-testid="about-policy-errors">
                <p className="alert-title">{t('about.errorsTitle')}</p>
                {/* The messages are for IT, in English, naming the field at fault. */}
                <ul lang="en">
                  {data.policy.errors.map((problem, index) => (
                    <li key={index}>{problem.message}</li>
                  ))}
                </ul>
              </div>
            )}
            <p className="about-privacy">{t('about.privacy')}</p>
          </>
        )}
        <div className="about-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={close}
            data-testid="about-close"
          >
            {t('about.close')}
          </button>
        </div>
      </dialog>
    </>
  );
}
