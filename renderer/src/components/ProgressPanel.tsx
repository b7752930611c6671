import { useId } from 'react';
import type { OpeningJob } from '../app/use-workbook-session';
import { useI18n } from '../i18n';
import { FilePreview } from './FilePreview';
import { CheckIcon, ClockIcon } from './Icons';
import { PHASE_UNIT, jobPhases, overallPercent, phaseState, remainingMs } from './progress-model';
import { useFocusOnMount } from './use-focus-on-mount';
import { useNow } from './use-now';

export function ProgressPanel({
  job,
  moveFocus,
  onCancel,
}: {
  readonly job: OpeningJob;
  readonly moveFocus: boolean;
  readonly onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const headingId = useId();
  const now = useNow(500);
  const percent = overallPercent(job);
  const remaining = remainingMs(percent, now - job.startedAt);
  const phaseLabel = t(`progress.phase.${job.phase}`);

  let counts: string | null = null;
  if (job.phase !== 'done' && (job.done > 0 || job.total > 0)) {
    const bytes = PHASE_UNIT[job.phase] === 'bytes';
    const done = bytes ? i18n.fileSize(job.done) : format.number(job.done);
    if (job.total > 0) {
      const total = bytes ? i18n.fileSize(job.total) : format.number(job.total);
      counts = t(bytes ? 'progress.bytesOf' : 'progress.rowsOf', { done, total });
    } else {
      counts = t(bytes ? 'progress.bytesDone' : 'progress.rowsDone', { done });
    }
  }

  return (
    <section
      className="screen progress-panel"
      data-testid="progress-panel"
      aria-labelledby={headingId}
    >
      <h1 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
        {t('progress.title')}
      </h1>
      <p className="progress-file">{job.fileName ?? t('progress.sampleName')}</p>

      <div className="card progress-card">
        <ol className="phase-list" aria-label={t('progress.phasesLabel')}>
          {jobPhases(job).map((phase) => {
            const state = phaseState(phase, job);
            return (
              <li key={phase} className={`phase is-${state}`}>
                <span className="phase-marker" aria-hidden="true">
                  {state === 'done' ? <CheckIcon /> : null}
                </span>
                <span className="phase-label">{t(`progress.phase.${phase}`)}</span>
                <span className="phase-state">{t(`progress.status.${state}`)}</span>
              </li>
            );
          })}
        </ol>

        <div
          className="progress-bar"
          role="progressbar"
          aria-label={t('progress.barLabel', { phase: phaseLabel })}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={format.percent(percent / 100)}
        >
          <div className="progress-fill" style={{ width: `${percent}%` }} />
        </div>
        <p className="progress-numbers">
          <span className="progress-percent">{format.percent(percent / 100)}</span>
          {counts !== null && <span className="progress-counts">{counts}</span>}
          <span className="progress-elapsed">
            <ClockIcon className="inline-icon" />
            {t('progress.elapsed', { time: format.elapsed(now - job.startedAt) })}
          </span>
          <span className="progress-remaining" data-testid="progress-remaining">
            {remaining === null
              ? t('progress.remainingUnknown')
              : t('progress.remaining', { time: format.elapsed(remaining) })}
          </span>
        </p>
        {/* Only the phase is announced: counters ticking every half second would drown a screen reader. */}
        <p className="visually-hidden" aria-live="polite">
          {phaseLabel}
        </p>
        <div className="progress-actions">
          <button
            type="button"
            className="button button--secondary"
            data-testid="cancel-button"
            onClick={onCancel}
          >
            {t('progress.cancel')}
          </button>
          <span className="muted">{t('progress.cancelHint')}</span>
        </div>
      </div>
      {job.preview !== undefined && job.preview.length > 0 && job.phase !== 'done' && (
        <FilePreview rows={job.preview} />
      )}
    </section>
  );
}
