import { useCallback, useEffect, useState } from 'react';
import type { AppError, Locale, RecentFile } from '../../../shared/contract';
import { AppHeader } from '../components/AppHeader';
import { DescribeScreen } from '../components/describe/DescribeScreen';
import { ErrorAlert } from '../components/ErrorAlert';
import { JourneyStepper } from '../components/JourneyStepper';
import { OpenScreen } from '../components/OpenScreen';
import { PrivacyScreen } from '../components/privacy/PrivacyScreen';
import { PortalScreen } from '../components/publish/PortalScreen';
import { PublishScreen } from '../components/publish/PublishScreen';
import { RegisterScreen } from '../components/publish/RegisterScreen';
import { TrainingBanner } from '../components/publish/TrainingBanner';
import { ProgressPanel } from '../components/ProgressPanel';
import { TableScreen } from '../components/TableScreen';
import { useI18n } from '../i18n';
import { usePortalStatus } from './use-portal-status';
import { useWorkbookSession } from './use-workbook-session';

/** App-wide places that cover the journey's screen until closed (the journey keeps its state). */
type Place = 'portal' | 'register' | null;

export interface AppShellProps {
  readonly error: AppError | null;
  readonly onError: (error: AppError) => void;
  readonly onDismissError: () => void;
  readonly onLocaleChange: (locale: Locale) => void;
}

/** A file dropped outside the drop zone must not make the browser navigate away from Otvori. */
function useNoStrayDrops(): void {
  useEffect(() => {
    const block = (event: DragEvent) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'none';
    };
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);
}

export function AppShell({ error, onError, onDismissError, onLocaleChange }: AppShellProps) {
  const { t } = useI18n();
  const session = useWorkbookSession(onError);
  const { screen } = session;
  useNoStrayDrops();
  const portal = usePortalStatus(onError);
  const [place, setPlace] = useState<Place>(null);
  const [placeChanges, setPlaceChanges] = useState(0);
  // A field the Publish step sends the clerk back to fix in Describe.
  const [fixField, setFixField] = useState<string | null>(null);
  const openPlace = useCallback((next: Place) => {
    setPlace(next);
    setPlaceChanges((n) => n + 1);
  }, []);

  // A new attempt clears the message about the previous one.
  const openPicked = useCallback(
    (input: HTMLInputElement | null) => {
      onDismissError();
      session.openPicked(input);
    },
    [onDismissError, session],
  );
  const openLocalFile = useCallback(
    (file: File) => {
      onDismissError();
      session.openLocalFile(file);
    },
    [onDismissError, session],
  );
  const openSample = useCallback(() => {
    onDismissError();
    session.openSample();
  }, [onDismissError, session]);
  const openRecent = useCallback(
    (item: RecentFile) => {
      onDismissError();
      session.openRecent(item);
    },
    [onDismissError, session],
  );

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader
        onLocaleChange={onLocaleChange}
        onError={onError}
        actions={
          <>
            <button
              type="button"
              className="button button--secondary"
              data-testid="portal-button"
              aria-pressed={place === 'portal'}
              onClick={() => openPlace(place === 'portal' ? null : 'portal')}
            >
              {t('portal.button')}
              {portal.status?.training === true && (
                <span className="training-badge">{t('portal.trainingBadge')}</span>
              )}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-testid="register-button"
              aria-pressed={place === 'register'}
              onClick={() => openPlace(place === 'register' ? null : 'register')}
            >
              {t('register.button')}
            </button>
          </>
        }
      />
      {portal.status?.training === true && <TrainingBanner />}
      <JourneyStepper
        current={
          screen.kind === 'describe' || screen.kind === 'protect' || screen.kind === 'publish'
            ? screen.kind
            : screen.kind === 'table'
              ? 'view'
              : 'open'
        }
        reachable={
          screen.kind === 'table' ||
          screen.kind === 'protect' ||
          screen.kind === 'describe' ||
          screen.kind === 'publish'
            ? ['view', 'protect', 'describe', 'publish']
            : []
        }
        onSelect={(step) => {
          setPlace(null);
          setFixField(null);
          session.showStep(
            step === 'describe' || step === 'protect' || step === 'publish' ? step : 'table',
          );
        }}
      />
      <main id="main" className="app-main" tabIndex={-1}>
        {error !== null && <ErrorAlert error={error} onDismiss={onDismissError} />}
        {place === 'portal' && portal.status !== null && (
          <PortalScreen
            status={portal.status}
            onStatus={portal.setStatus}
            moveFocus={placeChanges > 0}
            onBack={() => openPlace(null)}
            onError={onError}
          />
        )}
        {place === 'register' && (
          <RegisterScreen
            training={portal.status?.training === true}
            moveFocus={placeChanges > 0}
            onBack={() => openPlace(null)}
            onError={onError}
          />
        )}
        {place === null && screen.kind === 'open' && (
          <OpenScreen
            moveFocus={session.moveFocus}
            notice={session.notice}
            onPick={openPicked}
            onFile={openLocalFile}
            onSample={openSample}
            onRecent={openRecent}
            onError={onError}
          />
        )}
        {place === null && screen.kind === 'opening' && (
          <ProgressPanel job={screen.job} moveFocus={session.moveFocus} onCancel={session.cancel} />
        )}
        {place === null && screen.kind === 'table' && (
          <div className="step-next">
            <p className="hint" id="step-next-hint">
              {t('describe.nextHint')}
            </p>
            <button
              type="button"
              className="button button--primary"
              data-testid="privacy-button"
              aria-describedby="step-next-hint"
              onClick={() => session.showStep('protect')}
            >
              {t('privacy.next')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              data-testid="describe-button"
              aria-describedby="step-next-hint"
              onClick={() => session.showStep('describe')}
            >
              {t('describe.next')}
            </button>
          </div>
        )}
        {place === null && screen.kind === 'protect' && (
          <PrivacyScreen
            key={screen.workbook.workbookId}
            workbook={screen.workbook}
            moveFocus={session.moveFocus}
            onBack={() => session.showStep('table')}
            onNext={() => session.showStep('describe')}
            onError={onError}
          />
        )}
        {place === null && screen.kind === 'describe' && (
          <DescribeScreen
            key={`${screen.workbook.workbookId}-${fixField ?? ''}`}
            workbook={screen.workbook}
            ensurePublication={session.ensurePublication}
            moveFocus={session.moveFocus}
            onBack={() => session.showStep('table')}
            onError={onError}
            onNext={() => {
              setFixField(null);
              session.showStep('publish');
            }}
            focusField={fixField}
            organizations={portal.status?.organizations ?? []}
          />
        )}
        {place === null && screen.kind === 'publish' && (
          <PublishScreen
            key={screen.workbook.workbookId}
            workbook={screen.workbook}
            status={portal.status}
            ensurePublication={session.ensurePublication}
            moveFocus={session.moveFocus}
            onBack={() => session.showStep('describe')}
            onFixField={(field) => {
              setFixField(field);
              session.showStep('describe');
            }}
            onProtect={() => session.showStep('protect')}
            onOpenPortal={() => openPlace('portal')}
            onOpenRegister={() => openPlace('register')}
            onError={onError}
          />
        )}
        {place === null && screen.kind === 'table' && (
          <TableScreen
            workbook={screen.workbook}
            moveFocus={session.moveFocus}
            onClose={() => session.close(screen.workbook.workbookId)}
            onError={onError}
            ensurePublication={session.ensurePublication}
            onWorkbookChange={session.replaceWorkbook}
          />
        )}
      </main>
    </div>
  );
}
