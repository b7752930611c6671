import { ok } from '../../../shared/contract';
import type { HomeChannelTypes } from '../../../shared/contract/channels/home';
import type { AuditLog } from '../db/audit-log';
import type { OnboardingRepo } from '../db/onboarding-repo';
import { publicationOverview, type OverviewDeps } from '../home/publication-overview';
import type { HandlerMap } from './types';

export interface HomeHandlerDeps extends OverviewDeps {
  readonly onboarding: OnboardingRepo;
  readonly audit: AuditLog;
}

export function homeHandlers(deps: HomeHandlerDeps): Pick<HandlerMap, keyof HomeChannelTypes> {
  return {
    'app:home:overview': async ({ today }) => ok({ items: publicationOverview(deps, today) }),
    'app:onboarding:get': async () => ok(deps.onboarding.get()),
    'app:onboarding:complete': async ({ startMode }) => {
      const state = deps.onboarding.complete(startMode);
      deps.audit.record('onboarding.complete', { startMode });
      return ok(state);
    },
  };
}
