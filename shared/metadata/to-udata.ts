/**
 * Metadata → the exact JSON bodies the portal expects (udata-api.md §5.1, §5.2, §12.3). Pure;
 * the publish issue sends them. Rules that shape the output:
 * - tags are sent in the portal's normal form (normalised, deduplicated, sorted, §5.4), so what
 *   we send is what the portal stores and a later GET compares equal;
 * - `tags`, `temporal_coverage` and `private` are always present: a PUT without them wipes the
 *   tags and coverage and makes the dataset public (§5.5);
 * - `organization` is sent only when set: `organization: null` orphans the dataset (§13.24);
 * - `spatial` carries only the granularity: which zones data.gov.rs loaded is unknown (§15.3);
 * - `resources` is never part of the dataset body (§5.5);
 * - the contact goes to `extras`: LEGACY has no contact field and MODERN's contact_points need
 *   their own objects (§5.1).
 */
import { normalizeTags } from './udata-slug';
import type { PublicationMetadata } from './types';

export interface UdataDatasetInput {
  title: string;
  description: string;
  license: string;
  frequency: string;
  tags: string[];
  temporal_coverage: { start: string; end: string } | null;
  spatial?: { granularity: string };
  organization?: string;
  private: boolean;
  extras: Record<string, string | number>;
}

export interface UdataResourceInput {
  title: string;
  description: string;
  type: string;
  format: string;
}

export interface DatasetOptions {
  /** Created private and made public only once its resources are in place (§12.3). */
  readonly private: boolean;
}

/** The separator between the Cyrillic and the Latin text of the description. */
export const LATIN_SECTION_RULE = '\n\n---\n\n';

/**
 * One description for both scripts: the portal has one field, and search should find the
 * dataset typed in either script. The Latin part is left out when the clerk did not add one.
 */
export function combinedDescription(metadata: PublicationMetadata): string {
  const description = metadata.description.trim();
  const latin = metadata.descriptionLatin.trim();
  const latinTitle = metadata.titleLatin.trim();
  if (latin === '' && latinTitle === '') return description;
  const heading = latinTitle === '' ? '' : `**${latinTitle}**`;
  const body = [heading, latin].filter((part) => part !== '').join('\n\n');
  return `${description}${LATIN_SECTION_RULE}${body}`;
}

export function toUdataDataset(
  metadata: PublicationMetadata,
  options: DatasetOptions,
): UdataDatasetInput {
  const { start, end } = metadata.temporalCoverage;
  const extras: Record<string, string | number> = {
    'otvori:metadata-version': metadata.schemaVersion,
  };
  if (metadata.contact.name.trim() !== '') extras['contact:name'] = metadata.contact.name.trim();
  if (metadata.contact.email.trim() !== '') extras['contact:email'] = metadata.contact.email.trim();
  return {
    title: metadata.title.trim(),
    description: combinedDescription(metadata),
    license: metadata.license,
    frequency: metadata.frequency,
    tags: normalizeTags(metadata.tags),
    temporal_coverage: start !== '' && end !== '' ? { start, end } : null,
    ...(metadata.spatialGranularity === ''
      ? {}
      : { spatial: { granularity: metadata.spatialGranularity } }),
    ...(metadata.organization.id === '' ? {} : { organization: metadata.organization.id }),
    private: options.private,
    extras,
  };
}

export type ResourceKind = 'data' | 'dictionary-csv' | 'table-schema';

/**
 * Resource metadata for the PUT after an upload (the upload sets the title to the file name,
 * §13.5). The data CSV is `main`; the column dictionary files are `documentation`.
 */
export function toUdataResource(
  metadata: PublicationMetadata,
  kind: ResourceKind,
  labels: DocumentationLabels = DEFAULT_DOC_LABELS,
): UdataResourceInput {
  const title = metadata.resource.title.trim();
  switch (kind) {
    case 'data':
      return {
        title,
        description: metadata.resource.description.trim(),
        type: 'main',
        format: 'csv',
      };
    case 'dictionary-csv':
      return {
        title: `${title} — ${labels.dictionaryCsv}`,
        description: labels.dictionaryDescription,
        type: 'documentation',
        format: 'csv',
      };
    case 'table-schema':
      return {
        title: `${title} — ${labels.tableSchema}`,
        description: labels.tableSchemaDescription,
        type: 'documentation',
        format: 'json',
      };
  }
}

/** Resource titles of the documentation files, in the portal's default language (Cyrillic). */
export interface DocumentationLabels {
  readonly dictionaryCsv: string;
  readonly dictionaryDescription: string;
  readonly tableSchema: string;
  readonly tableSchemaDescription: string;
}

export const DEFAULT_DOC_LABELS: DocumentationLabels = {
  dictionaryCsv: 'речник података (CSV)',
  dictionaryDescription:
    'Шта значи свака колона табеле: назив, опис, тип, јединица мере и дозвољене вредности.',
  tableSchema: 'шема табеле (JSON)',
  tableSchemaDescription:
    'Опис колона табеле у формату Frictionless Table Schema, за програме који проверавају податке.',
};
