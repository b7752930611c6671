import { describe, expect, it } from 'vitest';
import { PLAN_ACTIONS } from '../../../shared/privacy/plan';
import { OPS } from '../../../shared/recipe/registry';
import { GENERALIZE_TO } from '../../../shared/recipe/ops/privacy/generalize';
import { en } from '../../../renderer/src/i18n/en';
import { srCyrl } from '../../../renderer/src/i18n/sr-cyrl';
import { srLatn } from '../../../renderer/src/i18n/sr-latn';

const PRIVACY_OPS = [
  'drop-column',
  'mask',
  'redact-text',
  'pseudonymize',
  'tokenize',
  'generalize',
  'top-bottom-code',
  'suppress-small-counts',
];

describe('privacy messages', () => {
  it.each([
    ['sr-Cyrl', srCyrl as Record<string, unknown>],
    ['sr-Latn', srLatn as Record<string, unknown>],
    ['en', en as Record<string, unknown>],
  ])('%s words every privacy op step, plan action and risk step', (_locale, dictionary) => {
    const keys: string[] = [];
    for (const op of PRIVACY_OPS) {
      const def = OPS.get(op);
      if (def === undefined) throw new Error(op);
      if (op === 'generalize') {
        for (const to of GENERALIZE_TO) {
          keys.push(def.describe({ id: 's', op, column: 'A', params: { to }, enabled: true }).key);
        }
      } else {
        keys.push(def.describe({ id: 's', op, column: 'A', params: {}, enabled: true }).key);
      }
    }
    keys.push(
      OPS.get('redact-text')!.describe({ id: 's', op: 'redact-text', params: {}, enabled: true })
        .key,
    );
    for (const action of PLAN_ACTIONS) keys.push(`privacy.action.${action}`);
    for (const step of ['generalize-year-band', 'generalize-age-band', 'drop']) {
      keys.push(`privacy.risk.next.${step}`);
    }
    for (const key of keys) expect(dictionary[key], key).toEqual(expect.any(String));
  });
});
