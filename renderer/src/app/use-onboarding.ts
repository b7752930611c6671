/**
 * Where the app starts (issue 9): the first-run screen until it is completed on this computer;
 * then Home when the clerk has publications, else the open screen (nothing to list yet). Read
 * once at start with the locale; if the backend cannot answer, the app starts as if the first
 * run were done, so a broken setting never locks the clerk out.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contract';
import type { OnboardingState } from '../../../shared/contract/channels/home';
import { api } from '../api';

export type Landing = 'first-run' | 'home' | 'open';

export interface Onboarding {
  readonly ready: boolean;
  readonly state: OnboardingState;
  readonly landing: Landing;
  /** The first-run screen recorded the clerk's choice. */
  completed(state: OnboardingState): void;
}

const UNKNOWN: OnboardingState = { completed: true, startMode: null, completedAt: null };

export function useOnboarding(onError: (error: AppError) => void): Onboarding {
  const [loaded, setLoaded] = useState<{ state: OnboardingState; landing: Landing } | null>(null);

  useEffect(() => {
    let alive = true;
    void Promise.all([
      api.invoke('app:onboarding:get', {}),
      api.invoke('app:publication:list', {}),
    ]).then(([onboarding, list]) => {
      if (!alive) return;
      if (!onboarding.ok) onError(onboarding.error);
      const state = onboarding.ok ? onboarding.value : UNKNOWN;
      const hasPublications = list.ok && list.value.items.length > 0;
      setLoaded({
        state,
        landing: !state.completed ? 'first-run' : hasPublications ? 'home' : 'open',
      });
    });
    return () => {
      alive = false;
    };
  }, [onError]);

  const completed = useCallback((state: OnboardingState) => {
    setLoaded({ state, landing: 'home' });
  }, []);

  return {
    ready: loaded !== null,
    state: loaded?.state ?? UNKNOWN,
    landing: loaded?.landing ?? 'open',
    completed,
  };
}
