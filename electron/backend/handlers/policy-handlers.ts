/**
 * IT's machine policy, as loaded at start-up (electron/backend/policy/load-policy.ts). The
 * policy is read once: IT changes take effect at the next start, like any machine-wide setting.
 */
import { ok } from '../../../shared/contract';
import type { LoadedPolicy } from '../../../shared/policy/policy';
import type { HandlerMap } from './types';

export function policyHandlers(policy: LoadedPolicy): Pick<HandlerMap, 'app:policy:get'> {
  return {
    'app:policy:get': async () => ok(policy),
  };
}
