import type { Locale } from '../../../shared/contract';
import { useI18n } from '../i18n';
import { LogoMark } from './Icons';
import { LocaleSelect } from './LocaleSelect';

export function AppHeader({
  onLocaleChange,
}: {
  readonly onLocaleChange: (locale: Locale) => void;
}) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <LogoMark className="brand-mark" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <LocaleSelect onChange={onLocaleChange} />
    </header>
  );
}
