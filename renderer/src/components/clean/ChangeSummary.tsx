import type { RecipeChangeSummary, RecipeState } from '../../../../shared/contract';
import { useI18n } from '../../i18n';

/** After a replay: what changed against the last export, and which steps could not run. */
export function ChangeSummary({
  change,
  state,
}: {
  readonly change: RecipeChangeSummary;
  readonly state: RecipeState;
}) {
  const { t } = useI18n();
  const failed = state.stepResults.filter((r) => r.status === 'failed').length;
  const lines: string[] = [];
  if (change.rowsBefore === null) lines.push(t('recipe.change.noBaseline'));
  else if (change.rowsAdded === null || change.rowsRemoved === null)
    lines.push(
      t('recipe.change.rowsUnknown', { before: change.rowsBefore, after: change.rowsAfter }),
    );
  else
    lines.push(
      t('recipe.change.rows', {
        added: change.rowsAdded,
        removed: change.rowsRemoved,
        before: change.rowsBefore,
        after: change.rowsAfter,
      }),
    );
  if (change.columnsAdded.length > 0)
    lines.push(t('recipe.change.columnsAdded', { names: change.columnsAdded.join(', ') }));
  if (change.columnsRemoved.length > 0)
    lines.push(t('recipe.change.columnsRemoved', { names: change.columnsRemoved.join(', ') }));
  if (change.typeChanged.length > 0)
    lines.push(
      t('recipe.change.typeChanged', {
        names: change.typeChanged.map((c) => c.column).join(', '),
      }),
    );
  if (failed > 0) lines.push(t('recipe.change.failedSteps', { count: failed }));
  return (
    <section className="change-summary" role="status" data-testid="change-summary">
      <h2 className="small-title">{t('recipe.change.title')}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
