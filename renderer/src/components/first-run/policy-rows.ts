/**
 * What the first-run screen shows of IT's policy: the settings a clerk notices (portal,
 * organization, training portal, proxy, updates), each with its value in words and whether IT
 * fixed it. Pure, so it is unit-tested.
 */
import type { LoadedPolicy, PolicyField } from '../../../../shared/policy/policy';
import type { I18n, TextKey } from '../../i18n';

export const SHOWN_POLICY_FIELDS = [
  'portalUrl',
  'organization',
  'trainingPortal',
  'proxy',
  'updates',
] as const satisfies readonly PolicyField[];

const LABELS: { readonly [F in (typeof SHOWN_POLICY_FIELDS)[number]]: TextKey } = {
  portalUrl: 'about.field.portalUrl',
  organization: 'about.field.organization',
  trainingPortal: 'about.field.trainingPortal',
  proxy: 'about.field.proxy',
  updates: 'about.field.updates',
};

export interface PolicyRow {
  readonly field: PolicyField;
  readonly label: string;
  readonly value: string;
  readonly fixed: boolean;
}

export function policyRows(policy: LoadedPolicy, i18n: Pick<I18n, 't'>): PolicyRow[] {
  const { t } = i18n;
  const v = policy.values;
  const value = (field: (typeof SHOWN_POLICY_FIELDS)[number]): string => {
    switch (field) {
      case 'portalUrl':
        return v.portalUrl;
      case 'organization':
        return v.organization ?? t('firstRun.organizationNone');
      case 'trainingPortal':
        return t(v.trainingPortal ? 'value.true' : 'value.false');
      case 'proxy':
        return v.proxy === 'system'
          ? t('firstRun.proxy.system')
          : v.proxy === 'direct'
            ? t('firstRun.proxy.direct')
            : v.proxy.server;
      case 'updates':
        return v.updates === 'off'
          ? t('firstRun.updates.off')
          : t('firstRun.updates.on', { channel: v.updates.channel });
    }
  };
  return SHOWN_POLICY_FIELDS.map((field) => ({
    field,
    label: t(LABELS[field]),
    value: value(field),
    fixed: policy.fixed.includes(field),
  }));
}
