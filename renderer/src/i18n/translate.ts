/** Pure message lookup, interpolation and plural selection (no React), so it can be unit-tested. */
import type { Dictionary, PluralKey, PluralMessage, TextKey } from './dictionary';

export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Replaces `{name}` with params[name]. Numbers are formatted with `formatNumber` (per locale);
 * an unknown placeholder is left as it is, so a missing value is visible, not silently blank.
 */
export function interpolate(
  template: string,
  params: Params | undefined,
  formatNumber: (value: number) => string,
): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

export function selectPlural(message: PluralMessage, category: Intl.LDMLPluralRule): string {
  // Serbian and English use only one/few/other; any other category falls back to `other`.
  if (category === 'one') return message.one;
  if (category === 'few') return message.few;
  return message.other;
}

export interface Translator {
  t(key: TextKey, params?: Params): string;
  /** Picks the plural form for `count` and fills `{count}` (formatted) and any other params. */
  tp(key: PluralKey, count: number, params?: Params): string;
}

export function createTranslator(
  dictionary: Dictionary,
  pluralRules: Intl.PluralRules,
  formatNumber: (value: number) => string,
): Translator {
  return {
    t(key, params) {
      return interpolate(dictionary[key], params, formatNumber);
    },
    tp(key, count, params) {
      const form = selectPlural(dictionary[key], pluralRules.select(count));
      return interpolate(form, { ...params, count }, formatNumber);
    },
  };
}
