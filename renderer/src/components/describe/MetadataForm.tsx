/**
 * The dataset part of the Describe screen: every field of the portal's Dataset and the data
 * Resource (mapping: shared/metadata/to-udata.ts), labelled, explained, with its error.
 */
import type { MetadataState } from '../../../../shared/contract/channels/metadata';
import type { PortalOrganizationInfo } from '../../../../shared/contract/channels/portal';
import { METADATA_LIMITS } from '../../../../shared/metadata/limits';
import type { ReferenceList, ReferenceLists } from '../../../../shared/metadata/reference-lists';
import type { PublicationMetadata } from '../../../../shared/metadata/types';
import { cyrillicToLatin, hasSerbianCyrillic } from '../../../../shared/text/transliterate';
import { useI18n } from '../../i18n';
import { Field } from './Field';
import { TagsField } from './TagsField';
import type { Updater } from './use-metadata-draft';

export interface MetadataFormProps {
  readonly metadata: PublicationMetadata;
  readonly lists: ReferenceLists;
  readonly coverageProposal: MetadataState['coverageProposal'];
  readonly update: (updater: Updater) => void;
  readonly errorOf: (field: string) => string | null;
  /** Organizations of the connected portal account the clerk may publish for. */
  readonly organizations?: readonly PortalOrganizationInfo[];
}

function Options({ list, empty }: { readonly list: ReferenceList; readonly empty: string }) {
  const { locale } = useI18n();
  return (
    <>
      <option value="">{empty}</option>
      {list.items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.label[locale]}
        </option>
      ))}
    </>
  );
}

