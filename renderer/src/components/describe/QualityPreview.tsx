/**
 * The portal's quality checklist, predicted live from the form (shared/metadata/quality.ts): the
 * score, each criterion met or not in words and shape (not colour alone), and how to raise it.
 */
import type { QualityReport } from '../../../../shared/metadata/quality';
import { useI18n } from '../../i18n';
import { AlertIcon, CheckIcon } from '../Icons';

export function QualityPreview({
  report,
  titleId = 'md-quality-title',
}: {
  readonly report: QualityReport;
  /** Describe links to the default id; another screen showing it at the same time passes its own. */
  readonly titleId?: string;
}) {
  const { t } = useI18n();
  return (
    <aside className="md-quality" aria-labelledby={titleId} data-testid="quality-preview">
      <h2 id={titleId} className="small-title" tabIndex={-1}>
        {t('quality.title')}
      </h2>
      <p className="hint">{t('quality.intro')}</p>
      {/* Announced politely as it changes, so a screen-reader user hears the score move. */}
      <div className="md-score" role="status" aria-live="polite">
        <p className="md-score-value" data-testid="quality-score" data-value={report.percent}>
          {t('quality.score', { percent: report.percent })}
        </p>
        <p className="md-score-points">
          {t('quality.points', { points: report.points, max: report.maxPoints })}
        </p>
        <div className="md-meter" aria-hidden="true">
          <div className="md-meter-fill" style={{ width: `${report.percent}%` }} />
        </div>
      </div>
      <ul className="md-checks">
        {report.checks.map((check) => (
          <li
            key={check.criterion}
            className={`md-check ${check.met ? 'is-met' : 'is-unmet'}`}
            data-testid={`quality-${check.criterion}`}
            data-met={check.met}
          >
            {check.met ? (
              <CheckIcon className="md-check-icon" />
            ) : (
              <AlertIcon className="md-check-icon" />
            )}
            <div>
              <p className="md-check-label">
                {t(`quality.criterion.${check.criterion}`)}
                <span className="visually-hidden">
                  : {t(check.met ? 'quality.met' : 'quality.unmet')}
                </span>
              </p>
              {!check.met && <p className="md-check-how">{t(`quality.how.${check.criterion}`)}</p>}
              {check.automatic && <p className="md-check-how">{t('quality.automatic')}</p>}
              {!check.scored && <p className="md-check-how">{t('quality.legacy')}</p>}
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
