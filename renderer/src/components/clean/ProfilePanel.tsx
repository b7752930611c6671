/**
 * The facts about one column a clerk needs to decide what to clean: type, empty and distinct
 * counts, lowest and highest value, the most frequent values, cells that do not fit the type;
 * and the way into the cluster-and-merge dialog.
 */
import { useEffect, useId, useState } from 'react';
import type { AppError, ColumnSummary, RecipeColumnProfile } from '../../../../shared/contract';
import { api } from '../../api';
import { useI18n } from '../../i18n';

export interface ProfilePanelProps {
  readonly workbookId: string;
  readonly columns: readonly ColumnSummary[];
  /** Changes when the table does: the profile is fetched again. */
  readonly revision: number;
  readonly onClusters: (column: string) => void;
  readonly onError: (error: AppError) => void;
}

export function ProfilePanel({
  workbookId,
  columns,
  revision,
  onClusters,
  onError,
}: ProfilePanelProps) {
  const { t, format } = useI18n();
  const id = useId();
  const [column, setColumn] = useState(columns[0]?.name ?? '');
  const [profile, setProfile] = useState<RecipeColumnProfile | null>(null);
  const current = columns.some((c) => c.name === column) ? column : (columns[0]?.name ?? '');

  useEffect(() => {
    if (current === '') return;
    let alive = true;
    void api.invoke('app:recipe:profile', { workbookId, column: current }).then((result) => {
      if (!alive) return;
      if (result.ok) setProfile(result.value);
      else onError(result.error);
    });
    return () => {
      alive = false;
    };
  }, [workbookId, current, revision, onError]);

  const value = (v: number | string | null) =>
    v === null ? '—' : typeof v === 'number' ? format.cellNumber(v) : v;
  return (
    <section className="profile-panel" aria-labelledby={`${id}-title`} data-testid="profile-panel">
      <h2 id={`${id}-title`} className="small-title">
        {t('recipe.profile.title')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-column`}>{t('recipe.profile.column')}</label>
        <select
          id={`${id}-column`}
          data-testid="profile-column"
          value={current}
          onChange={(e) => setColumn(e.currentTarget.value)}
        >
          {columns.map((c) => (
            <option key={c.key} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {profile !== null && profile.column === current && (
        <>
          <dl className="facts profile-facts">
            <div className="fact">
              <dt>{t('recipe.profile.type')}</dt>
              <dd data-testid="profile-type">
                {t(`recipe.type.${profile.type}` as Parameters<typeof t>[0])}
              </dd>
            </div>
            <div className="fact">
              <dt>{t('recipe.profile.rows')}</dt>
              <dd>{format.number(profile.rows)}</dd>
            </div>
            <div className="fact">
              <dt>{t('recipe.profile.empty')}</dt>
              <dd data-testid="profile-empty">{format.number(profile.empty)}</dd>
            </div>
            <div className="fact">
              <dt>{t('recipe.profile.distinct')}</dt>
              <dd data-testid="profile-distinct">
                {profile.distinctCapped
                  ? t('recipe.profile.distinctCapped', { count: profile.distinct })
                  : format.number(profile.distinct)}
              </dd>
            </div>
            {profile.min !== null && (
              <div className="fact">
                <dt>{t('recipe.profile.min')}</dt>
                <dd>{value(profile.min)}</dd>
              </div>
            )}
            {profile.max !== null && (
              <div className="fact">
                <dt>{t('recipe.profile.max')}</dt>
                <dd>{value(profile.max)}</dd>
              </div>
            )}
          </dl>
          {profile.invalidForType.count > 0 && (
            <p className="profile-invalid" data-testid="profile-invalid">
              {t('recipe.profile.invalid', { count: profile.invalidForType.count })}
            </p>
          )}
          {profile.topValues.length > 0 && (
            <>
              <h3 className="small-title">{t('recipe.profile.top')}</h3>
              <ol className="top-values">
                {profile.topValues.slice(0, 5).map((v) => (
                  <li key={v.value}>
                    {t('recipe.clusters.value', { value: v.value, count: v.count })}
                  </li>
                ))}
              </ol>
            </>
          )}
          {profile.type === 'text' && (
            <button
              type="button"
              className="button button--secondary"
              data-testid="find-clusters"
              aria-haspopup="dialog"
              onClick={() => onClusters(current)}
            >
              {t('recipe.profile.clusters')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
