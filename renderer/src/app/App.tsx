import { useCallback, useState } from 'react';
import type { AppError } from '../../../shared/contract';
import { I18nProvider } from '../i18n';
import { AppShell } from './AppShell';
import { Starting } from './Starting';
import { useLocaleSetting } from './use-locale-setting';
import { useOnboarding } from './use-onboarding';

export function App() {
  const [error, setError] = useState<AppError | null>(null);
  const reportError = useCallback((next: AppError) => setError(next), []);
  const dismissError = useCallback(() => setError(null), []);
  const setting = useLocaleSetting(reportError);
  const onboarding = useOnboarding(reportError);

  return (
    <I18nProvider locale={setting.locale}>
      {setting.ready && onboarding.ready ? (
        <AppShell
          error={error}
          onError={reportError}
          onDismissError={dismissError}
          onLocaleChange={setting.changeLocale}
          onboarding={onboarding}
        />
      ) : (
        <Starting />
      )}
    </I18nProvider>
  );
}
