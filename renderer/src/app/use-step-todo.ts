/**
 * The "left to do" sentence of the current step (issue 9 §3), from what the backend already
 * knows: personal data still found in the current table (after the recipe's protection steps),
 * and problems left in the description. Fetched when the step is shown; failures only leave the
 * generic sentence (the step's own screen reports errors).
 */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useI18n } from '../i18n';
import type { StepId } from './journey';

export function useStepTodo(
  step: StepId,
  workbookId: string | null,
  publicationId: string | null,
  /** A new object on every screen change, so the sentence is fresh when the clerk comes back. */
  visit: object,
): string | null {
  const { t, tp } = useI18n();
  const [count, setCount] = useState<{ key: object; value: number } | null>(null);
  const key = visit;

  useEffect(() => {
    let alive = true;
    if (step === 'protect' && workbookId !== null) {
      void api.invoke('app:privacy:scan', { workbookId }).then((result) => {
        if (alive && result.ok) setCount({ key, value: result.value.summary.personalColumns });
      });
    } else if (step === 'describe' && publicationId !== null) {
      void api.invoke('app:metadata:get', { publicationId, workbookId: null }).then((result) => {
        if (alive && result.ok) setCount({ key, value: result.value.issues.length });
      });
    }
    return () => {
      alive = false;
    };
  }, [key, step, workbookId, publicationId]);

  const known = count?.key === key ? count.value : null;
  switch (step) {
    case 'open':
      return t('journey.todo.open');
    case 'view':
      return t('journey.todo.view');
    case 'protect':
      if (known === null) return t('journey.todo.protectUnknown');
      return known === 0 ? t('journey.todo.protectNone') : tp('journey.todo.protect', known);
    case 'describe':
      if (known === null) return t('journey.todo.describeUnknown');
      return known === 0 ? t('journey.todo.describeNone') : tp('journey.todo.describe', known);
    default:
      return null;
  }
}
