/**
 * The review before publishing (issue 9 §4), shown on the Publish screen above its single
 * confirmation: the privacy report, the changes against the last publication, and the beginning
 * of the data file exactly as it will be written (the same CSV writer the publishing uses).
 */
import { useEffect, useId, useState } from 'react';
import type { AppError, RecipeChangeSummary, ResponseOf } from '../../../../shared/contract';
import { tableToCsvText } from '../../../../shared/export/csv';
import type { CellValue } from '../../../../shared/table/types';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { PrivacyReportLines } from '../privacy/PrivacyReportPanel';

/** Rows of the file shown under its header: enough to see the shape, short enough to read. */
export const PREVIEW_ROWS = 5;

export interface ReviewData {
  readonly privacy: ResponseOf<'app:privacy:report'>;
  readonly change: RecipeChangeSummary;
  /** The header line and the first rows as CSV text, as they will be in the file. */
  readonly fileHead: string;
  readonly shownRows: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Loads the review once the publication is known (its baseline is the last publication);
 * `generation` changes after a publication (the baseline moves).
 */
export function useReviewData(
  workbookId: string,
  publicationId: string | null,
  generation: number,
  onError: (error: AppError) => void,
): ReviewData | null {
  const { locale } = useI18n();
  const [data, setData] = useState<ReviewData | null>(null);
  useEffect(() => {
    let live = true;
    if (publicationId === null) return;
    void (async () => {
      // Binds the recipe to the publication first (as Clean does), so the change is measured
      // against this publication's baseline and publishing records the next one.
      const recipe = await api.invoke('app:recipe:get', { workbookId, publicationId });
      if (!live) return;
      if (!recipe.ok) return onError(recipe.error);
      const [privacy, change] = await Promise.all([
        api.invoke('app:privacy:report', { workbookId, locale }),
        api.invoke('app:recipe:change', { workbookId }),
      ]);
      if (!live) return;
      if (!privacy.ok) return onError(privacy.error);
      if (!change.ok) return onError(change.error);
      const current = recipe.value.workbook;
      const rows = await api.invoke('app:workbook:rows', {
        workbookId,
        offset: 0,
        limit: PREVIEW_ROWS,
      });
      if (!live) return;
      if (!rows.ok) return onError(rows.error);
      const columns = current.columns;
      const values: CellValue[][] = columns.map((_, c) =>
        rows.value.rows.map((row) => row[c] ?? null),
      );
      const fileHead = tableToCsvText({
        columns,
        values,
        originals: columns.map(() => new Map<number, string>()),
        rowCount: rows.value.rows.length,
      });
      setData({
        privacy: privacy.value,
        change: change.value,
        fileHead,
        shownRows: rows.value.rows.length,
        rowCount: current.rowCount,
        columnCount: columns.length,
      });
    })();
    return () => {
      live = false;
    };
  }, [workbookId, publicationId, locale, generation, onError]);
  return data;
}

export function ReviewPrivacy({ data }: { readonly data: ReviewData }) {
  const { t } = useI18n();
  return (
    <div data-testid="review-privacy">
      <h3 className="small-title">{t('review.privacy.title')}</h3>
      <PrivacyReportLines report={data.privacy.report} />
    </div>
  );
}

export function ReviewChanges({ change }: { readonly change: RecipeChangeSummary }) {
  const { t, format } = useI18n();
  const titleId = useId();
  const names = (list: readonly string[]) => list.join(', ');
  const first = change.rowsBefore === null;
  const lines: { key: string; text: string }[] = [];
  if (!first) {
    const before = format.number(change.rowsBefore ?? 0);
    const after = format.number(change.rowsAfter);
    lines.push({
      key: 'rows',
      text:
        change.rowsAdded === null || change.rowsRemoved === null
          ? t('review.changes.rowsUnknown', { before, after })
          : t('review.changes.rows', {
              before,
              after,
              added: format.number(change.rowsAdded),
              removed: format.number(change.rowsRemoved),
            }),
    });
    if (change.columnsAdded.length > 0)
      lines.push({
        key: 'added',
        text: t('review.changes.columnsAdded', { names: names(change.columnsAdded) }),
      });
    if (change.columnsRemoved.length > 0)
      lines.push({
        key: 'removed',
        text: t('review.changes.columnsRemoved', { names: names(change.columnsRemoved) }),
      });
    if (change.typeChanged.length > 0)
      lines.push({
        key: 'types',
        text: t('review.changes.typeChanged', {
          names: names(change.typeChanged.map((c) => c.column)),
        }),
      });
    if (lines.length === 1) lines.push({ key: 'same', text: t('review.changes.columnsSame') });
  }
  return (
    <section
      className="card publish-card"
      aria-labelledby={titleId}
      data-testid="review-changes"
      data-first={first}
    >
      <h2 id={titleId} className="small-title">
        {t('review.changes.title')}
      </h2>
      {first || change.baselineAt === null ? (
        <p>{t('review.changes.first')}</p>
      ) : (
        <>
          <p className="hint">
            {t('review.changes.since', {
              date: format.cellDate(change.baselineAt.slice(0, 10)) ?? '',
            })}
          </p>
          <ul className="publish-list">
            {lines.map((line) => (
              <li key={line.key} data-testid={`review-change-${line.key}`}>
                {line.text}
              </li>
            ))}
          </ul>
          <p className="hint">{t('review.changes.valuesHint')}</p>
        </>
      )}
    </section>
  );
}

export function ReviewFile({
  data,
  fileName,
}: {
  readonly data: ReviewData;
  readonly fileName: string;
}) {
  const { t, format } = useI18n();
  const titleId = useId();
  return (
    <section className="card publish-card" aria-labelledby={titleId} data-testid="review-file">
      <h2 id={titleId} className="small-title">
        {t('review.file.title')}
      </h2>
      <p>
        {t('review.file.summary', {
          name: fileName,
          rows: format.number(data.rowCount),
          columns: format.number(data.columnCount),
        })}
      </p>
      <p className="hint">{t('review.file.first', { count: data.shownRows })}</p>
      {/* Focusable so a keyboard user can scroll a wide file sideways. */}
      <pre
        className="review-file-head"
        role="region"
        tabIndex={0}
        aria-label={t('review.file.label', { name: fileName })}
        data-testid="review-file-head"
      >
        {data.fileHead}
      </pre>
    </section>
  );
}
