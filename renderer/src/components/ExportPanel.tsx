import { useId, useState } from 'react';
import {
  EXPORT_FORMATS,
  type AppError,
  type ExportFormat,
  type SaveOutcome,
} from '../../../shared/contract';
import { api, deliverExport } from '../api';
import { useI18n } from '../i18n';
import { CheckIcon, DownloadIcon } from './Icons';

export function ExportPanel({
  workbookId,
  onError,
}: {
  readonly workbookId: string;
  readonly onError: (error: AppError) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [bom, setBom] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [formulaGuard, setFormulaGuard] = useState(true);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const titleId = useId();
  const hintId = useId();
  const formatId = useId();
  const guardHintId = useId();

  async function exportCsv(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    const result = await api.invoke('app:workbook:export', {
      workbookId,
      bom,
      format,
      formulaGuard,
    });
    const delivered = result.ok ? await deliverExport(result.value) : result;
    setBusy(false);
    if (delivered.ok) setOutcome(delivered.value);
    else onError(delivered.error);
  }

  let message: string | null = null;
  if (outcome?.kind === 'saved') {
    message = t('export.saved', { name: outcome.fileName, size: i18n.fileSize(outcome.bytes) });
  } else if (outcome?.kind === 'download') {
    message = t('export.downloaded', {
      name: outcome.fileName,
      size: i18n.fileSize(outcome.bytes),
    });
  } else if (outcome?.kind === 'cancelled') {
    message = t('export.cancelled');
  }

  return (
    <div className="export-panel" role="group" aria-labelledby={titleId}>
      <h2 id={titleId} className="small-title">
        {t('export.title')}
      </h2>
      <div className="export-controls">
        <label htmlFor={formatId}>{t('export.format')}</label>
        <select
          id={formatId}
          data-testid="export-format"
          value={format}
          onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`export.format.${f}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--primary"
          data-testid="export-button"
          disabled={busy}
          aria-describedby={hintId}
          onClick={() => void exportCsv()}
        >
          <DownloadIcon className="inline-icon" />
          {busy ? t('export.busy') : format === 'csv' ? t('export.button') : t('export.run')}
        </button>
      </div>
      <div className="export-controls" hidden={format !== 'csv'}>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="bom-checkbox"
            checked={bom}
            aria-describedby={hintId}
            onChange={(event) => setBom(event.currentTarget.checked)}
          />
          <span>{t('export.bom')}</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="formula-guard-checkbox"
            checked={formulaGuard}
            aria-describedby={guardHintId}
            onChange={(event) => setFormulaGuard(event.currentTarget.checked)}
          />
          <span>{t('export.formulaGuard')}</span>
        </label>
      </div>
      <p id={hintId} className="hint" hidden={format !== 'csv'}>
        {t('export.bomHint')}
      </p>
      <p id={guardHintId} className="hint" hidden={format !== 'csv'}>
        {t('export.formulaGuardHint')}
      </p>
      <div role="status" className="export-status">
        {message !== null && outcome !== null && (
          <p
            className={`export-result is-${outcome.kind}`}
            data-testid="export-result"
            data-kind={outcome.kind}
          >
            {outcome.kind !== 'cancelled' && <CheckIcon className="inline-icon" />}
            {message}
          </p>
        )}
      </div>
    </div>
  );
}
