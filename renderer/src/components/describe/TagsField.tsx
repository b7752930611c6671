/**
 * Keywords as removable chips, each shown with the form the portal will store (Russian-style
 * transliteration, lowercase: udata-api.md §5.4), so "ЈП" becoming the refused "jp" is no surprise.
 */
import { useState } from 'react';
import { normalizeTag, splitTagInput, tagProblem } from '../../../../shared/metadata/udata-slug';
import { useI18n } from '../../i18n';
import { CloseIcon } from '../Icons';
import type { ControlProps } from './Field';

export function TagsField({
  tags,
  onChange,
  control,
}: {
  readonly tags: readonly string[];
  readonly onChange: (tags: string[]) => void;
  readonly control: ControlProps;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');

  function add(): void {
    const added = splitTagInput(text).filter((tag) => !tags.includes(tag));
    if (added.length > 0) onChange([...tags, ...added]);
    setText('');
  }

  return (
    <div className="md-tags">
      {tags.length === 0 ? (
        <p className="hint">{t('metadata.tags.none')}</p>
      ) : (
        <ul className="md-chips" data-testid="md-tag-list">
          {tags.map((tag) => (
            <li
              key={tag}
              className={`md-chip${tagProblem(tag) === null ? '' : ' is-invalid'}`}
              data-testid="md-tag"
            >
              <span className="md-chip-text">{tag}</span>
              <span className="md-chip-portal">
                {t('metadata.tags.portal', { tag: normalizeTag(tag) || '—' })}
              </span>
              <button
                type="button"
                className="icon-button md-chip-remove"
                aria-label={t('metadata.tags.remove', { tag })}
                title={t('metadata.tags.remove', { tag })}
                onClick={() => onChange(tags.filter((other) => other !== tag))}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="md-tag-input">
        <input
          {...control}
          type="text"
          className="md-input"
          value={text}
          placeholder={t('metadata.tags.input')}
          autoComplete="off"
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter adds the keyword instead of doing nothing in a form without a submit.
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              add();
            }
          }}
          onBlur={() => {
            if (text.trim() !== '') add();
          }}
        />
        <button
          type="button"
          className="button button--secondary"
          data-testid="md-tag-add"
          onClick={add}
        >
          {t('metadata.tags.add')}
        </button>
      </div>
    </div>
  );
}
