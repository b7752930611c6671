import { useCallback, useId, useState } from 'react';
import type { AppError, ReadOptions, WorkbookSummary } from '../../../shared/contract';
import { api, newJobId } from '../api';
import { DataGrid } from '../grid/DataGrid';
import { useI18n } from '../i18n';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { SheetList } from './SheetList';
import { useFocusOnMount } from './use-focus-on-mount';

export function TableScreen({
  workbook,
  moveFocus,
  onClose,
  onError,
  ensurePublication,
  onWorkbookChange,
}: {
  readonly workbook: WorkbookSummary;
  readonly moveFocus: boolean;
  readonly onClose: () => void;
  readonly onError: (error: AppError) => void;
  /** The open workbook's publication (its source binding keeps the clerk's reading choices). */
  readonly ensurePublication?: () => Promise<string | null>;
  /** The file was read again with the clerk's choices: show the new table. */
  readonly onWorkbookChange?: (workbook: WorkbookSummary) => void;
}) {
  const { t, tp } = useI18n();
  const [rereading, setRereading] = useState(false);
  const [bindingSaved, setBindingSaved] = useState(false);
  const [rereads, setRereads] = useState(0);
  const reread = useCallback(
    async (options: ReadOptions) => {
      setRereading(true);
      setBindingSaved(false);
      const publicationId = ensurePublication === undefined ? null : await ensurePublication();
      const result = await api.invoke('app:workbook:reread', {
        workbookId: workbook.workbookId,
        jobId: newJobId(),
        options,
        ...(publicationId === null ? {} : { publicationId }),
      });
      setRereading(false);
      if (!result.ok) {
        onError(result.error);
        return;
      }
      setBindingSaved(publicationId !== null);
      setRereads((n) => n + 1);
      onWorkbookChange?.(result.value);
    },
    [ensurePublication, onError, onWorkbookChange, workbook.workbookId],
  );
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const titleId = useId();
  const sheet = workbook.sheets[workbook.sheetIndex];
  return (
    <section className="screen table-view" data-testid="table-view" aria-labelledby={titleId}>
      <div className="table-top">
        <div className="table-summary">
          <div className="table-title-row">
            <h1 id={titleId} ref={headingRef} tabIndex={-1} className="screen-title table-title">
              {workbook.fileName}
            </h1>
            <button
              type="button"
              className="button button--secondary"
              data-testid="close-button"
              onClick={onClose}
            >
              {t('table.close')}
            </button>
          </div>
          <dl className="facts">
            <div className="fact">
              <dt>{t('table.format')}</dt>
              <dd data-testid="file-format">{t(`format.${workbook.format}`)}</dd>
            </div>
            {sheet !== undefined && (
              <div className="fact">
                <dt>{t('table.sheet')}</dt>
                <dd data-testid="sheet-name">{sheet.name}</dd>
              </div>
            )}
            <div className="fact">
              <dt>{t('table.size')}</dt>
              <dd>
                <span data-testid="row-count" data-value={workbook.rowCount}>
                  {tp('count.rows', workbook.rowCount)}
                </span>
                {', '}
                <span data-testid="column-count" data-value={workbook.columns.length}>
                  {tp('count.columns', workbook.columns.length)}
                </span>
              </dd>
            </div>
          </dl>
          {workbook.sheets.length > 1 && (
            <SheetList sheets={workbook.sheets} sheetIndex={workbook.sheetIndex} />
          )}
          {workbook.report !== undefined && (
            <ImportPanel
              key={workbook.workbookId}
              workbook={workbook}
              busy={rereading}
              saved={bindingSaved}
              focus={rereads > 0}
              onReread={(options) => void reread(options)}
            />
          )}
        </div>
        <div className="table-actions">
          <ExportPanel workbookId={workbook.workbookId} onError={onError} />
        </div>
      </div>
      <DataGrid
        key={workbook.workbookId}
        workbookId={workbook.workbookId}
        columns={workbook.columns}
        rowCount={workbook.rowCount}
        labelledBy={titleId}
        onError={onError}
      />
    </section>
  );
}
