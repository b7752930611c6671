import { useEffect, useState } from 'react';
import type { AppError, RecentFile } from '../../../shared/contract';
import { api } from '../api';

/** The recent files list, fetched each time the open screen appears. `null` while loading. */
export function useRecentFiles(onError: (error: AppError) => void): readonly RecentFile[] | null {
  const [items, setItems] = useState<readonly RecentFile[] | null>(null);
  useEffect(() => {
    let alive = true;
    void api.invoke('app:recent:list', {}).then((result) => {
      if (!alive) return;
      if (result.ok) {
        setItems(result.value.items);
      } else {
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
