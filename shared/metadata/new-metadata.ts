/**
 * A new publication's metadata: the office template first (organization, licence, contact,
 * tags, frequency, granularity), then what the table tells us (coverage, column dictionary).
 */
import type { Table } from '../table/types';
import { draftDictionary } from './dictionary-draft';
import { DEFAULT_FREQUENCY, DEFAULT_LICENSE } from './reference-lists';
import { proposeTemporalCoverage } from './temporal-proposal';
import { METADATA_SCHEMA_VERSION, type OfficeTemplate, type PublicationMetadata } from './types';

export const EMPTY_TEMPLATE: OfficeTemplate = {
  organization: { id: '', name: '' },
  license: DEFAULT_LICENSE,
  frequency: DEFAULT_FREQUENCY,
  spatialGranularity: '',
  contact: { name: '', email: '' },
  tags: [],
};

export function newMetadata(
  title: string,
  template: OfficeTemplate,
  table: Table | null,
): PublicationMetadata {
  const coverage = table === null ? null : proposeTemporalCoverage(table);
  return {
    schemaVersion: METADATA_SCHEMA_VERSION,
    title,
    titleLatin: '',
    description: '',
    descriptionLatin: '',
    tags: [...template.tags],
    license: template.license,
    frequency: template.frequency,
    temporalCoverage:
      coverage === null ? { start: '', end: '' } : { start: coverage.start, end: coverage.end },
    spatialGranularity: template.spatialGranularity,
    organization: { ...template.organization },
    contact: { ...template.contact },
    resource: { title: title === '' ? '' : `${title} (CSV)`, description: '' },
    dictionary: table === null ? [] : draftDictionary(table),
  };
}
