/**
 * Shown over a newly opened table when its publication (found by file name, as
 * use-publication.ts does; none is created here) has a saved recipe that has not run on this
 * file: the clerk goes to the Clean step, where the replay dialog asks before anything runs.
 */
import { useEffect, useState } from 'react';
import type { WorkbookSummary } from '../../../../shared/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n';

export function PendingRecipeNotice({
  workbook,
  onReview,
}: {
  readonly workbook: WorkbookSummary;
  readonly onReview: () => void;
}) {
  const { t } = useI18n();
  const [steps, setSteps] = useState(0);
  useEffect(() => {
    let alive = true;
    void (async () => {
      const list = await api.invoke('app:publication:list', {});
      const publication = list.ok
        ? list.value.items.find((p) => p.sourceFileName === workbook.fileName)
        : undefined;
      if (publication === undefined) return;
      const state = await api.invoke('app:recipe:get', {
        workbookId: workbook.workbookId,
        publicationId: publication.id,
      });
      // Quietly nothing when it fails: the Clean step reports errors when the clerk goes there.
      if (alive && state.ok && state.value.replayPending) setSteps(state.value.recipe.steps.length);
    })();
    return () => {
      alive = false;
    };
  }, [workbook.workbookId, workbook.fileName]);
  if (steps === 0) return null;
  return (
    <div className="pending-recipe" role="status" data-testid="pending-recipe">
      <p>{t('recipe.pending.notice', { steps })}</p>
      <button
        type="button"
        className="button button--primary"
        data-testid="pending-recipe-review"
        onClick={onReview}
      >
        {t('recipe.pending.review')}
      </button>
    </div>
  );
}
