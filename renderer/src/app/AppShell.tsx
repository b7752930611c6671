import { useCallback, useEffect, useState } from 'react';
import type { AppError, Locale, RecentFile } from '../../../shared/contract';
import type { PublicationOverview } from '../../../shared/contract/channels/home';
import { AppHeader } from '../components/AppHeader';
import { CleanScreen } from '../components/clean/CleanScreen';
import { PendingRecipeNotice } from '../components/clean/PendingRecipeNotice';
import { DescribeScreen } from '../components/describe/DescribeScreen';
import { ErrorAlert } from '../components/ErrorAlert';
import { FirstRunScreen } from '../components/first-run/FirstRunScreen';
import { HelpDialog } from '../components/help/HelpDialog';
import type { HelpTopic } from '../components/help/help-topics';
import { HomeScreen } from '../components/home/HomeScreen';
import { JourneyStepper } from '../components/JourneyStepper';
import { OpenScreen } from '../components/OpenScreen';
import { PrivacyScreen } from '../components/privacy/PrivacyScreen';
import { PortalScreen } from '../components/publish/PortalScreen';
import { PublishScreen } from '../components/publish/PublishScreen';
import { RegisterScreen } from '../components/publish/RegisterScreen';
import { TrainingBanner } from '../components/publish/TrainingBanner';
import { ProgressPanel } from '../components/ProgressPanel';
import { TableScreen } from '../components/TableScreen';
import { api } from '../api';
import { useI18n } from '../i18n';
import type { StepId } from './journey';
import type { Onboarding } from './use-onboarding';
import { usePortalStatus } from './use-portal-status';
import { useStepTodo } from './use-step-todo';
import { useWorkbookSession } from './use-workbook-session';

export interface AppShellProps {
  readonly error: AppError | null;
  readonly onError: (error: AppError) => void;
  readonly onDismissError: () => void;
  readonly onLocaleChange: (locale: Locale) => void;
  readonly onboarding: Onboarding;
}

/**
 * Where the clerk is: the first run, Home, the journey of the open workbook, or an app-wide place
 * (the portal connection, the register) that covers the journey until closed; the journey keeps
 * its state meanwhile.
 */
type Place = 'first-run' | 'home' | 'journey' | 'portal' | 'register';

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

