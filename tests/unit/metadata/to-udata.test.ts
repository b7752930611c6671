import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toUdataDataset, toUdataResource } from '../../../shared/metadata/to-udata';
import {
  UDATA_DATASET_INPUT_SCHEMA,
  UDATA_RESOURCE_INPUT_SCHEMA,
} from '../../../shared/metadata/udata-schemas';
import { BUDGET_2024 } from './example-metadata';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/udata/${name}`, import.meta.url), 'utf8'));

const ajv = new Ajv({ strict: true, allowUnionTypes: true });

describe('mapping to the portal', () => {
  it('produces exactly the dataset body of the fixture', () => {
    const body = toUdataDataset(BUDGET_2024, { private: true });
    expect(body).toEqual(fixture('dataset-budget-2024.json'));
    // Key order is irrelevant to the portal, but exact JSON equality is what we promise.
    expect(JSON.parse(JSON.stringify(body))).toEqual(fixture('dataset-budget-2024.json'));
  });

  it('leaves out what is not set, and never sends organization: null or resources', () => {
    const body = toUdataDataset(
      {
        ...BUDGET_2024,
        title: 'Регистар корисника једнократне помоћи',
        titleLatin: '',
        description: 'Синтетички регистар за вежбу.',
        descriptionLatin: '',
        tags: [],
        frequency: 'unknown',
        temporalCoverage: { start: '', end: '' },
        spatialGranularity: '',
        organization: { id: '', name: '' },
        contact: { name: '', email: '' },
      },
      { private: false },
    );
    expect(body).toEqual(fixture('dataset-minimal.json'));
    expect('organization' in body).toBe(false);
    expect('resources' in body).toBe(false);
  });

  it('always sends tags, temporal_coverage and private (a PUT without them wipes them, §5.5)', () => {
    const body = toUdataDataset(
      { ...BUDGET_2024, tags: [] },
      { private: false },
    ) as unknown as Record<string, unknown>;
    expect(body).toHaveProperty('tags', []);
    expect(body).toHaveProperty('temporal_coverage');
    expect(body).toHaveProperty('private', false);
  });

  it('fixtures satisfy the portal input schemas', () => {
    const dataset = ajv.compile(UDATA_DATASET_INPUT_SCHEMA);
    const resource = ajv.compile(UDATA_RESOURCE_INPUT_SCHEMA);
    for (const name of ['dataset-budget-2024.json', 'dataset-minimal.json']) {
      expect(dataset(fixture(name)), JSON.stringify(dataset.errors)).toBe(true);
    }
    expect(resource(fixture('resource-budget-2024.json'))).toBe(true);
    expect(dataset({ ...(fixture('dataset-minimal.json') as object), resources: [] })).toBe(false);
  });

  it('maps the data resource and the documentation resources', () => {
    expect(toUdataResource(BUDGET_2024, 'data')).toEqual(fixture('resource-budget-2024.json'));
    const doc = toUdataResource(BUDGET_2024, 'dictionary-csv');
    expect(doc).toMatchObject({ type: 'documentation', format: 'csv' });
    expect(doc.title).toBe('Буџет 2024 (CSV) — речник података (CSV)');
    expect(toUdataResource(BUDGET_2024, 'table-schema')).toMatchObject({
      type: 'documentation',
      format: 'json',
    });
  });
});
