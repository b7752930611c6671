/**
 * Step "Review and publish" (issue 7 §2, issue 9 §4): where it goes (data.gov.rs or Vežbaonica,
 * said plainly), what goes, the privacy report and whether the gate allows it, the metadata check
 * with the predicted quality score, the changes since the last publication, the beginning of the
 * file as it will be written, how the new file joins the dataset, one confirmation, progress with
 * Cancel, and the result with its links. Refused fields lead back to the Describe form.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { AppError, WorkbookSummary } from '../../../../shared/contract';
import type {
  PortalStatus,
  PublishCheck,
  PublishProgress,
  PublishResult,
  ResourcePolicyName,
} from '../../../../shared/contract/channels/portal';
import { predictQuality } from '../../../../shared/metadata/quality';
import type { PublicationMetadata } from '../../../../shared/metadata/types';
import { udataSlug } from '../../../../shared/metadata/udata-slug';
import { api, deliverExport, newJobId } from '../../api';
import { useI18n } from '../../i18n';
import { issueText, fieldLabel } from '../describe/issue-text';
import { QualityPreview } from '../describe/QualityPreview';
import { useFocusOnMount } from '../use-focus-on-mount';
import { ReviewChanges, ReviewFile, ReviewPrivacy, useReviewData } from './PublishReview';
import '../../styles/publish.css';

type Phase =
  | { readonly kind: 'ready' }
  | { readonly kind: 'running'; readonly jobId: string; readonly progress: PublishProgress | null }
  | { readonly kind: 'done'; readonly result: Extract<PublishResult, { kind: 'published' }> }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly fields: readonly string[] };

const PERIOD = /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/;

export function PublishScreen({
  workbook,
  status,
  ensurePublication,
  moveFocus,
  onBack,
  onFixField,
  onProtect,
  onOpenPortal,
  onOpenRegister,
  onError,
}: {
  readonly workbook: WorkbookSummary;
  readonly status: PortalStatus | null;
  readonly ensurePublication: () => Promise<string | null>;
  readonly moveFocus: boolean;
  readonly onBack: () => void;
  readonly onFixField: (field: string) => void;
  readonly onProtect: () => void;
  readonly onOpenPortal: () => void;
  readonly onOpenRegister: () => void;
  readonly onError: (error: AppError) => void;
}) {
  const i18n = useI18n();
  const { t, tp, format } = i18n;
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const titleId = useId();
  const [publicationId, setPublicationId] = useState<string | null>(null);
  const [check, setCheck] = useState<PublishCheck | null>(null);
  const [policy, setPolicy] = useState<ResourcePolicyName>('replace');
  const [period, setPeriod] = useState('');
  const [keepPrivate, setKeepPrivate] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' });
  const [metadata, setMetadata] = useState<PublicationMetadata | null>(null);
  // Bumped after a publication: the review then compares with the one just made.
  const [reviewGeneration, setReviewGeneration] = useState(0);
  const review = useReviewData(workbook.workbookId, publicationId, reviewGeneration, onError);
  const qualityTitleId = useId();
  const quality = useMemo(
    () =>
      metadata === null
        ? null
        : predictQuality(metadata, { withDictionary: metadata.dictionary.length > 0 }),
    [metadata],
  );

  const load = useCallback(
    async (id: string) => {
      // The metadata exists once Describe was opened; create it from the template if not.
      const metadata = await api.invoke('app:metadata:get', {
        publicationId: id,
        workbookId: workbook.workbookId,
      });
      if (!metadata.ok) {
        onError(metadata.error);
        return;
      }
      setMetadata(metadata.value.metadata);
      const result = await api.invoke('app:publish:check', {
        workbookId: workbook.workbookId,
        publicationId: id,
      });
      if (!result.ok) {
        onError(result.error);
        return;
      }
      setCheck(result.value);
      setPolicy(result.value.suggestedPolicy);
      setPeriod(result.value.suggestedPeriod);
    },
    [onError, workbook.workbookId],
  );

  useEffect(() => {
    let live = true;
    void ensurePublication().then((id) => {
      if (!live || id === null) return;
      setPublicationId(id);
      void load(id);
    });
    return () => {
      live = false;
    };
    // The portal may change on the Portal screen (training on/off): check again.
  }, [ensurePublication, load, status?.portalUrl, status?.connected]);

  useEffect(
    () =>
      api.subscribe('app:publish:progress', (progress) => {
        setPhase((p) =>
          p.kind === 'running' && p.jobId === progress.jobId ? { ...p, progress } : p,
        );
      }),
    [],
  );

  async function publish(): Promise<void> {
    if (publicationId === null || check === null) return;
    const jobId = newJobId();
    setPhase({ kind: 'running', jobId, progress: null });
    const result = await api.invoke('app:publish:run', {
      workbookId: workbook.workbookId,
      publicationId,
      jobId,
      options: {
        keepPrivate,
        resourcePolicy: policy,
        period: policy === 'per-period' ? period.trim() : null,
      },
    });
    if (result.ok) {
      const value = result.value;
      if (value.kind === 'published') {
        setPhase({ kind: 'done', result: value });
        // "Last published" now means this one.
        void load(publicationId);
        setReviewGeneration((g) => g + 1);
      } else {
        // The gate or the rules changed since the check: show why, nothing was sent.
        setCheck((c) =>
          c === null
            ? c
            : value.kind === 'blocked'
              ? { ...c, gate: value.gate }
              : { ...c, issues: value.issues },
        );
        setPhase({ kind: 'ready' });
      }
      return;
    }
    if (result.error.code === 'CANCELLED') {
      setPhase({ kind: 'cancelled' });
      return;
    }
    const fields = String(result.error.details?.['fields'] ?? '')
      .split(',')
      .filter((f) => f !== '');
    setPhase({ kind: 'failed', fields });
    onError(result.error);
  }

  function cancel(): void {
    if (phase.kind !== 'running') return;
    void api.invoke('app:publish:cancel', { jobId: phase.jobId });
  }

  const connected = check?.status.connected === true;
  const training = check?.status.training === true;
  const periodOk = policy === 'replace' || PERIOD.test(period.trim());
  const canPublish =
    check !== null &&
    connected &&
    check.gate.passed &&
    check.issues.length === 0 &&
    periodOk &&
    phase.kind !== 'running';
  const portalName = check?.status.portalUrl?.replace(/^https?:\/\//, '') ?? '';
  // The data file's name as publishing writes it (publish-service.ts).
  const base = udataSlug(metadata?.title ?? '') || 'otvori';
  const dataFileName =
    policy === 'per-period' && period.trim() !== ''
      ? `${base}-${udataSlug(period.trim())}.csv`
      : `${base}.csv`;

  return (
    <section
      className="screen publish-screen"
      data-testid="publish-screen"
      aria-labelledby={titleId}
    >
      <div className="publish-top">
        <div>
          <h1 id={titleId} ref={headingRef} tabIndex={-1} className="screen-title">
            {t('publish.title')}
          </h1>
          <p className="screen-intro">{workbook.fileName}</p>
          <p className="hint">{t('review.intro')}</p>
        </div>
        <button
          type="button"
          className="button button--secondary"
          data-testid="publish-back"
          onClick={onBack}
        >
          {t('publish.back')}
        </button>
      </div>

      {check === null ? (
        <p role="status">{t('publish.loading')}</p>
      ) : (
        <>
          <div
            className={`card publish-card ${training ? 'is-training' : ''}`}
            data-testid="publish-where"
          >
            <h2 className="small-title">{t('publish.where')}</h2>
            {!connected ? (
              <>
                <p>{t('publish.connectFirst')}</p>
                <button
                  type="button"
                  className="button button--primary"
                  data-testid="publish-open-portal"
                  onClick={onOpenPortal}
                >
                  {t('publish.openPortal')}
                </button>
              </>
            ) : training ? (
              <p>
                <span className="training-badge">{t('portal.trainingBadge')}</span>{' '}
                {t('publish.whereTraining', { url: check.status.portalUrl ?? '' })}
              </p>
            ) : (
              <p className="publish-strong">
                {t('publish.whereReal', { url: check.status.portalUrl ?? '' })}
              </p>
            )}
            {check.last !== null && (
              <p className="hint" data-testid="publish-last">
                {check.last.period === null
                  ? t('publish.last', { date: format.cellDate(check.last.at.slice(0, 10)) ?? '' })
                  : t('publish.lastPeriod', {
                      date: format.cellDate(check.last.at.slice(0, 10)) ?? '',
                      period: check.last.period,
                    })}
              </p>
            )}
          </div>

          <div className="card publish-card">
            <h2 className="small-title">{t('publish.what')}</h2>
            <p>
              {tp('publish.whatRows', check.rowCount, {
                columns: format.number(check.columnCount),
              })}
            </p>
          </div>

          <div
            className={`card publish-card ${check.gate.passed ? 'is-ok' : 'is-blocked'}`}
            data-testid="publish-gate"
            data-passed={check.gate.passed}
          >
            <h2 className="small-title">{t('publish.gateTitle')}</h2>
            {check.gate.passed ? (
              <p>{t('publish.gatePassed')}</p>
            ) : (
              <>
                <p className="publish-strong">{t('publish.gateBlocked')}</p>
                <ul className="publish-list">
                  {check.gate.blockers.map((blocker) => (
                    <li key={blocker.column}>
                      {t('publish.gateBlocker', {
                        column: blocker.column,
                        kinds: blocker.kinds.map((k) => t(`privacy.kind.${k}`)).join(', '),
                      })}
                    </li>
                  ))}
                </ul>
                <p>{t('publish.gateWhatToDo')}</p>
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid="publish-to-protect"
                  onClick={onProtect}
                >
                  {t('publish.toProtect')}
                </button>
              </>
            )}
            {review !== null && <ReviewPrivacy data={review} />}
          </div>

          <div
            className={`card publish-card ${check.issues.length === 0 ? 'is-ok' : 'is-blocked'}`}
            data-testid="publish-metadata"
          >
            <h2 className="small-title">{t('publish.metadataTitle')}</h2>
            {check.issues.length === 0 ? (
              <p>{t('publish.metadataOk')}</p>
            ) : (
              <>
                <p>{tp('publish.metadataIssues', check.issues.length)}</p>
                <ul className="publish-list">
                  {check.issues.map((issue) => (
                    <li key={`${issue.field}-${issue.code}`}>
                      {issueText(issue, null, i18n)}{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onFixField(issue.field)}
                      >
                        {t('publish.fix')}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {quality !== null && <QualityPreview report={quality} titleId={qualityTitleId} />}
          </div>

          {review === null ? (
            <p role="status">{t('review.loading')}</p>
          ) : (
            <>
              <ReviewChanges change={review.change} />
              <ReviewFile data={review} fileName={dataFileName} />
            </>
          )}

          {phase.kind === 'failed' && phase.fields.length > 0 && (
            <div className="card publish-card is-blocked" data-testid="publish-rejected">
              <p>{t('publish.rejectedFields')}</p>
              <ul className="publish-list">
                {phase.fields.map((field) => (
                  <li key={field}>
                    {fieldLabel(field, null, i18n)}{' '}
                    <button type="button" className="link-button" onClick={() => onFixField(field)}>
                      {t('publish.fix')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}

          {phase.kind === 'done' ? (
            <PublishDone
              result={phase.result}
              publicationId={publicationId}
              onOpenRegister={onOpenRegister}
              onError={onError}
            />
          ) : (
            <div className="card publish-card">
              <h2 className="small-title">{t('publish.optionsTitle')}</h2>
              <fieldset className="publish-radios" disabled={phase.kind === 'running'}>
                <legend>{t('publish.policy')}</legend>
                {(['replace', 'per-period'] as const).map((value) => (
                  <label key={value} className="checkbox">
                    <input
                      type="radio"
                      name="publish-policy"
                      value={value}
                      data-testid={`publish-policy-${value}`}
                      checked={policy === value}
                      onChange={() => setPolicy(value)}
                    />
                    {t(`publish.policy.${value}`)}
                  </label>
                ))}
                {policy === 'per-period' && (
                  <label className="publish-field publish-period">
                    <span>{t('publish.period')}</span>
                    <input
                      className="md-input"
                      type="text"
                      data-testid="publish-period"
                      value={period}
                      aria-invalid={!periodOk}
                      onChange={(e) => setPeriod(e.currentTarget.value)}
                    />
                  </label>
                )}
                <label className="checkbox">
                  <input
                    type="checkbox"
                    data-testid="publish-keep-private"
                    checked={keepPrivate}
                    onChange={(e) => setKeepPrivate(e.currentTarget.checked)}
                  />
                  {t('publish.keepPrivate')}
                </label>
              </fieldset>
              <div className="publish-actions">
                <button
                  type="button"
                  className="button button--primary button--large"
                  data-testid="publish-confirm"
                  disabled={!canPublish}
                  onClick={() => void publish()}
                >
                  {training
                    ? t('publish.confirmTraining')
                    : t('publish.confirm', { portal: portalName })}
                </button>
                {phase.kind === 'running' && (
                  <button
                    type="button"
                    className="button button--secondary"
                    data-testid="publish-cancel"
                    onClick={cancel}
                  >
                    {t('publish.cancel')}
                  </button>
                )}
              </div>
              {phase.kind === 'running' && <PublishRunning progress={phase.progress} />}
              {phase.kind === 'cancelled' && (
                <p role="status" data-testid="publish-cancelled">
                  {t('publish.cancelled')}
                </p>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

function PublishRunning({ progress }: { readonly progress: PublishProgress | null }) {
  const { t, fileSize } = useI18n();
  const step = progress?.step ?? 'prepare';
  const bytes =
    progress !== null && progress.totalBytes > 0 && progress.file !== null
      ? t('publish.bytes', {
          file: t(`publish.file.${progress.file}`),
          sent: fileSize(progress.sentBytes),
          total: fileSize(progress.totalBytes),
        })
      : null;
  const fraction =
    progress !== null && progress.totalBytes > 0 ? progress.sentBytes / progress.totalBytes : null;
  return (
    <div role="status" className="publish-progress" data-testid="publish-progress">
      <p>
        {t('publish.running')} {t(`publish.step.${step}`)}
      </p>
      {fraction !== null && (
        <div className="progress-bar" aria-hidden="true">
          <div className="progress-fill" style={{ width: `${Math.round(fraction * 100)}%` }} />
        </div>
      )}
      {bytes !== null && <p className="hint">{bytes}</p>}
    </div>
  );
}

function PublishDone({
  result,
  publicationId,
  onOpenRegister,
  onError,
}: {
  readonly result: Extract<PublishResult, { kind: 'published' }>;
  readonly publicationId: string | null;
  readonly onOpenRegister: () => void;
  readonly onError: (error: AppError) => void;
}) {
  const { t } = useI18n();
  const [jobFile, setJobFile] = useState<{ name: string; omitted: number } | null>(null);

  // The publication as one file for IT's scheduled `otvori publish` (README, command line).
  async function saveJobFile(): Promise<void> {
    if (publicationId === null) return;
    const result = await api.invoke('app:publication:export', { publicationId });
    if (!result.ok) return onError(result.error);
    const delivered = await deliverExport(result.value.outcome);
    if (!delivered.ok) return onError(delivered.error);
    if (delivered.value.kind !== 'cancelled') {
      setJobFile({ name: delivered.value.fileName, omitted: result.value.omittedSteps.length });
    }
  }

  return (
    <div
      className={`card publish-card is-ok ${result.training ? 'is-training' : ''}`}
      role="status"
      data-testid="publish-done"
    >
      <p className="publish-strong">
        {result.training ? t('publish.doneTraining') : t('publish.done')}
      </p>
      {result.private && <p>{t('publish.donePrivate')}</p>}
      {result.resumed && <p className="hint">{t('publish.resumed')}</p>}
      <ul className="publish-list">
        <li>
          <a href={result.datasetUrl} target="_blank" rel="noreferrer" data-testid="dataset-link">
            {t('publish.datasetLink')}
          </a>
        </li>
        {result.links.map((link) => (
          <li key={link.url}>
            <a href={link.url} target="_blank" rel="noreferrer">
              {link.title}
            </a>{' '}
            <span className="hint">({t(`publish.action.${link.action}`)})</span>
          </li>
        ))}
      </ul>
      <p className="hint publish-checksum">
        {t('publish.checksum', { sha1: result.checksumSha1 })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        data-testid="publish-to-register"
        onClick={onOpenRegister}
      >
        {t('publish.toRegister')}
      </button>{' '}
      <button
        type="button"
        className="button button--secondary"
        data-testid="publish-save-job"
        disabled={publicationId === null}
        onClick={() => void saveJobFile()}
      >
        {t('publish.saveJob')}
      </button>
      {jobFile !== null && (
        <p className="hint" role="status" data-testid="publish-job-saved">
          {t('publish.jobSaved', { name: jobFile.name })}
          {jobFile.omitted > 0 && ` ${t('publish.jobOmitted', { count: jobFile.omitted })}`}
        </p>
      )}
    </div>
  );
}