export function MetadataForm({
  metadata,
  lists,
  coverageProposal,
  update,
  errorOf,
  organizations = [],
}: MetadataFormProps) {
  const { t, format } = useI18n();
  const set = <K extends keyof PublicationMetadata>(key: K, value: PublicationMetadata[K]) =>
    update((m) => ({ ...m, [key]: value }));
  const canTransliterate =
    hasSerbianCyrillic(metadata.title) || hasSerbianCyrillic(metadata.description);
  const chars = (length: number, max: number) => t('describe.chars', { length, max });
  const proposal = coverageProposal;
  const proposalDiffers =
    proposal !== null &&
    (proposal.start !== metadata.temporalCoverage.start ||
      proposal.end !== metadata.temporalCoverage.end);

  return (
    <div className="md-form">
      <fieldset className="md-section">
        <legend className="md-legend">{t('describe.section.dataset')}</legend>
        <Field
          field="title"
          label={t('metadata.field.title')}
          hint={t('metadata.hint.title')}
          error={errorOf('title')}
          required
        >
          {(control) => (
            <>
              <input
                {...control}
                type="text"
                className="md-input"
                value={metadata.title}
                onChange={(e) => set('title', e.currentTarget.value)}
              />
              <p className="md-count" aria-live="off">
                {chars(metadata.title.length, METADATA_LIMITS.titleMax)}
              </p>
            </>
          )}
        </Field>
        <Field
          field="description"
          label={t('metadata.field.description')}
          hint={t('metadata.hint.description')}
          error={errorOf('description')}
          required
        >
          {(control) => (
            <>
              <textarea
                {...control}
                className="md-input md-textarea"
                rows={6}
                value={metadata.description}
                onChange={(e) => set('description', e.currentTarget.value)}
              />
              <p className="md-count">
                {chars(metadata.description.length, METADATA_LIMITS.descriptionMax)}
              </p>
            </>
          )}
        </Field>
        <div className="md-latin">
          <button
            type="button"
            className="button button--secondary"
            data-testid="md-to-latin"
            disabled={!canTransliterate}
            aria-describedby="md-to-latin-hint"
            onClick={() =>
              update((m) => ({
                ...m,
                titleLatin: cyrillicToLatin(m.title),
                descriptionLatin: cyrillicToLatin(m.description),
              }))
            }
          >
            {t('metadata.toLatin')}
          </button>
          <p id="md-to-latin-hint" className="hint">
            {t('metadata.toLatinHint')}
          </p>
        </div>
        {(metadata.titleLatin !== '' || metadata.descriptionLatin !== '') && (
          <>
            <Field
              field="titleLatin"
              label={t('metadata.field.titleLatin')}
              error={errorOf('titleLatin')}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  lang="sr-Latn"
                  className="md-input"
                  value={metadata.titleLatin}
                  onChange={(e) => set('titleLatin', e.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              field="descriptionLatin"
              label={t('metadata.field.descriptionLatin')}
              error={errorOf('descriptionLatin')}
            >
              {(control) => (
                <textarea
                  {...control}
                  lang="sr-Latn"
                  className="md-input md-textarea"
                  rows={4}
                  value={metadata.descriptionLatin}
                  onChange={(e) => set('descriptionLatin', e.currentTarget.value)}
                />
              )}
            </Field>
          </>
        )}
        <Field
          field="tags"
          label={t('metadata.field.tags')}
          hint={t('metadata.hint.tags')}
          error={errorOf('tags')}
        >
          {(control) => (
            <TagsField
              tags={metadata.tags}
              control={control}
              onChange={(tags) => set('tags', tags)}
            />
          )}
        </Field>
        <div className="md-row">
          <Field
            field="license"
            label={t('metadata.field.license')}
            hint={t('metadata.hint.license')}
            error={errorOf('license')}
            required
          >
            {(control) => (
              <select
                {...control}
                className="md-input"
                value={metadata.license}
                onChange={(e) => set('license', e.currentTarget.value)}
              >
                <Options list={lists.licenses} empty={t('metadata.choose')} />
              </select>
            )}
          </Field>
          <Field
            field="frequency"
            label={t('metadata.field.frequency')}
            hint={t('metadata.hint.frequency')}
            error={errorOf('frequency')}
            required
          >
            {(control) => (
              <select
                {...control}
                className="md-input"
                value={metadata.frequency}
                onChange={(e) => set('frequency', e.currentTarget.value)}
              >
                <Options list={lists.frequencies} empty={t('metadata.choose')} />
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="md-section">
        <legend className="md-legend">{t('describe.section.coverage')}</legend>
        <p className="hint">{t('metadata.hint.temporalCoverage')}</p>
        <div className="md-row">
          {(['start', 'end'] as const).map((end) => (
            <Field
              key={end}
              field={`temporalCoverage.${end}`}
              label={t(`metadata.field.temporalCoverage.${end}`)}
              error={errorOf(`temporalCoverage.${end}`)}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  className="md-input"
                  value={metadata.temporalCoverage[end]}
                  onChange={(e) =>
                    set('temporalCoverage', {
                      ...metadata.temporalCoverage,
                      [end]: e.currentTarget.value,
                    })
                  }
                />
              )}
            </Field>
          ))}
        </div>
        {proposal !== null && proposalDiffers && (
          <div className="md-proposal" data-testid="md-coverage-proposal">
            <p>
              {t('metadata.coverage.proposal', {
                columns: proposal.columns.join('“, „'),
                start: format.cellDate(proposal.start) ?? proposal.start,
                end: format.cellDate(proposal.end) ?? proposal.end,
              })}
            </p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => set('temporalCoverage', { start: proposal.start, end: proposal.end })}
            >
              {t('metadata.coverage.apply')}
            </button>
          </div>
        )}
        <Field
          field="spatialGranularity"
          label={t('metadata.field.spatialGranularity')}
          hint={t('metadata.hint.spatialGranularity')}
          error={errorOf('spatialGranularity')}
        >
          {(control) => (
            <select
              {...control}
              className="md-input"
              value={metadata.spatialGranularity}
              onChange={(e) => set('spatialGranularity', e.currentTarget.value)}
            >
              <Options list={lists.granularities} empty={t('metadata.granularity.none')} />
            </select>
          )}
        </Field>
      </fieldset>

      <PublisherFields
        organization={metadata.organization}
        contact={metadata.contact}
        onOrganization={(organization) => set('organization', organization)}
        onContact={(contact) => set('contact', contact)}
        errorOf={errorOf}
        organizations={organizations}
      />

      <fieldset className="md-section">
        <legend className="md-legend">{t('describe.section.resource')}</legend>
        <Field
          field="resource.title"
          label={t('metadata.field.resource.title')}
          hint={t('metadata.hint.resourceTitle')}
          error={errorOf('resource.title')}
          required
        >
          {(control) => (
            <input
              {...control}
              type="text"
              className="md-input"
              value={metadata.resource.title}
              onChange={(e) =>
                set('resource', { ...metadata.resource, title: e.currentTarget.value })
              }
            />
          )}
        </Field>
        <Field
          field="resource.description"
          label={t('metadata.field.resource.description')}
          hint={t('metadata.hint.resourceDescription')}
          error={errorOf('resource.description')}
        >
          {(control) => (
            <textarea
              {...control}
              className="md-input md-textarea"
              rows={3}
              value={metadata.resource.description}
              onChange={(e) =>
                set('resource', { ...metadata.resource, description: e.currentTarget.value })
              }
            />
          )}
        </Field>
      </fieldset>
    </div>
  );
}

/** Organization and contact: the same fields in the form and in the office defaults. */
export function PublisherFields({
  organization,
  contact,
  onOrganization,
  onContact,
  errorOf,
  prefix = '',
  organizations = [],
}: {
  readonly organization: PublicationMetadata['organization'];
  readonly contact: PublicationMetadata['contact'];
  readonly onOrganization: (value: PublicationMetadata['organization']) => void;
  readonly onContact: (value: PublicationMetadata['contact']) => void;
  readonly errorOf: (field: string) => string | null;
  /** Distinguishes the office-defaults copy of these fields (ids must be unique). */
  readonly prefix?: string;
  readonly organizations?: readonly PortalOrganizationInfo[];
}) {
  const { t } = useI18n();
  const text = (
    field: 'organization.name' | 'organization.id' | 'contact.name' | 'contact.email',
    value: string,
    onChange: (value: string) => void,
    hint?: string,
  ) => (
    <Field
      field={`${prefix}${field}`}
      label={t(`metadata.field.${field}`)}
      hint={hint}
      error={errorOf(field)}
    >
      {(control) => (
        <input
          {...control}
          type={field === 'contact.email' ? 'email' : 'text'}
          className="md-input"
          value={value}
          spellCheck={field === 'organization.id' ? false : undefined}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <fieldset className="md-section">
      <legend className="md-legend">{t('describe.section.publisher')}</legend>
      <p className="hint">{t('metadata.hint.organization')}</p>
      {organizations.length > 0 && (
        <label className="md-org-pick">
          <span>{t('portal.orgPick')}</span>
          <select
            className="md-input"
            data-testid={`${prefix}org-pick`}
            value={organizations.some((o) => o.id === organization.id) ? organization.id : ''}
            onChange={(e) => {
              const org = organizations.find((o) => o.id === e.currentTarget.value);
              if (org !== undefined) onOrganization({ id: org.id, name: org.name });
            }}
          >
            <option value="">{t('portal.orgPickNone')}</option>
            {organizations.map((org) => (
              <option key={org.id} value={org.id}>
                {org.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="md-row">
        {text('organization.name', organization.name, (name) =>
          onOrganization({ ...organization, name }),
        )}
        {text('organization.id', organization.id, (id) =>
          onOrganization({ ...organization, id: id.trim() }),
        )}
      </div>
      <p className="hint">{t('metadata.hint.contact')}</p>
      <div className="md-row">
        {text('contact.name', contact.name, (name) => onContact({ ...contact, name }))}
        {text('contact.email', contact.email, (email) =>
          onContact({ ...contact, email: email.trim() }),
        )}
      </div>
    </fieldset>
  );
}
