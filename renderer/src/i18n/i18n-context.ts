import { createContext } from 'react';
import type { Locale } from '../../../shared/contract';
import type { Formatters } from './format';
import type { Translator } from './translate';

export interface I18n extends Translator {
  readonly locale: Locale;
  readonly format: Formatters;
  /** File sizes the way Windows Explorer shows them (1 KB = 1024 bytes): `12,4 MB`. */
  fileSize(bytes: number): string;
}

export const I18nContext = createContext<I18n | null>(null);
