import type { RecipePreview } from '../../../../shared/contract';
import { useI18n } from '../../i18n';
import { stepErrorText } from './step-error';

function cellText(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  return String(value);
}

/** What a step would do, on a sample, before the clerk applies it. */
export function PreviewTable({
  preview,
  totalRows,
}: {
  readonly preview: RecipePreview;
  readonly totalRows: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const empty = t('recipe.preview.empty');
  const error = preview.error ?? null;
  if (error !== null) {
    return (
      <p className="recipe-preview is-error" role="alert" data-testid="preview-error">
        {stepErrorText(error, i18n)}
      </p>
    );
  }
  const nothing =
    preview.changedCells === 0 &&
    preview.removedRowCount === 0 &&
    preview.addedColumns.length === 0 &&
    preview.removedColumns.length === 0 &&
    preview.renamedColumns.length === 0;
  return (
    <div className="recipe-preview" data-testid="step-preview">
      <h4 className="small-title">{t('recipe.preview.title')}</h4>
      {nothing && <p>{t('recipe.preview.none')}</p>}
      <ul className="preview-facts">
        {preview.changedCells > 0 && (
          <li data-testid="preview-changed" data-value={preview.changedCells}>
            {t('recipe.preview.changed', { count: preview.changedCells })}
          </li>
        )}
        {preview.removedRowCount > 0 && (
          <li data-testid="preview-removed-rows" data-value={preview.removedRowCount}>
            {t('recipe.preview.removedRows', { count: preview.removedRowCount })}
          </li>
        )}
        {preview.invalidCells > 0 && (
          <li>{t('recipe.preview.invalid', { count: preview.invalidCells })}</li>
        )}
        {preview.addedColumns.length > 0 && (
          <li>{t('recipe.preview.added', { names: preview.addedColumns.join(', ') })}</li>
        )}
        {preview.removedColumns.length > 0 && (
          <li>{t('recipe.preview.removed', { names: preview.removedColumns.join(', ') })}</li>
        )}
        {preview.renamedColumns.map((r) => (
          <li key={r.from}>{t('recipe.preview.renamed', r)}</li>
        ))}
      </ul>
      {preview.changes.length > 0 && (
        <table className="preview-table">
          <thead>
            <tr>
              <th scope="col">{t('recipe.preview.row')}</th>
              <th scope="col">{t('recipe.preview.column')}</th>
              <th scope="col">{t('recipe.preview.before')}</th>
              <th scope="col">{t('recipe.preview.after')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.changes.map((change) => (
              <tr key={`${change.row}:${change.column}`}>
                <td>{i18n.format.rowNumber(change.row + 1)}</td>
                <td>{change.column}</td>
                <td className="is-before">{cellText(change.before, empty)}</td>
                <td className="is-after">{cellText(change.after, empty)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.rowsExamined < totalRows && (
        <p className="hint">{t('recipe.preview.sampled', { rows: preview.rowsExamined })}</p>
      )}
    </div>
  );
}
