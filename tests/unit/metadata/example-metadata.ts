/** The §12.3 example of udata-api.md as Otvori metadata, shared by the metadata tests. */
import { METADATA_SCHEMA_VERSION, type PublicationMetadata } from '../../../shared/metadata/types';

export const BUDGET_2024: PublicationMetadata = {
  schemaVersion: METADATA_SCHEMA_VERSION,
  title: 'Буџет Града Панчева за 2024. годину',
  titleLatin: 'Budžet Grada Pančeva za 2024. godinu',
  description:
    'Одлука о буџету Града Панчева за 2024. годину: планирани приходи и расходи по програмима, функцијама и изворима финансирања, у динарима.',
  descriptionLatin:
    'Odluka o budžetu Grada Pančeva za 2024. godinu: planirani prihodi i rashodi po programima, funkcijama i izvorima finansiranja, u dinarima.',
  tags: ['буџет', 'финансије', 'панчево', 'градска-управа'],
  license: 'sodl',
  frequency: 'annual',
  temporalCoverage: { start: '2024-01-01', end: '2024-12-31' },
  spatialGranularity: 'other',
  organization: { id: '5f1a2b3c4d5e6f7a8b9c0d1e', name: 'Град Панчево' },
  contact: { name: 'Одељење за финансије', email: 'finansije@pancevo.rs' },
  resource: {
    title: 'Буџет 2024 (CSV)',
    description: 'Табела у формату CSV, UTF-8, зарез као граничник.',
  },
  dictionary: [
    {
      name: 'Iznos',
      label: 'Износ',
      description: 'Планирани износ',
      type: 'number',
      unit: 'RSD',
      allowedValues: [],
    },
  ],
};
