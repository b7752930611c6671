/** The Home list, fetched when the screen appears (it is cheap: a few queries on local SQLite). */
import { useEffect, useState } from 'react';
import type { AppError } from '../../../../shared/contract';
import type { PublicationOverview } from '../../../../shared/contract/channels/home';
import { api } from '../../api';
import { localToday } from './home-model';

export function useHomeOverview(
  onError: (error: AppError) => void,
): readonly PublicationOverview[] | null {
  const [items, setItems] = useState<readonly PublicationOverview[] | null>(null);
  useEffect(() => {
    let alive = true;
    void api.invoke('app:home:overview', { today: localToday() }).then((result) => {
      if (!alive) return;
      if (result.ok) setItems(result.value.items);
      else {
        setItems([]);
        onError(result.error);
      }
    });
    return () => {
      alive = false;
    };
  }, [onError]);
  return items;
}
