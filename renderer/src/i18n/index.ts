export { I18nProvider } from './I18nProvider';
export { useI18n } from './use-i18n';
export type { I18n } from './i18n-context';
export type { TextKey, PluralKey } from './dictionary';
export { DEFAULT_LOCALE, LOCALE_NAMES, SUPPORTED_LOCALES } from './locales';
