import { useId } from 'react';
import type { PublicationOverview } from '../../../../shared/contract/channels/home';
import type { PublicationState } from '../../../../shared/home/publication-state';
import { shippedLabel } from '../../../../shared/metadata/reference-lists';
import { useI18n } from '../../i18n';
import { AlertIcon, CheckIcon, ClockIcon } from '../Icons';

/** The state is a word and a shape, never colour alone. */
function StateIcon({ state }: { readonly state: PublicationState }) {
  if (state === 'published' || state === 'ready') return <CheckIcon className="inline-icon" />;
  if (state === 'overdue') return <AlertIcon className="inline-icon" />;
  if (state === 'due') return <ClockIcon className="inline-icon" />;
  return null;
}

export function PublicationCard({
  item,
  onOpenFor,
}: {
  readonly item: PublicationOverview;
  readonly onOpenFor: (item: PublicationOverview) => void;
}) {
  const { t, tp, format, locale } = useI18n();
  const titleId = useId();
  const stateText = t(`home.state.${item.state}`);
  // "Unknown" says nothing on a card: shown only when the clerk chose a real frequency.
  const frequency =
    item.frequency === null || item.frequency === 'unknown'
      ? null
      : (shippedLabel('frequencies', item.frequency)?.[locale] ?? item.frequency);
  const published = item.lastPublication;
  const nextPeriod = published !== null;
  return (
    <li
      className={`card home-card is-${item.state}`}
      aria-labelledby={titleId}
      data-testid="home-item"
      data-state={item.state}
    >
      <div className="home-card-head">
        <h3 id={titleId} className="home-card-title">
          {item.title}
        </h3>
        <p className={`home-state home-state--${item.state}`} data-testid="home-item-state">
          <StateIcon state={item.state} />
          <span className="visually-hidden">{t('home.stateLabel', { state: stateText })}</span>
          <span aria-hidden="true">{stateText}</span>
        </p>
      </div>
      <ul className="home-facts">
        {item.sourceFileName !== null && (
          <li>{t('home.sourceFile', { name: item.sourceFileName })}</li>
        )}
        {frequency !== null && <li>{t('home.frequency', { frequency })}</li>}
        <li data-testid="home-item-published">
          {published === null
            ? t('home.neverPublished')
            : t('home.lastPublished', { date: format.moment(published.at) ?? published.at })}
        </li>
        {item.nextDueDate !== null && (
          <li data-testid="home-item-due">
            {t('home.nextDue', { date: format.cellDate(item.nextDueDate) ?? item.nextDueDate })}
          </li>
        )}
        {item.lastRehearsal !== null && (
          <li>
            {t('home.rehearsed', {
              date: format.moment(item.lastRehearsal.at) ?? item.lastRehearsal.at,
            })}
          </li>
        )}
        {published === null && (
          <li>
            {item.metadataIssues === null
              ? t('home.noMetadata')
              : item.metadataIssues > 0
                ? tp('home.issues', item.metadataIssues)
                : t('journey.todo.describeNone')}
          </li>
        )}
      </ul>
      <div className="home-card-actions">
        <button
          type="button"
          className={`button ${nextPeriod ? 'button--primary' : 'button--secondary'}`}
          data-testid={nextPeriod ? 'home-item-next' : 'home-item-continue'}
          aria-label={t(nextPeriod ? 'home.publishNextLabel' : 'home.continueLabel', {
            title: item.title,
          })}
          onClick={() => onOpenFor(item)}
        >
          {t(nextPeriod ? 'home.publishNext' : 'home.continue')}
        </button>
        {published?.datasetUrl != null && (
          <a
            className="button button--secondary"
            href={published.datasetUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('home.portalLinkLabel', { title: item.title })}
            data-testid="home-item-link"
          >
            {t('home.portalLink')}
          </a>
        )}
      </div>
    </li>
  );
}
