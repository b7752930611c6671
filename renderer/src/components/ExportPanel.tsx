import { useId, useState } from 'react';
import type { AppError, SaveOutcome } from '../../../shared/contract';
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
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const titleId = useId();
  const hintId = useId();

  async function exportCsv(): Promise<void> {
    setBusy(true);
    setOutcome(null);
    const result = await api.invoke('app:workbook:export', { workbookId, bom });
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
        <button
          type="button"
          className="button button--primary"
          data-testid="export-button"
          disabled={busy}
          aria-describedby={hintId}
          onClick={() => void exportCsv()}
        >
          <DownloadIcon className="inline-icon" />
          {busy ? t('export.busy') : t('export.button')}
        </button>
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
      </div>
      <p id={hintId} className="hint">
        {t('export.bomHint')}
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
