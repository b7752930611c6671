/**
 * The register of publications (issue 7 §5): every attempt and its result, with links to the
 * portal, the row count, who and when, and the date the next one is due; saved as CSV for audits
 * and freedom-of-information requests. Rehearsals in Vežbaonica are shown only on request.
 */
import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../../shared/contract';
import type { RegisterItem } from '../../../../shared/contract/channels/portal';
import { api, deliverExport } from '../../api';
import { useI18n } from '../../i18n';
import { useFocusOnMount } from '../use-focus-on-mount';
import '../../styles/publish.css';

export function RegisterScreen({
  training,
  moveFocus,
  onBack,
  onError,
}: {
  /** Training is on: show its rehearsals by default. */
  readonly training: boolean;
  readonly moveFocus: boolean;
  readonly onBack: () => void;
  readonly onError: (error: AppError) => void;
}) {
  const { t, format } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const titleId = useId();
  const [includeTraining, setIncludeTraining] = useState(training);
  const [items, setItems] = useState<readonly RegisterItem[] | null>(null);
  const [exported, setExported] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api
      .invoke('app:register:list', { publicationId: null, includeTraining })
      .then((result) => {
        if (!live) return;
        if (result.ok) setItems(result.value.items);
        else onError(result.error);
      });
    return () => {
      live = false;
    };
  }, [includeTraining, onError]);

  async function exportCsv(): Promise<void> {
    const result = await api.invoke('app:register:export', { includeTraining });
    const delivered = result.ok ? await deliverExport(result.value) : result;
    if (!delivered.ok) onError(delivered.error);
    else if (delivered.value.kind !== 'cancelled') setExported(delivered.value.fileName);
  }

  const today = new Date().toISOString().slice(0, 10);
  const dateTime = (iso: string) => format.cellDateTime(iso.slice(0, 16)) ?? iso;

  return (
    <section
      className="screen register-screen"
      data-testid="register-screen"
      aria-labelledby={titleId}
    >
      <div className="publish-top">
        <div>
          <h1 id={titleId} ref={headingRef} tabIndex={-1} className="screen-title">
            {t('register.title')}
          </h1>
          <p className="screen-intro">{t('register.intro')}</p>
        </div>
        <button
          type="button"
          className="button button--secondary"
          data-testid="register-back"
          onClick={onBack}
        >
          {t('register.back')}
        </button>
      </div>
      <div className="publish-actions">
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="register-include-training"
            checked={includeTraining}
            onChange={(e) => setIncludeTraining(e.currentTarget.checked)}
          />
          {t('register.includeTraining')}
        </label>
        <button
          type="button"
          className="button button--secondary"
          data-testid="register-export"
          disabled={items === null || items.length === 0}
          onClick={() => void exportCsv()}
        >
          {t('register.export')}
        </button>
        {exported !== null && (
          <p role="status" data-testid="register-exported">
            {t('register.exported', { name: exported })}
          </p>
        )}
      </div>
      {items === null ? (
        <p role="status">{t('register.loading')}</p>
      ) : items.length === 0 ? (
        <p data-testid="register-empty">{t('register.empty')}</p>
      ) : (
        <div className="register-table-wrap">
          <table className="register-table" data-testid="register-table">
            <thead>
              <tr>
                <th scope="col">{t('register.col.when')}</th>
                <th scope="col">{t('register.col.what')}</th>
                <th scope="col">{t('register.col.who')}</th>
                <th scope="col">{t('register.col.result')}</th>
                <th scope="col">{t('register.col.rows')}</th>
                <th scope="col">{t('register.col.links')}</th>
                <th scope="col">{t('register.col.next')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.attemptId} data-testid="register-row" data-result={item.result}>
                  <td>{dateTime(item.finishedAt ?? item.startedAt)}</td>
                  <td>
                    {item.training && (
                      <span className="training-badge">{t('portal.trainingBadge')}</span>
                    )}{' '}
                    {item.publicationTitle ?? item.publicationId}
                    {item.period !== null && (
                      <span className="hint">
                        {' '}
                        · {t('register.period', { period: item.period })}
                      </span>
                    )}
                    <div className="hint">{item.portalUrl}</div>
                  </td>
                  <td>{item.actor}</td>
                  <td className={`register-result is-${item.result}`}>
                    {t(`register.result.${item.result}`)}
                    {item.errorCode !== null && <div className="hint">{item.errorCode}</div>}
                  </td>
                  <td>{item.rowCount === null ? '' : format.number(item.rowCount)}</td>
                  <td>
                    {item.datasetUrl !== null && (
                      <a
                        href={item.datasetUrl}
                        target="_blank"
                        rel="noreferrer"
                        data-testid="register-dataset-link"
                      >
                        {t('register.dataset')}
                      </a>
                    )}
                    {item.resourceUrl !== null && (
                      <>
                        {' · '}
                        <a href={item.resourceUrl} target="_blank" rel="noreferrer">
                          {t('register.file')}
                        </a>
                      </>
                    )}
                  </td>
                  <td data-testid="register-next-due">
                    {item.nextDue === null
                      ? ''
                      : item.nextDue < today
                        ? t('register.overdue', { date: format.cellDate(item.nextDue) ?? '' })
                        : (format.cellDate(item.nextDue) ?? '')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
