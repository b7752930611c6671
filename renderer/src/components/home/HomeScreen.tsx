/**
 * Home (issue 9 §2): the clerk's datasets with their state, last publication, next due date and
 * portal link; the two obvious actions, "new publication" and "publish next period"; search and
 * sort. A workbook left open in the journey can be returned to from here.
 */
import { useId, useMemo, useState } from 'react';
import type { AppError } from '../../../../shared/contract';
import type { PublicationOverview } from '../../../../shared/contract/channels/home';
import { useI18n } from '../../i18n';
import { INTL_LOCALE } from '../../i18n/locales';
import { useFocusOnMount } from '../use-focus-on-mount';
import {
  HOME_SORTS,
  filterPublications,
  nextPeriodCandidate,
  sortPublications,
  type HomeSort,
} from './home-model';
import { PublicationCard } from './PublicationCard';
import { useHomeOverview } from './use-home-overview';
import '../../styles/home.css';

export interface HomeScreenProps {
  readonly moveFocus: boolean;
  /** The file still open in the journey, if any. */
  readonly openFileName: string | null;
  readonly onNew: () => void;
  readonly onContinueOpen: () => void;
  /** Open a file for this publication: continue it, or its next period once published. */
  readonly onOpenFor: (item: PublicationOverview) => void;
  readonly onError: (error: AppError) => void;
}

function isSort(value: string): value is HomeSort {
  return (HOME_SORTS as readonly string[]).includes(value);
}

export function HomeScreen(props: HomeScreenProps) {
  const { t, tp, locale } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(props.moveFocus);
  const headingId = useId();
  const listId = useId();
  const searchId = useId();
  const sortId = useId();
  const nextHintId = useId();
  const items = useHomeOverview(props.onError);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<HomeSort>('urgency');
  const collator = useMemo(() => new Intl.Collator(INTL_LOCALE[locale]), [locale]);
  const shown = useMemo(
    () =>
      items === null ? [] : sortPublications(filterPublications(items, query), sort, collator),
    [items, query, sort, collator],
  );
  const next = items === null ? null : nextPeriodCandidate(items);

  return (
    <section className="screen home-screen" aria-labelledby={headingId} data-testid="home-screen">
      <div className="screen-intro">
        <h1 id={headingId} ref={headingRef} tabIndex={-1} className="screen-title">
          {t('home.title')}
        </h1>
        <p className="lead">{t('home.intro')}</p>
      </div>

      <div className="home-actions">
        {props.openFileName !== null && (
          <div className="card home-action">
            <button
              type="button"
              className="button button--primary button--large"
              data-testid="home-continue-open"
              onClick={props.onContinueOpen}
            >
              {t('home.continueOpen')}
            </button>
            <p className="hint">{t('home.continueOpenHint', { name: props.openFileName })}</p>
          </div>
        )}
        <div className="card home-action">
          <button
            type="button"
            className={`button button--large ${props.openFileName === null ? 'button--primary' : 'button--secondary'}`}
            data-testid="home-new"
            aria-describedby={`${headingId}-new`}
            onClick={props.onNew}
          >
            {t('home.new')}
          </button>
          <p className="hint" id={`${headingId}-new`}>
            {t('home.newHint')}
          </p>
        </div>
        <div className="card home-action">
          <button
            type="button"
            className="button button--secondary button--large"
            data-testid="home-next"
            aria-describedby={nextHintId}
            disabled={next === null}
            onClick={() => {
              if (next !== null) props.onOpenFor(next);
            }}
          >
            {t('home.next')}
          </button>
          <p className="hint" id={nextHintId}>
            {next === null
              ? t('home.nextNone')
              : t('home.nextHint', { title: next.title, state: t(`home.state.${next.state}`) })}
          </p>
        </div>
      </div>

      <section className="home-list-section" aria-labelledby={listId}>
        <div className="home-list-head">
          <h2 id={listId} className="card-title">
            {t('home.listTitle')}
            {items !== null && items.length > 0 && (
              <span className="muted home-count"> · {tp('home.count', shown.length)}</span>
            )}
          </h2>
          <div className="home-tools">
            <div className="home-tool">
              <label htmlFor={searchId}>{t('home.search')}</label>
              <input
                id={searchId}
                type="search"
                className="home-input"
                data-testid="home-search"
                value={query}
                onChange={(event) => setQuery(event.currentTarget.value)}
              />
            </div>
            <div className="home-tool">
              <label htmlFor={sortId}>{t('home.sort')}</label>
              <select
                id={sortId}
                className="home-input"
                data-testid="home-sort"
                value={sort}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isSort(value)) setSort(value);
                }}
              >
                {HOME_SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`home.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <div role="status" className="notice-region">
          {items === null && <p className="muted">{t('home.loading')}</p>}
          {items !== null && items.length === 0 && (
            <p className="notice" data-testid="home-empty">
              {t('home.empty')}
            </p>
          )}
          {items !== null && items.length > 0 && shown.length === 0 && (
            <p className="notice" data-testid="home-no-match">
              {t('home.noMatch', { query })}
            </p>
          )}
        </div>
        {shown.length > 0 && (
          <ul className="home-list" data-testid="home-list">
            {shown.map((item) => (
              <PublicationCard key={item.id} item={item} onOpenFor={props.onOpenFor} />
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
