/**
 * The first rows of the file being opened (issue 3 §5), shown under the progress bar while the
 * rest is still being read: the clerk sees at once whether it is the right file. Plain text as
 * the cells show it; the typed, cleaned table comes when reading is done.
 */
import { useId } from 'react';
import { useI18n } from '../i18n';

export function FilePreview({ rows }: { readonly rows: readonly (readonly string[])[] }) {
  const { t } = useI18n();
  const captionId = useId();
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return (
    <div className="card file-preview" data-testid="file-preview">
      <h2 id={captionId} className="file-preview-title">
        {t('preview.title')}
      </h2>
      <p className="muted">{t('preview.hint')}</p>
      {/* Focusable so keyboard users can scroll a wide preview. */}
      <div className="file-preview-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="file-preview-table">
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {Array.from({ length: width }, (_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
