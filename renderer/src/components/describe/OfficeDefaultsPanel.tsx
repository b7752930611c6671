/**
 * The office's defaults (organization, licence, frequency, area, contact, keywords): set once,
 * every new publication starts from them (app:metadata-template:*). Applying them to the open
 * description is a separate, explicit action, so nothing the clerk typed is overwritten silently.
 */
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/contract';
import type { ReferenceList, ReferenceLists } from '../../../../shared/metadata/reference-lists';
import type { MetadataIssue, OfficeTemplate } from '../../../../shared/metadata/types';
import { api } from '../../api';
import { useI18n } from '../../i18n';
import { CheckIcon } from '../Icons';
import { Field } from './Field';
import { issueText } from './issue-text';
import { PublisherFields } from './MetadataForm';
import { TagsField } from './TagsField';

function Select({
  field,
  label,
  list,
  value,
  empty,
  error,
  onChange,
}: {
  readonly field: string;
  readonly label: string;
  readonly list: ReferenceList;
  readonly value: string;
  readonly empty: string;
  readonly error: string | null;
  readonly onChange: (value: string) => void;
}) {
  const { locale } = useI18n();
  return (
    <Field field={field} label={label} error={error}>
      {(control) => (
        <select
          {...control}
          className="md-input"
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">{empty}</option>
          {list.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label[locale]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function OfficeDefaultsPanel({
  lists,
  onApply,
  onClose,
  onError,
}: {
  readonly lists: ReferenceLists;
  readonly onApply: (template: OfficeTemplate) => void;
  readonly onClose: () => void;
  readonly onError: (error: AppError) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [template, setTemplate] = useState<OfficeTemplate | null>(null);
  const [issues, setIssues] = useState<readonly MetadataIssue[]>([]);
  const [status, setStatus] = useState<'saved' | 'applied' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    void api.invoke('app:template:get', {}).then((result) => {
      if (!result.ok) return onError(result.error);
      setTemplate(result.value.template);
      setIssues(result.value.issues);
    });
  }, [onError]);

  if (template === null) {
    return (
      <section className="md-defaults" aria-labelledby="md-defaults-title">
        <h2 id="md-defaults-title" ref={headingRef} tabIndex={-1} className="small-title">
          {t('template.title')}
        </h2>
        <p>{t('describe.loading')}</p>
      </section>
    );
  }

  const errorOf = (field: string) => {
    const issue = issues.find((i) => i.field === field);
    return issue === undefined ? null : issueText(issue, null, i18n);
  };
  const change = (patch: Partial<OfficeTemplate>) => {
    setStatus(null);
    setTemplate({ ...template, ...patch });
  };

  async function save(): Promise<void> {
    if (template === null) return;
    const result = await api.invoke('app:template:save', { template });
    if (!result.ok) return onError(result.error);
    setIssues(result.value.issues);
    setStatus(result.value.issues.length === 0 ? 'saved' : null);
  }

  return (
    <section
      className="md-defaults"
      aria-labelledby="md-defaults-title"
      data-testid="office-defaults"
    >
      <h2 id="md-defaults-title" ref={headingRef} tabIndex={-1} className="small-title">
        {t('template.title')}
      </h2>
      <p className="hint">{t('template.intro')}</p>
      <PublisherFields
        prefix="tpl-"
        organization={template.organization}
        contact={template.contact}
        onOrganization={(organization) => change({ organization })}
        onContact={(contact) => change({ contact })}
        errorOf={errorOf}
      />
      <div className="md-row">
        <Select
          field="tpl-license"
          label={t('metadata.field.license')}
          list={lists.licenses}
          value={template.license}
          empty={t('metadata.choose')}
          error={errorOf('license')}
          onChange={(license) => change({ license })}
        />
        <Select
          field="tpl-frequency"
          label={t('metadata.field.frequency')}
          list={lists.frequencies}
          value={template.frequency}
          empty={t('metadata.choose')}
          error={errorOf('frequency')}
          onChange={(frequency) => change({ frequency })}
        />
        <Select
          field="tpl-spatialGranularity"
          label={t('metadata.field.spatialGranularity')}
          list={lists.granularities}
          value={template.spatialGranularity}
          empty={t('metadata.granularity.none')}
          error={errorOf('spatialGranularity')}
          onChange={(spatialGranularity) => change({ spatialGranularity })}
        />
      </div>
      <Field field="tpl-tags" label={t('metadata.field.tags')} error={errorOf('tags')}>
        {(control) => (
          <TagsField tags={template.tags} control={control} onChange={(tags) => change({ tags })} />
        )}
      </Field>
      <div className="md-actions">
        <button
          type="button"
          className="button button--primary"
          data-testid="template-save"
          onClick={() => void save()}
        >
          {t('template.save')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="template-apply"
          onClick={() => {
            onApply(template);
            setStatus('applied');
          }}
        >
          {t('template.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('template.close')}
        </button>
      </div>
      <p role="status" className="md-status" data-testid="template-status">
        {status !== null && (
          <>
            <CheckIcon className="inline-icon" />
            {t(status === 'saved' ? 'template.saved' : 'template.applied')}
          </>
        )}
      </p>
    </section>
  );
}
