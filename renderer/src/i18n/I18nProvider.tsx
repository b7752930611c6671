import { useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Locale } from '../../../shared/contract';
import { createI18n } from './create-i18n';
import { I18nContext } from './i18n-context';
import { HTML_LANG } from './locales';

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(locale), [locale]);

  useEffect(() => {
    document.documentElement.lang = HTML_LANG[locale];
    document.title = i18n.t('app.documentTitle');
  }, [locale, i18n]);

  return <I18nContext value={i18n}>{children}</I18nContext>;
}
