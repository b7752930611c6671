/**
 * Dictionary types. The Serbian Cyrillic dictionary (the default locale) defines the key set;
 * the other locales are typed from it, so a key missing from (or extra in) any locale is a
 * compile error.
 */
import type { ErrorCode } from '../../../shared/contract';
import type { srCyrl } from './sr-cyrl';

/** Plural forms used by Serbian (Intl.PluralRules 'sr': one, few, other). English uses one and other; its `few` repeats `other`. */
export interface PluralMessage {
  readonly one: string;
  readonly few: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

type Source = typeof srCyrl;
export type MessageKey = keyof Source;
/** Keys of simple messages: `t(key, params)`. */
export type TextKey = { [K in MessageKey]: Source[K] extends string ? K : never }[MessageKey];
/** Keys of plural messages: `tp(key, count, params)`; `{count}` is the formatted count. */
export type PluralKey = { [K in MessageKey]: Source[K] extends string ? never : K }[MessageKey];

export type Dictionary = {
  readonly [K in MessageKey]: Source[K] extends string ? string : PluralMessage;
};

/** Every error code of the contract has a message: a new code without one fails to compile. */
type MissingErrorMessages = Exclude<`error.${ErrorCode}`, TextKey>;
export const allErrorCodesHaveMessages: MissingErrorMessages extends never
  ? true
  : MissingErrorMessages = true;

/** Every error code has help: why it happened and what to do (messages/help.ts). */
type MissingErrorHelp = Exclude<
  `help.error.${ErrorCode}.why` | `help.error.${ErrorCode}.do`,
  TextKey
>;
export const allErrorCodesHaveHelp: MissingErrorHelp extends never ? true : MissingErrorHelp = true;
