import type { AppError } from '../../../shared/contract';
import { useI18n } from '../i18n';
import { errorText } from './error-message';
import { AlertIcon, CloseIcon } from './Icons';

export function ErrorAlert({
  error,
  onDismiss,
  onHelp,
}: {
  readonly error: AppError;
  readonly onDismiss: () => void;
  /** Opens the help on this error: what happened, why, what to do (issue 9). */
  readonly onHelp?: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message, detail } = errorText(error, i18n);
  return (
    <div
      className="alert alert--error"
      role="alert"
      data-testid="error-alert"
      data-code={error.code}
    >
      <AlertIcon className="alert-icon" />
      <div className="alert-body">
        <p className="alert-title">{t('error.title')}</p>
        <p className="alert-message">{message}</p>
        {detail !== null && <p className="alert-detail">{detail}</p>}
        <p className="alert-code">{t('error.code', { code: error.code })}</p>
        {onHelp !== undefined && (
          <button
            type="button"
            className="button button--secondary alert-help"
            data-testid="error-help"
            onClick={onHelp}
          >
            {t('help.forError')}
          </button>
        )}
      </div>
      <button
        type="button"
        className="icon-button alert-dismiss"
        onClick={onDismiss}
        aria-label={t('error.dismiss')}
        title={t('error.dismiss')}
        data-testid="error-dismiss"
      >
        <CloseIcon />
      </button>
    </div>
  );
}
