/**
 * The recipe as a JSON file, to share with another office or city: save it (steps with text
 * from the table left out unless the clerk includes them) or load one (it replaces the recipe
 * as one change, so undo brings the old one back).
 */
import { useId, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/contract';
import { api, deliverExport, pickFile } from '../../api';
import { useI18n } from '../../i18n';

export interface RecipeFilePanelProps {
  readonly workbookId: string;
  readonly busy: boolean;
  readonly onImport: (fileRef: string) => Promise<boolean>;
  readonly onError: (error: AppError) => void;
}

export function RecipeFilePanel({ workbookId, busy, onImport, onError }: RecipeFilePanelProps) {
  const { t } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [includeValues, setIncludeValues] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const exportRecipe = async () => {
    setMessage(null);
    const result = await api.invoke('app:recipe:export', { workbookId, includeValues });
    if (!result.ok) {
      onError(result.error);
      return;
    }
    const delivered = await deliverExport(result.value.outcome);
    if (!delivered.ok) {
      onError(delivered.error);
      return;
    }
    const outcome = delivered.value;
    if (outcome.kind === 'cancelled') return;
    const omitted = result.value.omittedSteps.length;
    setMessage(
      [
        t('recipe.file.saved', { name: outcome.fileName }),
        omitted > 0 ? t('recipe.file.omitted', { count: omitted }) : '',
      ]
        .filter((s) => s !== '')
        .join(' '),
    );
  };

  const importRecipe = async () => {
    setMessage(null);
    const picked = await pickFile({ input: inputRef.current });
    if (!picked.ok) {
      onError(picked.error);
      return;
    }
    if (picked.value === null) return;
    if (await onImport(picked.value.id)) setMessage(t('recipe.file.imported'));
  };

  return (
    <section className="recipe-file" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="small-title">
        {t('recipe.file.title')}
      </h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={includeValues}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setIncludeValues(e.currentTarget.checked)}
        />
        <span>{t('recipe.file.includeValues')}</span>
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('recipe.file.includeValuesHint')}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="recipe-export"
          disabled={busy}
          onClick={() => void exportRecipe()}
        >
          {t('recipe.file.export')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="recipe-import"
          disabled={busy}
          onClick={() => void importRecipe()}
        >
          {t('recipe.file.import')}
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="recipe-file-input"
        />
      </div>
      <p role="status" className="hint" data-testid="recipe-file-status">
        {message}
      </p>
    </section>
  );
}
