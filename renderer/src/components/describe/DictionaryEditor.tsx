/**
 * The column dictionary: one fieldset per column (a table of inputs would not fit 640 px and
 * reads badly aloud), drafted from the table and editable; downloadable as CSV and Table Schema.
 */
import { useState } from 'react';
import type { AppError, SaveOutcome } from '../../../../shared/contract';
import type { DictionaryFormat } from '../../../../shared/contract/channels/metadata';
import { ALLOWED_VALUES_SEPARATOR } from '../../../../shared/metadata/dictionary-export';
import { METADATA_LIMITS } from '../../../../shared/metadata/limits';
import type { ColumnDescription, PublicationMetadata } from '../../../../shared/metadata/types';
import { api, deliverExport } from '../../api';
import { useI18n } from '../../i18n';
import { DownloadIcon } from '../Icons';
import { Field } from './Field';
import type { Updater } from './use-metadata-draft';

function parseAllowed(text: string): string[] {
  const values = text
    .split('|')
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return [...new Set(values)].slice(0, METADATA_LIMITS.allowedValuesMax);
}

export function DictionaryEditor({
  publicationId,
  metadata,
  update,
  errorOf,
  flush,
  onError,
}: {
  readonly publicationId: string;
  readonly metadata: PublicationMetadata;
  readonly update: (updater: Updater) => void;
  readonly errorOf: (field: string) => string | null;
  readonly flush: () => Promise<unknown>;
  readonly onError: (error: AppError) => void;
}) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  // The allowed-values box is edited as text; parsing on every key would eat a trailing " |".
  const [allowedText, setAllowedText] = useState<Record<number, string>>({});

  const change = (index: number, patch: Partial<ColumnDescription>) =>
    update((m) => ({
      ...m,
      dictionary: m.dictionary.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)),
    }));

  async function download(format: DictionaryFormat): Promise<void> {
    setOutcome(null);
    await flush();
    const result = await api.invoke('app:dictionary:export', { publicationId, format });
    const delivered = result.ok ? await deliverExport(result.value) : result;
    if (delivered.ok) setOutcome(delivered.value);
    else onError(delivered.error);
  }

  if (metadata.dictionary.length === 0) return <p className="hint">{t('dictionary.empty')}</p>;

  return (
    <div className="md-dictionary" data-testid="dictionary-editor">
      <p className="hint">{t('dictionary.intro')}</p>
      <div className="md-export" role="group" aria-label={t('dictionary.export')}>
        <button
          type="button"
          className="button button--secondary"
          data-testid="dictionary-export-csv"
          onClick={() => void download('csv')}
        >
          <DownloadIcon className="inline-icon" />
          {t('dictionary.exportCsv')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="dictionary-export-schema"
          onClick={() => void download('table-schema')}
        >
          <DownloadIcon className="inline-icon" />
          {t('dictionary.exportSchema')}
        </button>
        <p role="status" className="hint">
          {outcome !== null && outcome.kind !== 'cancelled'
            ? t('dictionary.exported', { name: outcome.fileName })
            : ''}
        </p>
      </div>
      <ol className="md-columns">
        {metadata.dictionary.map((entry, index) => (
          <li key={entry.name} className="md-column" data-testid={`dictionary-column-${index}`}>
            <fieldset className="md-section">
              <legend className="md-legend">
                <span className="visually-hidden">{t('dictionary.column')}: </span>
                <code>{entry.name}</code>
                <span className="md-type"> · {t(`dictionary.type.${entry.type}`)}</span>
              </legend>
              <div className="md-row">
                <Field
                  field={`dictionary.${index}.label`}
                  label={t('dictionary.label')}
                  error={errorOf(`dictionary.${index}.label`)}
                  required
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      className="md-input"
                      value={entry.label}
                      onChange={(e) => change(index, { label: e.currentTarget.value })}
                    />
                  )}
                </Field>
                <Field
                  field={`dictionary.${index}.unit`}
                  label={t('dictionary.unit')}
                  error={errorOf(`dictionary.${index}.unit`)}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      className="md-input md-input--short"
                      value={entry.unit}
                      onChange={(e) => change(index, { unit: e.currentTarget.value })}
                    />
                  )}
                </Field>
              </div>
              <Field
                field={`dictionary.${index}.description`}
                label={t('dictionary.description')}
                error={errorOf(`dictionary.${index}.description`)}
              >
                {(control) => (
                  <textarea
                    {...control}
                    className="md-input md-textarea"
                    rows={2}
                    value={entry.description}
                    onChange={(e) => change(index, { description: e.currentTarget.value })}
                  />
                )}
              </Field>
              <Field
                field={`dictionary.${index}.allowedValues`}
                label={t('dictionary.allowed')}
                hint={t('dictionary.allowedHint')}
                error={errorOf(`dictionary.${index}.allowedValues`)}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    className="md-input"
                    value={allowedText[index] ?? entry.allowedValues.join(ALLOWED_VALUES_SEPARATOR)}
                    onChange={(e) => {
                      const text = e.currentTarget.value;
                      setAllowedText((all) => ({ ...all, [index]: text }));
                      change(index, { allowedValues: parseAllowed(text) });
                    }}
                  />
                )}
              </Field>
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  );
}
