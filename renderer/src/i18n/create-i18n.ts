import type { Locale } from '../../../shared/contract';
import { createFormatters } from './format';
import type { I18n } from './i18n-context';
import { DICTIONARIES, INTL_LOCALE } from './locales';
import { createTranslator } from './translate';

const KB = 1024;

export function createI18n(locale: Locale): I18n {
  const intlLocale = INTL_LOCALE[locale];
  const format = createFormatters(intlLocale);
  const translator = createTranslator(
    DICTIONARIES[locale],
    new Intl.PluralRules(intlLocale),
    format.number,
  );
  return {
    ...translator,
    locale,
    format,
    fileSize(bytes) {
      if (bytes < KB) return translator.tp('count.bytes', bytes);
      if (bytes < KB * KB)
        return translator.t('size.kilobytes', { value: format.decimal1(bytes / KB) });
      if (bytes < KB * KB * KB) {
        return translator.t('size.megabytes', { value: format.decimal1(bytes / (KB * KB)) });
      }
      return translator.t('size.gigabytes', { value: format.decimal1(bytes / (KB * KB * KB)) });
    },
  };
}
