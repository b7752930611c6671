import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_VALUES, type LoadedPolicy } from '../../../shared/policy/policy';
import { policyRows } from '../../../renderer/src/components/first-run/policy-rows';
import { createTranslator } from '../../../renderer/src/i18n/translate';
import { en } from '../../../renderer/src/i18n/en';

const i18n = createTranslator(en, new Intl.PluralRules('en'), String);

describe('policyRows', () => {
  it('shows the defaults as not fixed when IT set nothing', () => {
    const policy: LoadedPolicy = {
      source: null,
      values: DEFAULT_POLICY_VALUES,
      fixed: [],
      errors: [],
    };
    const rows = policyRows(policy, i18n);
    expect(rows.map((r) => r.field)).toEqual([
      'portalUrl',
      'organization',
      'trainingPortal',
      'proxy',
      'updates',
    ]);
    expect(rows.every((r) => !r.fixed)).toBe(true);
    expect(rows.find((r) => r.field === 'organization')?.value).toBe('chosen when publishing');
    expect(rows.find((r) => r.field === 'updates')?.value).toBe('on (latest)');
  });

  it('marks what IT fixed and words its values', () => {
    const policy: LoadedPolicy = {
      source: '/etc/otvori/policy.json',
      values: {
        ...DEFAULT_POLICY_VALUES,
        organization: 'grad-pancevo',
        trainingPortal: false,
        proxy: { server: 'http://proxy.pancevo.local:8080' },
        updates: 'off',
      },
      fixed: ['organization', 'trainingPortal', 'proxy', 'updates'],
      errors: [],
    };
    const rows = new Map(policyRows(policy, i18n).map((r) => [r.field, r]));
    expect(rows.get('organization')).toMatchObject({ value: 'grad-pancevo', fixed: true });
    expect(rows.get('trainingPortal')).toMatchObject({ value: 'No', fixed: true });
    expect(rows.get('proxy')?.value).toBe('http://proxy.pancevo.local:8080');
    expect(rows.get('updates')?.value).toBe('off');
    expect(rows.get('portalUrl')?.fixed).toBe(false);
  });
});
