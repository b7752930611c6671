/**
 * Step "Describe" (issue 6): the dataset's metadata form with the quality preview beside it and
 * the column dictionary in a second tab; the office defaults in a panel. Drafts autosave; the
 * "Check" button shows every problem at the top and moves focus to the first field to fix.
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { AppError, WorkbookSummary } from '../../../../shared/contract';
import type { PortalOrganizationInfo } from '../../../../shared/contract/channels/portal';
import { predictQuality } from '../../../../shared/metadata/quality';
import type { OfficeTemplate } from '../../../../shared/metadata/types';
import { useI18n } from '../../i18n';
import { CheckIcon } from '../Icons';
import { useFocusOnMount } from '../use-focus-on-mount';
import { DictionaryEditor } from './DictionaryEditor';
import { ErrorSummary } from './ErrorSummary';
import { dictionaryField, fieldId } from './field-ids';
import { issueText } from './issue-text';
import { MetadataForm } from './MetadataForm';
import { OfficeDefaultsPanel } from './OfficeDefaultsPanel';
import { QualityPreview } from './QualityPreview';
import { useMetadataDraft } from './use-metadata-draft';
import '../../styles/describe.css';

type Tab = 'form' | 'dictionary';
const TABS: readonly Tab[] = ['form', 'dictionary'];

export function DescribeScreen({
  workbook,
  ensurePublication,
  moveFocus,
  onBack,
  onError,
  onNext,
  focusField: initialFocus = null,
  organizations = [],
}: {
  readonly workbook: WorkbookSummary;
  readonly ensurePublication: () => Promise<string | null>;
  readonly moveFocus: boolean;
  readonly onBack: () => void;
  readonly onError: (error: AppError) => void;
  /** The next step (Publish), after the draft is saved. */
  readonly onNext?: () => void;
  /** A field to fix, named by the Publish step (a refused or invalid field): shown and focused. */
  readonly focusField?: string | null;
  /** The connected account's organizations (issue 6 §1: the organization comes from the portal). */
  readonly organizations?: readonly PortalOrganizationInfo[];
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const titleId = useId();
  const [publicationId, setPublicationId] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('form');
  const [showErrors, setShowErrors] = useState(false);
  const [checkedOk, setCheckedOk] = useState(false);
  const [defaultsOpen, setDefaultsOpen] = useState(false);
  const pendingFocus = useRef<string | null>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ form: null, dictionary: null });

  useEffect(() => {
    let live = true;
    void ensurePublication().then((id) => {
      if (live) setPublicationId(id);
    });
    return () => {
      live = false;
    };
  }, [ensurePublication]);

  const draft = useMetadataDraft(publicationId, workbook.workbookId, onError);
  const { metadata, issues, lists } = draft;
  const report = useMemo(
    () =>
      metadata === null
        ? null
        : predictQuality(metadata, { withDictionary: metadata.dictionary.length > 0 }),
    [metadata],
  );

  const errorOf = useCallback(
    (field: string) => {
      if (!showErrors) return null;
      const issue = issues.find((i) => i.field === field);
      return issue === undefined ? null : issueText(issue, metadata, i18n);
    },
    [i18n, issues, metadata, showErrors],
  );

  // Focus waits for the field to exist: a dictionary field appears only after switching tabs.
  const focusField = useCallback((field: string): boolean => {
    const target = document.getElementById(fieldId(field));
    if (target === null) return false;
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
    return true;
  }, []);

  useEffect(() => {
    const field = pendingFocus.current;
    if (field !== null && focusField(field)) pendingFocus.current = null;
  }, [focusField, tab, metadata]);

  const goTo = useCallback(
    (field: string) => {
      const wanted: Tab = dictionaryField(field) === null ? 'form' : 'dictionary';
      if (wanted === tab && focusField(field)) return;
      pendingFocus.current = field;
      setTab(wanted);
    },
    [focusField, tab],
  );

  // Sent back from Publish to fix a field: show the problems and focus it once the form is there.
  const focusedInitial = useRef(false);
  useEffect(() => {
    if (initialFocus === null || metadata === null || focusedInitial.current) return;
    focusedInitial.current = true;
    setShowErrors(true);
    goTo(initialFocus);
  }, [goTo, initialFocus, metadata]);

  // One organization the account may publish for: that is the one (issue 6 §1), also when the
  // draft names another (the office template, or the other portal while training is switched).
  const allowedOrgs = useMemo(() => organizations.filter((org) => org.allowed), [organizations]);
  const onlyOrg = allowedOrgs.length === 1 ? allowedOrgs[0] : undefined;
  const organizationId = metadata?.organization.id;
  useEffect(() => {
    if (onlyOrg === undefined || organizationId === undefined || organizationId === onlyOrg.id)
      return;
    draft.update((m) => ({ ...m, organization: { id: onlyOrg.id, name: onlyOrg.name } }));
  }, [draft, onlyOrg, organizationId]);

  async function next(): Promise<void> {
    if ((await draft.flush()) === null) return;
    onNext?.();
  }

  async function check(): Promise<void> {
    const found = await draft.flush();
    if (found === null) return;
    setShowErrors(true);
    setCheckedOk(found.length === 0);
    const first = found[0];
    if (first !== undefined) goTo(first.field);
  }

  function applyTemplate(template: OfficeTemplate): void {
    draft.update((m) => ({
      ...m,
      organization: template.organization,
      license: template.license,
      frequency: template.frequency,
      spatialGranularity: template.spatialGranularity,
      contact: template.contact,
      tags: [...new Set([...m.tags, ...template.tags])],
    }));
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>): void {
    const index = TABS.indexOf(tab);
    let next: Tab | undefined;
    if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(index + TABS.length - 1) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  }

  const visibleIssues = showErrors ? issues : [];
  const listsNote =
    lists === null
      ? null
      : lists.licenses.fetchedAt === null
        ? t('metadata.listsShipped')
        : t('metadata.listsFetched', {
            date: format.cellDate(lists.licenses.fetchedAt.slice(0, 10)) ?? '',
          });

  return (
    <section className="screen describe" data-testid="describe-screen" aria-labelledby={titleId}>
      <div className="describe-top">
        <div>
          <h1 id={titleId} ref={headingRef} tabIndex={-1} className="screen-title">
            {t('describe.title')}
          </h1>
          <p className="screen-intro describe-file">{workbook.fileName}</p>
          <p className="screen-intro">{t('describe.intro')}</p>
        </div>
        <div className="md-toolbar">
          <button
            type="button"
            className="button button--secondary"
            data-testid="describe-back"
            onClick={onBack}
          >
            {t('describe.back')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="office-defaults-button"
            aria-expanded={defaultsOpen}
            aria-controls="md-defaults"
            disabled={lists === null}
            onClick={() => setDefaultsOpen((open) => !open)}
          >
            {t('template.open')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="describe-check"
            disabled={metadata === null}
            onClick={() => void check()}
          >
            {t('describe.check')}
          </button>
          {onNext !== undefined && (
            <button
              type="button"
              className="button button--primary"
              data-testid="describe-next-publish"
              disabled={metadata === null}
              onClick={() => void next()}
            >
              {t('publish.next')}
            </button>
          )}
          {report !== null && (
            // On narrow windows the rating sits below the form: a link to it keeps it one step away.
            <a
              className="md-score-compact"
              data-testid="quality-score-compact"
              href="#md-quality-title"
              onClick={(event) => {
                // The URL fragment belongs to the web host's launch token: move focus instead.
                event.preventDefault();
                document.getElementById('md-quality-title')?.focus();
              }}
            >
              {t('quality.score', { percent: report.percent })}
            </a>
          )}
          <p
            className="md-save-status"
            role="status"
            data-testid="save-status"
            data-saving={draft.saving}
          >
            {metadata === null ? '' : draft.saving ? t('describe.saving') : t('describe.saved')}
          </p>
        </div>
      </div>

      {visibleIssues.length > 0 && (
        <ErrorSummary issues={visibleIssues} metadata={metadata} onGoTo={goTo} />
      )}
      {showErrors && checkedOk && issues.length === 0 && (
        <p className="alert md-ok" role="status" data-testid="describe-ok">
          <CheckIcon className="alert-icon" />
          {t('describe.checkOk')}
        </p>
      )}

      <div id="md-defaults">
        {defaultsOpen && lists !== null && (
          <OfficeDefaultsPanel
            lists={lists}
            onApply={applyTemplate}
            onClose={() => setDefaultsOpen(false)}
            onError={onError}
          />
        )}
      </div>

      {metadata === null || lists === null || report === null || publicationId === null ? (
        <p role="status">{t('describe.loading')}</p>
      ) : (
        <div className="md-layout">
          <div className="md-main">
            <div className="md-tabs" role="tablist" aria-label={t('describe.tabs')}>
              {TABS.map((id) => (
                <button
                  key={id}
                  ref={(el) => {
                    tabRefs.current[id] = el;
                  }}
                  type="button"
                  role="tab"
                  id={`md-tab-${id}`}
                  className="md-tab"
                  aria-selected={tab === id}
                  aria-controls={`md-panel-${id}`}
                  tabIndex={tab === id ? 0 : -1}
                  data-testid={`describe-tab-${id}`}
                  onClick={() => setTab(id)}
                  onKeyDown={onTabKey}
                >
                  {t(id === 'form' ? 'describe.tab.form' : 'describe.tab.dictionary')}
                </button>
              ))}
            </div>
            <div
              role="tabpanel"
              id={`md-panel-${tab}`}
              aria-labelledby={`md-tab-${tab}`}
              className="md-panel"
            >
              {tab === 'form' ? (
                <MetadataForm
                  metadata={metadata}
                  lists={lists}
                  coverageProposal={draft.coverageProposal}
                  update={draft.update}
                  errorOf={errorOf}
                  organizations={allowedOrgs}
                />
              ) : (
                <DictionaryEditor
                  publicationId={publicationId}
                  metadata={metadata}
                  update={draft.update}
                  errorOf={errorOf}
                  flush={draft.flush}
                  onError={onError}
                />
              )}
              {listsNote !== null && <p className="hint md-lists-note">{listsNote}</p>}
            </div>
          </div>
          <QualityPreview report={report} />
        </div>
      )}
    </section>
  );
}
