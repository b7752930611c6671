/**
 * Portal field keys (udata's `errors` keys, §5.1/§5.2) → the names of Otvori's metadata form
 * fields, so a refused field can be highlighted in the form. The metadata form is built
 * elsewhere; this table is the seam to keep in step with it.
 */
export const DATASET_FIELD_TO_METADATA: Readonly<Record<string, string>> = {
  title: 'title',
  acronym: 'acronym',
  description: 'description',
  description_short: 'summary',
  license: 'license',
  frequency: 'frequency',
  frequency_date: 'nextUpdate',
  temporal_coverage: 'temporalCoverage',
  spatial: 'spatialGranularity',
  tags: 'tags',
  private: 'private',
  organization: 'organization',
  owner: 'organization',
  extras: 'extras',
};

export const RESOURCE_FIELD_TO_METADATA: Readonly<Record<string, string>> = {
  title: 'resourceTitle',
  description: 'resourceDescription',
  type: 'resourceType',
  format: 'resourceFormat',
  url: 'resourceUrl',
};

export type FieldScope = 'dataset' | 'resource';

export function toMetadataField(portalKey: string, scope: FieldScope): string {
  const table = scope === 'dataset' ? DATASET_FIELD_TO_METADATA : RESOURCE_FIELD_TO_METADATA;
  return table[portalKey] ?? `portal:${portalKey}`;
}
