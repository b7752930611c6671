/** Shown on every screen while publishing goes to Vežbaonica, so nobody takes it for data.gov.rs. */
import { useI18n } from '../../i18n';

export function TrainingBanner() {
  const { t } = useI18n();
  return (
    <div className="training-banner" role="note" data-testid="training-banner">
      <span className="training-badge">{t('portal.trainingBadge')}</span>
      <span>{t('portal.trainingBanner')}</span>
    </div>
  );
}