export function AppShell({
  error,
  onError,
  onDismissError,
  onLocaleChange,
  onboarding,
}: AppShellProps) {
  const { t } = useI18n();
  const [place, setPlace] = useState<{ where: Place; moves: number }>({
    where: onboarding.landing === 'open' ? 'journey' : onboarding.landing,
    moves: 0,
  });
  /** The publication chosen on Home: the next file opened belongs to it. */
  const [target, setTarget] = useState<PublicationOverview | null>(null);
  const [help, setHelp] = useState<HelpTopic | null>(null);
  const session = useWorkbookSession(onError, target?.id ?? null);
  const { screen } = session;
  useNoStrayDrops();
  const portal = usePortalStatus(onError);
  // A field the Publish step sends the clerk back to fix in Describe.
  const [fixField, setFixField] = useState<string | null>(null);
  const go = useCallback((where: Place) => setPlace((p) => ({ where, moves: p.moves + 1 })), []);
  const moveFocus = session.moveFocus || place.moves > 0;
  const openWorkbook =
    screen.kind === 'table' ||
    screen.kind === 'clean' ||
    screen.kind === 'protect' ||
    screen.kind === 'describe' ||
    screen.kind === 'publish'
      ? screen.workbook
      : null;
  const currentStep: StepId =
    screen.kind === 'describe' ||
    screen.kind === 'protect' ||
    screen.kind === 'publish' ||
    screen.kind === 'clean'
      ? screen.kind
      : screen.kind === 'table'
        ? 'view'
        : 'open';
  const todo = useStepTodo(
    currentStep,
    openWorkbook?.workbookId ?? null,
    session.publicationId,
    screen,
  );

  /** From Home: a fresh open screen, for a publication or for a new one. */
  const startJourney = useCallback(
    (publication: PublicationOverview | null) => {
      onDismissError();
      setTarget(publication);
      if (openWorkbook !== null) session.close(openWorkbook.workbookId);
      go('journey');
    },
    [go, onDismissError, openWorkbook, session],
  );
  const startRehearsal = useCallback(() => {
    setHelp(null);
    startJourney(null);
    session.openSample();
  }, [session, startJourney]);

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
            {place.where !== 'first-run' && (
              <>
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid="home-button"
                  aria-current={place.where === 'home' ? 'page' : undefined}
                  onClick={() => go('home')}
                >
                  {t('home.nav')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid="portal-button"
                  aria-current={place.where === 'portal' ? 'page' : undefined}
                  onClick={() => go(place.where === 'portal' ? 'journey' : 'portal')}
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
                  aria-current={place.where === 'register' ? 'page' : undefined}
                  onClick={() => go(place.where === 'register' ? 'journey' : 'register')}
                >
                  {t('register.button')}
                </button>
              </>
            )}
            <button
              type="button"
              className="button button--secondary"
              data-testid="help-button"
              aria-haspopup="dialog"
              onClick={() =>
                setHelp(
                  place.where === 'journey'
                    ? { section: 'steps', step: currentStep }
                    : { section: 'glossary' },
                )
              }
            >
              {t('help.button')}
            </button>
          </>
        }
      />
      {portal.status?.training === true && <TrainingBanner />}
      <HelpDialog
        topic={help}
        onNavigate={setHelp}
        onClose={() => setHelp(null)}
        onStartRehearsal={startRehearsal}
      />
      {place.where === 'journey' && (
        <JourneyStepper
          current={currentStep}
          todo={todo}
          onHelp={() => setHelp({ section: 'steps', step: currentStep })}
          reachable={
            openWorkbook !== null ? ['view', 'clean', 'protect', 'describe', 'publish'] : []
          }
          onSelect={(step) => {
            setFixField(null);
            session.showStep(
              step === 'describe' || step === 'protect' || step === 'publish' || step === 'clean'
                ? step
                : 'table',
            );
          }}
        />
      )}
      <main id="main" className="app-main" tabIndex={-1}>
        {error !== null && (
          <ErrorAlert
            error={error}
            onDismiss={onDismissError}
            onHelp={() => setHelp({ section: 'errors', code: error.code })}
          />
        )}
        {place.where === 'first-run' && (
          <FirstRunScreen
            onLocaleChange={onLocaleChange}
            onError={onError}
            onDone={(state) => {
              onboarding.completed(state);
              // The choice turns the training portal on or off; IT's policy may refuse "on".
              void api
                .invoke('app:portal:training', { enabled: state.startMode !== 'portal' })
                .then((result) => {
                  if (result.ok) portal.setStatus(result.value);
                });
              // "Connect to data.gov.rs" leads to the connection screen; training starts at Home.
              go(state.startMode === 'portal' ? 'portal' : 'home');
            }}
          />
        )}
        {place.where === 'home' && (
          <HomeScreen
            moveFocus={moveFocus}
            openFileName={openWorkbook?.fileName ?? null}
            onNew={() => startJourney(null)}
            onContinueOpen={() => go('journey')}
            onOpenFor={(item) => startJourney(item)}
            onError={onError}
          />
        )}
        {place.where === 'portal' && portal.status !== null && (
          <PortalScreen
            status={portal.status}
            onStatus={portal.setStatus}
            moveFocus={moveFocus}
            onBack={() => go('journey')}
            onError={onError}
          />
        )}
        {place.where === 'register' && (
          <RegisterScreen
            training={portal.status?.training === true}
            moveFocus={moveFocus}
            onBack={() => go('journey')}
            onError={onError}
          />
        )}
        {/* Kept mounted under Home, Portal and Register, so nothing in progress is lost. */}
        <div className="journey-screens" hidden={place.where !== 'journey'}>
          {target !== null && screen.kind === 'open' && (
            <p className="notice" role="status" data-testid="home-target">
              {t('home.target', { title: target.title })}
            </p>
          )}
          {screen.kind === 'open' && (
            <OpenScreen
              moveFocus={moveFocus}
              notice={session.notice}
              onPick={openPicked}
              onFile={openLocalFile}
              onSample={openSample}
              onRecent={openRecent}
              onError={onError}
            />
          )}
          {screen.kind === 'opening' && (
            <ProgressPanel job={screen.job} moveFocus={moveFocus} onCancel={session.cancel} />
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
              moveFocus={moveFocus}
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
              moveFocus={moveFocus}
              onBack={() => session.showStep('table')}
              onNext={() => session.showStep('describe')}
              onError={onError}
              ensurePublication={session.ensurePublication}
              onWorkbookChange={session.replaceWorkbook}
            />
          )}
          {screen.kind === 'describe' && (
            <DescribeScreen
              key={`${screen.workbook.workbookId}-${fixField ?? ''}`}
              workbook={screen.workbook}
              ensurePublication={session.ensurePublication}
              moveFocus={moveFocus}
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
          {screen.kind === 'publish' && (
            <PublishScreen
              key={screen.workbook.workbookId}
              workbook={screen.workbook}
              status={portal.status}
              ensurePublication={session.ensurePublication}
              moveFocus={moveFocus}
              onBack={() => session.showStep('describe')}
              onFixField={(field) => {
                setFixField(field);
                session.showStep('describe');
              }}
              onProtect={() => session.showStep('protect')}
              onOpenPortal={() => go('portal')}
              onOpenRegister={() => go('register')}
              onError={onError}
            />
          )}
          {screen.kind === 'table' && (
            <TableScreen
              workbook={screen.workbook}
              moveFocus={moveFocus}
              onClose={() => session.close(screen.workbook.workbookId)}
              onError={onError}
              ensurePublication={session.ensurePublication}
              onWorkbookChange={session.replaceWorkbook}
            />
          )}
        </div>
      </main>
    </div>
  );
}
