import type { ReactNode } from 'react';
import type { AppError, Locale } from '../../../shared/contract';
import { useI18n } from '../i18n';
import { AboutButton } from './AboutDialog';
import { LogoMark } from './Icons';
import { LocaleSelect } from './LocaleSelect';

export function AppHeader({
  onLocaleChange,
  onError,
  actions,
}: {
  readonly onLocaleChange: (locale: Locale) => void;
  readonly onError: (error: AppError) => void;
  /** Buttons before the language switcher (Home, the portal connection, the register, Help). */
  readonly actions?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <LogoMark className="brand-mark" />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="header-actions">
        {actions}
        <LocaleSelect onChange={onLocaleChange} />
        <AboutButton onError={onError} />
      </div>
    </header>
  );
}
