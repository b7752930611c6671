/**
 * The portal connection as the whole app sees it (issue 7): the training banner, the Connect and
 * Publish screens and the organization choice in Describe all read it; changes replace it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contract';
import type { PortalStatus } from '../../../shared/contract/channels/portal';
import { api } from '../api';

export interface PortalStatusState {
  readonly status: PortalStatus | null;
  /** After a change made elsewhere (connect, training toggle): take the backend's answer. */
  readonly setStatus: (status: PortalStatus) => void;
  readonly refresh: () => void;
}

export function usePortalStatus(onError: (error: AppError) => void): PortalStatusState {
  const [status, setStatus] = useState<PortalStatus | null>(null);
  const refresh = useCallback(() => {
    void api.invoke('app:portal:status', {}).then((result) => {
      if (result.ok) setStatus(result.value);
      else onError(result.error);
    });
  }, [onError]);
  useEffect(refresh, [refresh]);
  return { status, setStatus, refresh };
}
