import { useId } from 'react';
import type { RecentFile } from '../../../shared/contract';
import { useI18n } from '../i18n';
import { FileTableIcon, UnavailableIcon } from './Icons';

export function RecentFiles({
  items,
  onOpen,
}: {
  readonly items: readonly RecentFile[] | null;
  readonly onOpen: (item: RecentFile) => void;
}) {
  const { t, tp, format } = useI18n();
  const headingId = useId();
  return (
    <section className="card recent" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('recent.title')}
      </h2>
      {items === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('recent.empty')}</p>
      ) : (
        <ul className="recent-list" data-testid="recent-list">
          {items.map((item) => {
            const opened = format.moment(item.openedAt);
            const meta = [
              t(`format.${item.format}`),
              tp('count.rows', item.rowCount),
              opened === null ? null : t('recent.openedAt', { date: opened }),
            ].filter((part) => part !== null);
            return (
              <li key={item.id} className="recent-item">
                <button
                  type="button"
                  className={item.available ? 'recent-button' : 'recent-button is-unavailable'}
                  // aria-disabled keeps the entry focusable, so its reason can be read and heard.
                  aria-disabled={item.available ? undefined : true}
                  data-testid={`recent-item-${item.id}`}
                  onClick={() => {
                    if (item.available) onOpen(item);
                  }}
                >
                  {item.available ? (
                    <FileTableIcon className="recent-icon" />
                  ) : (
                    <UnavailableIcon className="recent-icon" />
                  )}
                  <span className="recent-text">
                    <span className="recent-name">{item.fileName}</span>
                    <span className="recent-meta">{meta.join(' · ')}</span>
                    {!item.available && (
                      <span className="recent-unavailable">{t('recent.unavailable')}</span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
