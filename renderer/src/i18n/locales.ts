import type { Locale } from '../../../shared/contract';
import { LOCALES } from '../../../shared/contract';
import type { Dictionary } from './dictionary';
import { en } from './en';
import { srCyrl } from './sr-cyrl';
import { srLatn } from './sr-latn';

export const DEFAULT_LOCALE: Locale = 'sr-Cyrl';

export const DICTIONARIES: { readonly [L in Locale]: Dictionary } = {
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
  en,
};

/** BCP 47 tags for Intl: Serbian number and date conventions for Serbia, British English (day-month order). */
export const INTL_LOCALE: { readonly [L in Locale]: string } = {
  'sr-Cyrl': 'sr-Cyrl-RS',
  'sr-Latn': 'sr-Latn-RS',
  en: 'en-GB',
};

/** `<html lang>`: screen readers pick the voice (and script) from it. */
export const HTML_LANG: { readonly [L in Locale]: string } = {
  'sr-Cyrl': 'sr-Cyrl',
  'sr-Latn': 'sr-Latn',
  en: 'en',
};

/**
 * The switcher's option labels are each written in their own script and never translated:
 * a clerk who picked the wrong one must still recognise their own.
 */
export const LOCALE_NAMES: { readonly [L in Locale]: string } = {
  'sr-Cyrl': 'Ћирилица',
  'sr-Latn': 'Latinica',
  en: 'English',
};

export const SUPPORTED_LOCALES: readonly Locale[] = LOCALES;
