/** A validation issue in the clerk's words: which field, what is wrong, by how much. */
import type { MetadataIssue, PublicationMetadata } from '../../../../shared/metadata/types';
import type { I18n, TextKey } from '../../i18n';
import { dictionaryField } from './field-ids';

const DICTIONARY_PARTS: Readonly<Record<string, TextKey>> = {
  label: 'dictionary.label',
  description: 'dictionary.description',
  unit: 'dictionary.unit',
  allowedValues: 'dictionary.allowed',
  type: 'dictionary.type',
};

export function fieldLabel(
  field: string,
  metadata: PublicationMetadata | null,
  i18n: I18n,
): string {
  const column = dictionaryField(field);
  if (column !== null) {
    return i18n.t('metadata.field.dictionary', {
      column: metadata?.dictionary[column.index]?.name ?? String(column.index + 1),
      part: i18n.t(DICTIONARY_PARTS[column.part] ?? 'dictionary.label'),
    });
  }
  const key = `metadata.field.${field}`;
  return key in FIELD_KEYS ? i18n.t(key as TextKey) : field;
}

const FIELD_KEYS: Readonly<Record<string, true>> = Object.fromEntries(
  [
    'title',
    'titleLatin',
    'description',
    'descriptionLatin',
    'tags',
    'license',
    'frequency',
    'temporalCoverage.start',
    'temporalCoverage.end',
    'spatialGranularity',
    'organization.id',
    'organization.name',
    'contact.name',
    'contact.email',
    'resource.title',
    'resource.description',
  ].map((field) => [`metadata.field.${field}`, true]),
);

export function issueText(
  issue: MetadataIssue,
  metadata: PublicationMetadata | null,
  i18n: I18n,
): string {
  return i18n.t(`metadata.issue.${issue.code}`, {
    ...issue.params,
    field: fieldLabel(issue.field, metadata, i18n),
  });
}
