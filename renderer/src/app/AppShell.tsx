import { useCallback, useEffect } from 'react';
import type { AppError, Locale, RecentFile } from '../../../shared/contract';
import { AppHeader } from '../components/AppHeader';
import { CleanScreen } from '../components/clean/CleanScreen';
import { PendingRecipeNotice } from '../components/clean/PendingRecipeNotice';
import { DescribeScreen } from '../components/describe/DescribeScreen';
import { ErrorAlert } from '../components/ErrorAlert';
import { JourneyStepper } from '../components/JourneyStepper';
import { OpenScreen } from '../components/OpenScreen';
import { PrivacyScreen } from '../components/privacy/PrivacyScreen';
import { ProgressPanel } from '../components/ProgressPanel';
import { TableScreen } from '../components/TableScreen';
import { useI18n } from '../i18n';
import { useWorkbookSession } from './use-workbook-session';

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
      <AppHeader onLocaleChange={onLocaleChange} onError={onError} />
      <JourneyStepper
        current={
          screen.kind === 'describe' || screen.kind === 'protect' || screen.kind === 'clean'
            ? screen.kind
            : screen.kind === 'table'
              ? 'view'
              : 'open'
        }
        reachable={
          screen.kind === 'table' ||
          screen.kind === 'clean' ||
          screen.kind === 'protect' ||
          screen.kind === 'describe'
            ? ['view', 'clean', 'protect', 'describe']
            : []
        }
        onSelect={(step) =>
          session.showStep(
            step === 'describe' || step === 'protect' || step === 'clean' ? step : 'table',
          )
        }
      />
      <main id="main" className="app-main" tabIndex={-1}>
        {error !== null && <ErrorAlert error={error} onDismiss={onDismissError} />}
        {screen.kind === 'open' && (
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
        {screen.kind === 'opening' && (
          <ProgressPanel job={screen.job} moveFocus={session.moveFocus} onCancel={session.cancel} />
        )}
        {screen.kind === 'table' && (
          <PendingRecipeNotice
            key={screen.workbook.workbookId}
            workbook={screen.workbook}
            onReview={() => session.showStep('clean')}
          />
        )}
        {screen.kind === 'table' && (
          <div className="step-next">
            <p className="hint" id="step-next-hint">
              {t('describe.nextHint')}
            </p>
            <button
              type="button"
              className="button button--primary"
              data-testid="clean-button"
              aria-describedby="step-next-hint"
              onClick={() => session.showStep('clean')}
            >
              {t('clean.next')}
            </button>
            <button
              type="button"
              className="button button--secondary"
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
        {screen.kind === 'clean' && (
          <CleanScreen
            key={screen.workbook.workbookId}
            workbook={screen.workbook}
            moveFocus={session.moveFocus}
            ensurePublication={session.ensurePublication}
            onBack={() => session.showStep('table')}
            onNext={() => session.showStep('protect')}
            onWorkbookChange={session.replaceWorkbook}
            onError={onError}
          />
        )}
        {screen.kind === 'protect' && (
          <PrivacyScreen
            key={screen.workbook.workbookId}
            workbook={screen.workbook}
            moveFocus={session.moveFocus}
            onBack={() => session.showStep('table')}
            onNext={() => session.showStep('describe')}
            onError={onError}
          />
        )}
        {screen.kind === 'describe' && (
          <DescribeScreen
            key={screen.workbook.workbookId}
            workbook={screen.workbook}
            ensurePublication={session.ensurePublication}
            moveFocus={session.moveFocus}
            onBack={() => session.showStep('table')}
            onError={onError}
          />
        )}
        {screen.kind === 'table' && (
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
