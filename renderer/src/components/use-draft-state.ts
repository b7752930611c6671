/**
 * useState whose value outlives the component while its owner object lives: a correction typed
 * on one step but not yet applied is still there when the clerk comes back from another step
 * (issue 9 §3, "nothing typed is lost"). The owner is the data the draft is about (e.g. the
 * import report of the open workbook): a new owner (a re-read file) starts fresh, and a WeakMap
 * lets drafts go with their owner.
 */
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

const drafts = new WeakMap<object, Map<string, unknown>>();

export function useDraftState<T>(
  owner: object | undefined,
  name: string,
  initial: T,
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    const stored = owner === undefined ? undefined : drafts.get(owner);
    return stored?.has(name) === true ? (stored.get(name) as T) : initial;
  });
  const set = useCallback<Dispatch<SetStateAction<T>>>(
    (action) => {
      setValue((previous) => {
        const next = typeof action === 'function' ? (action as (p: T) => T)(previous) : action;
        if (owner !== undefined) {
          const stored = drafts.get(owner) ?? new Map<string, unknown>();
          stored.set(name, next);
          drafts.set(owner, stored);
        }
        return next;
      });
    },
    [name, owner],
  );
  return [value, set];
}
