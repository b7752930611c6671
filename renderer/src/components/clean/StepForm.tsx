/**
 * Add a step, or edit one: choose what to do and on which column, fill its few fields, look at
 * the example (app:recipe:preview on the current table, or on the table before the edited step),
 * then apply. Every control has a visible label; Enter in a text field previews.
 */
import { useId, useState } from 'react';
import type {
  AppError,
  ColumnSummary,
  RecipePreview,
  RecipeStepInput,
} from '../../../../shared/contract';
import { suggestMachineName, type Step } from '../../../../shared/recipe';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { cleanParams, columnMode, formFor, OP_FORMS, type FormField } from './op-forms';
import { PreviewTable } from './PreviewTable';

const ALL_TEXT = '';

export interface StepFormProps {
  readonly workbookId: string;
  readonly columns: readonly ColumnSummary[];
  readonly rowCount: number;
  readonly busy: boolean;
  /** The step being edited (its number for the title); absent: a new step. */
  readonly editing?: { readonly step: Step; readonly number: number };
  readonly onApply: (input: RecipeStepInput) => Promise<boolean>;
  readonly onCancelEdit?: () => void;
  readonly onError: (error: AppError) => void;
}

export function StepForm({
  workbookId,
  columns,
  rowCount,
  busy,
  editing,
  onApply,
  onCancelEdit,
  onError,
}: StepFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [op, setOp] = useState(editing?.step.op ?? 'trim-whitespace');
  const form = formFor(op) ?? OP_FORMS[0];
  const mode = columnMode(op);
  const firstColumn = columns[0]?.name ?? '';
  const [column, setColumn] = useState<string>(
    editing?.step.column ?? (mode === 'optional' ? ALL_TEXT : firstColumn),
  );
  const [params, setParams] = useState<Record<string, unknown>>({
    ...(form?.defaults ?? {}),
    ...(editing?.step.params ?? {}),
  });
  const [note, setNote] = useState(editing?.step.note ?? '');
  const [preview, setPreview] = useState<RecipePreview | null>(null);

  // A different op starts from its own defaults.
  const chooseOp = (next: string) => {
    setOp(next);
    setParams({ ...(formFor(next)?.defaults ?? {}) });
    setPreview(null);
    const nextMode = columnMode(next);
    if (nextMode === 'required' && (column === ALL_TEXT || !columns.some((c) => c.name === column)))
      setColumn(firstColumn);
    if (nextMode === 'optional' && editing === undefined) setColumn(ALL_TEXT);
  };

  if (form === undefined) return null;

  const input = (): RecipeStepInput => ({
    op,
    ...(mode === 'none' || column === ALL_TEXT ? {} : { column }),
    params: cleanParams(form, params),
    ...(note.trim() === '' ? {} : { note: note.trim() }),
  });

  const showPreview = async () => {
    const result = await api.invoke('app:recipe:preview', {
      workbookId,
      step: input(),
      ...(editing === undefined ? {} : { beforeStepId: editing.step.id }),
    });
    if (result.ok) setPreview(result.value);
    else onError(result.error);
  };

  const apply = async () => {
    if (await onApply(input())) {
      setPreview(null);
      if (editing === undefined) setParams({ ...form.defaults });
    }
  };

  // Any change makes the example out of date.
  const set = (name: string, value: unknown) => {
    setParams((p) => ({ ...p, [name]: value }));
    setPreview(null);
  };

  const field = (f: FormField) => {
    const fieldId = `${id}-${f.name}`;
    const value = params[f.name];
    switch (f.kind) {
      case 'select':
        return (
          <div className="field" key={f.name}>
            <label htmlFor={fieldId}>{t(f.label)}</label>
            <select
              id={fieldId}
              data-testid={`param-${f.name}`}
              value={String(value ?? f.options[0]?.[0] ?? '')}
              onChange={(e) => set(f.name, e.currentTarget.value)}
            >
              {f.options.map(([v, label]) => (
                <option key={v} value={v}>
                  {f.name === 'form' ? v : t(label)}
                </option>
              ))}
            </select>
          </div>
        );
      case 'text':
        return (
          <div className="field" key={f.name}>
            <label htmlFor={fieldId}>{t(f.label)}</label>
            <div className="field-row">
              <input
                id={fieldId}
                type="text"
                data-testid={`param-${f.name}`}
                value={typeof value === 'string' ? value : ''}
                required={f.required === true}
                onChange={(e) => set(f.name, e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    void showPreview();
                  }
                }}
              />
              {op === 'rename-column' && f.name === 'to' && (
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid="suggest-name"
                  onClick={() => {
                    set('to', suggestMachineName(column));
                    if (params['label'] === undefined || params['label'] === '')
                      set('label', column);
                  }}
                >
                  {t('recipe.param.suggest')}
                </button>
              )}
            </div>
          </div>
        );
      case 'number':
        return (
          <div className="field" key={f.name}>
            <label htmlFor={fieldId}>{t(f.label)}</label>
            <input
              id={fieldId}
              type="number"
              min={f.min}
              max={f.max}
              data-testid={`param-${f.name}`}
              value={typeof value === 'number' ? value : f.min}
              onChange={(e) => set(f.name, Math.trunc(Number(e.currentTarget.value)) || f.min)}
            />
          </div>
        );
      case 'checkbox':
        return (
          <label className="checkbox" key={f.name}>
            <input
              type="checkbox"
              data-testid={`param-${f.name}`}
              checked={value === true}
              onChange={(e) => set(f.name, e.currentTarget.checked)}
            />
            <span>{t(f.label)}</span>
          </label>
        );
      case 'columns': {
        const chosen = Array.isArray(value) ? (value as string[]) : [];
        return (
          <fieldset className="field column-choice" key={f.name}>
            <legend>{t(f.label)}</legend>
            {columns.map((c) => (
              <label className="checkbox" key={c.key}>
                <input
                  type="checkbox"
                  checked={chosen.includes(c.name)}
                  onChange={(e) =>
                    set(
                      f.name,
                      e.currentTarget.checked
                        ? [...chosen, c.name]
                        : chosen.filter((n) => n !== c.name),
                    )
                  }
                />
                <span>{c.name}</span>
              </label>
            ))}
          </fieldset>
        );
      }
    }
  };

  const title =
    editing === undefined
      ? t('recipe.add.title')
      : t('recipe.edit.title', { number: editing.number });
  return (
    <form
      className="step-form"
      data-testid="step-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
    >
      <h3 id={`${id}-title`} className="small-title">
        {title}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-op`}>{t('recipe.add.op')}</label>
        <select
          id={`${id}-op`}
          data-testid="step-op"
          value={op}
          disabled={editing !== undefined}
          onChange={(e) => chooseOp(e.currentTarget.value)}
        >
          {OP_FORMS.map((f) => (
            <option key={f.op} value={f.op}>
              {t(`recipe.opName.${f.op}` as Parameters<typeof t>[0])}
            </option>
          ))}
        </select>
      </div>
      {mode !== 'none' && (
        <div className="field">
          <label htmlFor={`${id}-column`}>{t('recipe.add.column')}</label>
          <select
            id={`${id}-column`}
            data-testid="step-column"
            value={column}
            onChange={(e) => {
              setColumn(e.currentTarget.value);
              setPreview(null);
            }}
          >
            {mode === 'optional' && <option value={ALL_TEXT}>{t('recipe.add.allText')}</option>}
            {columns.map((c) => (
              <option key={c.key} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {form.fields.map(field)}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('recipe.add.note')}</label>
        <input
          id={`${id}-note`}
          type="text"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="step-preview-button"
          disabled={busy}
          onClick={() => void showPreview()}
        >
          {t('recipe.add.preview')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          data-testid="step-apply"
          disabled={busy}
        >
          {editing === undefined ? t('recipe.add.apply') : t('recipe.add.save')}
        </button>
        {editing !== undefined && (
          <button type="button" className="button button--secondary" onClick={onCancelEdit}>
            {t('recipe.add.cancelEdit')}
          </button>
        )}
      </div>
      {preview !== null && <PreviewTable preview={preview} totalRows={rowCount} />}
    </form>
  );
}
