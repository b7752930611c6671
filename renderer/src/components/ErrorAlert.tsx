import type { AppError } from '../../../shared/contract';
import { useI18n } from '../i18n';
import { errorText } from './error-message';
import { AlertIcon, CloseIcon } from './Icons';

export function ErrorAlert({
  error,
  onDismiss,
}: {
  readonly error: AppError;
  readonly onDismiss: () => void;
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
