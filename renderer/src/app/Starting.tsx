import { useI18n } from '../i18n';

/** Shown for the moment the stored language is being read (at most a second and a half). */
export function Starting() {
  const { t } = useI18n();
  return (
    <div className="starting" aria-busy="true">
      <p className="muted">{t('app.loading')}</p>
    </div>
  );
}
