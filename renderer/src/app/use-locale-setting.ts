/**
 * The UI language: read from 'app:settings:get' at start, saved with 'app:settings:set'.
 * The app waits briefly for the stored choice so a clerk who works in Latin or English does not
 * see a flash of Cyrillic; if the backend is slow or failing, it starts in the default.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppError, Locale } from '../../../shared/contract';
import { LOCALES } from '../../../shared/contract';
import { api } from '../api';
import { DEFAULT_LOCALE } from '../i18n';

const SETTINGS_WAIT_MS = 1500;

interface LocaleState {
  readonly locale: Locale;
  readonly ready: boolean;
  readonly chosen: boolean;
}

export interface LocaleSetting {
  readonly locale: Locale;
  readonly ready: boolean;
  changeLocale(locale: Locale): void;
}

export function useLocaleSetting(onError: (error: AppError) => void): LocaleSetting {
  const [state, setState] = useState<LocaleState>({
    locale: DEFAULT_LOCALE,
    ready: false,
    chosen: false,
  });

  useEffect(() => {
    let alive = true;
    const timer = window.setTimeout(() => {
      if (alive) setState((s) => (s.ready ? s : { ...s, ready: true }));
    }, SETTINGS_WAIT_MS);
    void api.invoke('app:settings:get', {}).then((result) => {
      if (!alive) return;
      window.clearTimeout(timer);
      if (result.ok) {
        const stored = result.value.locale;
        const locale = (LOCALES as readonly string[]).includes(stored) ? stored : DEFAULT_LOCALE;
        // A choice the clerk made while we waited wins over the stored one.
        setState((s) =>
          s.chosen ? { ...s, ready: true } : { locale, ready: true, chosen: false },
        );
      } else {
        setState((s) => ({ ...s, ready: true }));
        onError(result.error);
      }
    });
    return () => {
      alive = false;
      window.clearTimeout(timer);
    };
  }, [onError]);

  const changeLocale = useCallback(
    (locale: Locale) => {
      setState({ locale, ready: true, chosen: true });
      void api.invoke('app:settings:set', { locale }).then((result) => {
        if (!result.ok) onError(result.error);
      });
    },
    [onError],
  );

  return { locale: state.locale, ready: state.ready, changeLocale };
}
