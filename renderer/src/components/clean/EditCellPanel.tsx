/**
 * Fix one cell (an edit-cell step): the clerk picks the row by the number the grid shows and the
 * column, sees what the cell holds now, types the correct value, looks at the example and applies.
 * The renderer never holds the whole table, so the backend answers the row's stable key
 * (app:recipe:cell); the step is keyed to it and lands on the same row after earlier steps remove
 * rows, and on next month's file when the row is still there.
 */
import { useEffect, useId, useState } from 'react';
import type {
  AppError,
  ColumnSummary,
  RecipeCurrentCell,
  RecipePreview,
  RecipeStepInput,
} from '../../../../shared/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { typedValue } from './edit-cell-value';
import { PreviewTable } from './PreviewTable';

export interface EditCellPanelProps {
  readonly workbookId: string;
  readonly columns: readonly ColumnSummary[];
  readonly rowCount: number;
  /** Moves with every table change: the current value is read again. */
  readonly revision: number;
  readonly busy: boolean;
  readonly onApply: (input: RecipeStepInput) => Promise<boolean>;
  readonly onError: (error: AppError) => void;
}

export function EditCellPanel({
  workbookId,
  columns,
  rowCount,
  revision,
  busy,
  onApply,
  onError,
}: EditCellPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [rowText, setRowText] = useState('1');
  const [column, setColumn] = useState(columns[0]?.name ?? '');
  const [fetched, setFetched] = useState<{ at: string; cell: RecipeCurrentCell } | null>(null);
  const [value, setValue] = useState('');
  const [shown, setShown] = useState<{ at: string; preview: RecipePreview } | null>(null);

  const rowNumber = Number(rowText);
  const rowValid = Number.isInteger(rowNumber) && rowNumber >= 1 && rowNumber <= rowCount;
  const columnValid = columns.some((c) => c.name === column);
  // What the answers were for: one for another row, column or table is out of date.
  const at = `${revision}|${rowNumber}|${column}`;
  const cell = fetched?.at === at ? fetched.cell : null;
  const preview = shown?.at === `${at}|${value}` ? shown.preview : null;

  // The cell the clerk points at, read again whenever the table changes.
  useEffect(() => {
    if (!rowValid || !columnValid) return;
    let alive = true;
    void (async () => {
      const result = await api.invoke('app:recipe:cell', {
        workbookId,
        row: rowNumber - 1,
        column,
      });
      if (!alive) return;
      if (result.ok) setFetched({ at, cell: result.value });
      else onError(result.error);
    })();
    return () => {
      alive = false;
    };
    // onError changes identity with every render of the screen; the cell depends on the rest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workbookId, rowNumber, rowValid, column, columnValid, at]);

  const input = (): RecipeStepInput | null =>
    cell === null
      ? null
      : {
          op: 'edit-cell',
          column: cell.column,
          params: {
            rowKey: cell.rowKey,
            value: typedValue(
              value,
              columns.find((c) => c.name === cell.column),
            ),
          },
        };

  const showPreview = async () => {
    const step = input();
    if (step === null) return;
    const result = await api.invoke('app:recipe:preview', { workbookId, step });
    if (result.ok) setShown({ at: `${at}|${value}`, preview: result.value });
    else onError(result.error);
  };

  const apply = async () => {
    const step = input();
    if (step !== null && (await onApply(step))) {
      setValue('');
      setShown(null);
    }
  };

  const current = cell?.value ?? null;
  return (
    <form
      className="step-form"
      data-testid="edit-cell-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
    >
      <h3 id={`${id}-title`} className="small-title">
        {t('editCell.title')}
      </h3>
      <p className="hint">{t('editCell.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-row`}>{t('editCell.row')}</label>
        <input
          id={`${id}-row`}
          type="number"
          min={1}
          max={Math.max(rowCount, 1)}
          data-testid="edit-cell-row"
          value={rowText}
          aria-invalid={!rowValid}
          aria-describedby={rowValid ? undefined : `${id}-row-error`}
          onChange={(e) => setRowText(e.currentTarget.value)}
        />
        {!rowValid && (
          <p id={`${id}-row-error`} className="field-error" data-testid="edit-cell-row-error">
            {t('editCell.rowRange', { count: rowCount })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-column`}>{t('recipe.add.column')}</label>
        <select
          id={`${id}-column`}
          data-testid="edit-cell-column"
          value={column}
          onChange={(e) => setColumn(e.currentTarget.value)}
        >
          {columns.map((c) => (
            <option key={c.key} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <p data-testid="edit-cell-current" aria-live="polite">
        {cell !== null && (
          <>
            {t('editCell.current')}{' '}
            <strong>
              {current === null || current === '' ? t('editCell.empty') : String(current)}
            </strong>
          </>
        )}
      </p>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t('editCell.value')}</label>
        <input
          id={`${id}-value`}
          type="text"
          maxLength={10000}
          data-testid="edit-cell-value"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void showPreview();
            }
          }}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="edit-cell-preview"
          disabled={busy || cell === null}
          onClick={() => void showPreview()}
        >
          {t('recipe.add.preview')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="edit-cell-apply"
          disabled={busy || cell === null}
        >
          {t('recipe.add.apply')}
        </button>
      </div>
      {preview !== null && <PreviewTable preview={preview} totalRows={rowCount} />}
    </form>
  );
}
