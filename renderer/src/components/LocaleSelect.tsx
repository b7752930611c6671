import { useId } from 'react';
import type { Locale } from '../../../shared/contract';
import { LOCALES } from '../../../shared/contract';
import { LOCALE_NAMES, useI18n } from '../i18n';
import { HTML_LANG } from '../i18n/locales';

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function LocaleSelect({ onChange }: { readonly onChange: (locale: Locale) => void }) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <div className="locale-switcher" data-testid="locale-switcher">
      <label htmlFor={id}>{t('locale.label')}</label>
      <select
        id={id}
        data-testid="locale-select"
        value={locale}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isLocale(value)) onChange(value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={HTML_LANG[l]}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
