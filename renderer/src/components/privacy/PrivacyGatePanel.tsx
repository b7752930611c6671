/**
 * The check before publication (issue 5 §5): the gate's answer for the current table, in words.
 * A refusal names each column and what is in it (never a value) and offers the two ways out:
 * protect it (the plan above) or justify it; justifications are stored with the publication,
 * with who and when, and can be removed.
 */
import { useId, useState } from 'react';
import { api } from '../../api';
import type { AppError, ResponseOf } from '../../../../shared/contract';
import type { PiiKind } from '../../../../shared/privacy/types';
import { useI18n } from '../../i18n';
import { AlertIcon, CheckIcon } from '../Icons';

type Gate = ResponseOf<'app:privacy:gate'>;

function JustifyForm({
  workbookId,
  column,
  kind,
  onSaved,
  onError,
}: {
  readonly workbookId: string;
  readonly column: string;
  readonly kind: PiiKind;
  readonly onSaved: (gate: Gate) => void;
  readonly onError: (error: AppError) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const save = async () => {
    if (text.trim() === '') return;
    const result = await api.invoke('app:privacy:justify', { workbookId, column, kind, text });
    if (!result.ok) return onError(result.error);
    setText('');
    onSaved(result.value);
  };
  return (
    <div className="privacy-justify">
      <label htmlFor={id}>
        {t('privacy.justify.label', { kind: t(`privacy.kind.${kind}`), column })}
      </label>
      <textarea id={id} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="button button--secondary"
        disabled={text.trim() === ''}
        onClick={() => void save()}
      >
        {t('privacy.justify.save')}
      </button>
    </div>
  );
}

export function PrivacyGatePanel({
  workbookId,
  gate,
  onGate,
  onError,
}: {
  readonly workbookId: string;
  readonly gate: Gate;
  readonly onGate: (gate: Gate) => void;
  readonly onError: (error: AppError) => void;
}) {
  const { t, format } = useI18n();
  const titleId = useId();
  const recheck = async () => {
    const result = await api.invoke('app:privacy:gate', { workbookId });
    if (!result.ok) return onError(result.error);
    onGate(result.value);
  };
  const unjustify = async (column: string, kind: PiiKind) => {
    const result = await api.invoke('app:privacy:justify', {
      workbookId,
      column,
      kind,
      text: null,
    });
    if (!result.ok) return onError(result.error);
    onGate(result.value);
  };
  return (
    <section className="privacy-panel" aria-labelledby={titleId} data-testid="privacy-gate">
      <h2 id={titleId} className="privacy-group-title">
        {t('privacy.gate.title')}
      </h2>
      <button
        type="button"
        className="button button--secondary"
        data-testid="privacy-gate-check"
        onClick={() => void recheck()}
      >
        {t('privacy.gate.check')}
      </button>
      <div
        className={`privacy-gate-status ${gate.passed ? 'is-passed' : 'is-refused'}`}
        data-testid="privacy-gate-status"
        data-passed={gate.passed ? 'true' : 'false'}
        role="status"
      >
        <p className="privacy-status">
          {gate.passed ? <CheckIcon /> : <AlertIcon />}
          {t(gate.passed ? 'privacy.gate.passed' : 'privacy.gate.refused')}
        </p>
        {gate.blockers.length > 0 && (
          <ul className="privacy-blockers">
            {gate.blockers.map((blocker) => (
              <li key={blocker.column}>
                <p>
                  {t('privacy.gate.blocker', {
                    column: blocker.column,
                    kinds: blocker.kinds.map((k) => t(`privacy.kind.${k}`)).join(', '),
                  })}
                </p>
                {gate.canJustify ? (
                  <details className="privacy-justify-details">
                    <summary>{t('privacy.justify.open')}</summary>
                    {blocker.kinds.map((kind) => (
                      <JustifyForm
                        key={kind}
                        workbookId={workbookId}
                        column={blocker.column}
                        kind={kind}
                        onSaved={onGate}
                        onError={onError}
                      />
                    ))}
                  </details>
                ) : (
                  <p className="hint">{t('privacy.gate.noPublication')}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {gate.justifications.length > 0 && (
        <>
          <h3 className="privacy-subtitle">{t('privacy.justify.title')}</h3>
          <ul className="privacy-justifications">
            {gate.justifications.map((j) => (
              <li key={`${j.column}\u0000${j.kind}`}>
                <span>
                  {t('privacy.justify.item', {
                    column: j.column,
                    kind: t(`privacy.kind.${j.kind}`),
                    text: j.text,
                    who: j.who,
                    at: format.moment(j.at) ?? j.at,
                  })}
                </span>{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void unjustify(j.column, j.kind)}
                >
                  {t('privacy.justify.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
