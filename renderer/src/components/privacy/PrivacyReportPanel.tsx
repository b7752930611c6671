/**
 * The anonymization report and the processing note (issue 5 §6): what was found in the file as
 * read, what the recipe did, what is justified, k; saved with the publication, and the note the
 * clerk can copy into the dataset description.
 */
import { useId, useState } from 'react';
import { api } from '../../api';
import type { AppError, ResponseOf } from '../../../../shared/contract';
import { useI18n } from '../../i18n';

type Report = ResponseOf<'app:privacy:report'>;
type AnonymizationReport = Report['report'];

export function PrivacyReportPanel({
  workbookId,
  onError,
}: {
  readonly workbookId: string;
  readonly onError: (error: AppError) => void;
}) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const noteId = useId();
  const [report, setReport] = useState<Report | null>(null);
  const make = async () => {
    const result = await api.invoke('app:privacy:report', { workbookId, locale });
    if (!result.ok) return onError(result.error);
    setReport(result.value);
  };
  const r = report?.report;
  return (
    <section className="privacy-panel" aria-labelledby={titleId} data-testid="privacy-report">
      <h2 id={titleId} className="privacy-group-title">
        {t('privacy.report.title')}
      </h2>
      <button
        type="button"
        className="button button--secondary"
        data-testid="privacy-report-make"
        onClick={() => void make()}
      >
        {t('privacy.report.show')}
      </button>
      {report !== null && r !== undefined && (
        <div data-testid="privacy-report-body">
          <PrivacyReportLines report={r} />
          <label htmlFor={noteId}>{t('privacy.report.note')}</label>
          <textarea
            id={noteId}
            className="privacy-note"
            data-testid="privacy-note"
            readOnly
            rows={4}
            value={report.note}
          />
          {report.saved && <p className="hint">{t('privacy.report.saved')}</p>}
        </div>
      )}
    </section>
  );
}

/** What was found, removed, transformed, justified and left open, k, and the rows (also on Publish). */
export function PrivacyReportLines({ report: r }: { readonly report: AnonymizationReport }) {
  const { t, format } = useI18n();
  const columns = (names: readonly string[]) => names.join(', ');
  return (
    <ul className="privacy-report-lines">
      {r.found.length === 0 ? (
        <li>{t('privacy.report.nothingFound')}</li>
      ) : (
        <li>{t('privacy.report.found', { columns: columns(r.found.map((f) => f.column)) })}</li>
      )}
      {r.removed.length > 0 && (
        <li>{t('privacy.report.removed', { columns: columns(r.removed) })}</li>
      )}
      {r.transformed.length > 0 && (
        <li>{t('privacy.report.transformed', { columns: columns(r.transformed) })}</li>
      )}
      {r.justified.length > 0 && (
        <li>
          {t('privacy.report.justified', {
            columns: columns(r.justified.map((j) => j.column)),
          })}
        </li>
      )}
      {r.open.length > 0 && (
        <li>{t('privacy.report.open', { columns: columns(r.open.map((o) => o.column)) })}</li>
      )}
      {r.risk !== null && (
        <li>{t('privacy.report.k', { k: r.risk.k, columns: columns(r.risk.quasiIdentifiers) })}</li>
      )}
      <li>
        {t('privacy.report.rows', {
          before: format.number(r.rowsBefore),
          after: format.number(r.rowsAfter),
        })}
      </li>
    </ul>
  );
}
