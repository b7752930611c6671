import { useId } from 'react';
import type { SheetInfo } from '../../../shared/contract';
import { useI18n } from '../i18n';
import { EyeOffIcon } from './Icons';

/** The workbook's sheets, for information: the one shown is marked, hidden ones say so in words. */
export function SheetList({
  sheets,
  sheetIndex,
}: {
  readonly sheets: readonly SheetInfo[];
  readonly sheetIndex: number;
}) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <div className="sheets">
      <h2 id={headingId} className="small-title">
        {t('table.sheets')}
      </h2>
      <ul className="sheet-list" aria-labelledby={headingId} data-testid="sheet-list">
        {sheets.map((sheet, index) => {
          const current = index === sheetIndex;
          const classes = ['sheet'];
          if (current) classes.push('is-current');
          if (sheet.hidden) classes.push('is-hidden');
          return (
            <li
              key={`${index}-${sheet.name}`}
              className={classes.join(' ')}
              aria-current={current ? 'true' : undefined}
            >
              {sheet.hidden && <EyeOffIcon className="inline-icon" />}
              <span className="sheet-name">{sheet.name}</span>
              {current && <span className="tag tag--current">{t('table.sheetShown')}</span>}
              {sheet.hidden && <span className="tag">{t('table.sheetHidden')}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
