/**
 * Step "Protect" (issue 5), first slice: what personal data Otvori found in each column, with
 * the evidence in words. Status is carried by text and an icon, never by colour alone. Operators
 * (remove, mask, generalise) and the publication gate come later.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api';
import type { AppError, ResponseOf, WorkbookSummary } from '../../../../shared/contract';
import { KIND_ROLE } from '../../../../shared/privacy/kinds';
import type { Evidence, PiiKind } from '../../../../shared/privacy/types';
import { useI18n } from '../../i18n';
import { AlertIcon, CheckIcon } from '../Icons';
import { useFocusOnMount } from '../use-focus-on-mount';
import '../../styles/privacy.css';

type PrivacyScan = ResponseOf<'app:privacy:scan'>;
type PrivacyColumn = PrivacyScan['columns'][number];
type I18n = ReturnType<typeof useI18n>;

function evidenceText({ t, tp }: I18n, evidence: Evidence): string {
  switch (evidence.code) {
    case 'header':
      return t('privacy.ev.header', { cue: t(`privacy.cue.${evidence.cue}`) });
    case 'matched': {
      const params = { total: evidence.total, kind: t(`privacy.kind.${evidence.kind}`) };
      const key =
        evidence.basis === 'checksum'
          ? 'privacy.ev.checksum'
          : evidence.basis === 'dictionary'
            ? 'privacy.ev.dictionary'
            : evidence.basis === 'header'
              ? 'privacy.ev.headerBasis'
              : 'privacy.ev.pattern';
      return tp(key, evidence.matched, params);
    }
    case 'bad-checksum':
      return tp('privacy.ev.badChecksum', evidence.matched, {
        kind: t(`privacy.kind.${evidence.kind}`),
      });
    case 'leading-zero-lost':
      return tp('privacy.ev.leadingZero', evidence.matched);
    case 'digits-lost':
      return tp('privacy.ev.digitsLost', evidence.matched);
    case 'embedded':
      return tp('privacy.ev.embedded', evidence.matched, {
        kind: t(`privacy.kind.${evidence.kind}`),
      });
    case 'chance-matches':
      return tp('privacy.ev.chance', evidence.matched, {
        kind: t(`privacy.kind.${evidence.kind}`),
      });
  }
}

function ColumnItem({ column }: { readonly column: PrivacyColumn }) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const found = column.kinds.filter((k) => !k.chance && KIND_ROLE[k.kind] !== 'public');
  const publicKinds = column.kinds.filter((k) => !k.chance && KIND_ROLE[k.kind] === 'public');
  const kindWords = (kinds: readonly { kind: PiiKind }[]) =>
    kinds.map((k) => t(`privacy.kind.${k.kind}`)).join(', ');
  return (
    <li
      className={`privacy-column ${column.personal ? 'is-personal' : 'is-clean'}`}
      data-testid={`privacy-column-${column.index}`}
      data-personal={column.personal ? 'true' : 'false'}
      aria-labelledby={headingId}
    >
      <div className="privacy-column-head">
        <h3 id={headingId} className="privacy-column-name">
          {column.name}
        </h3>
        <span className="privacy-status">
          {column.personal ? <AlertIcon /> : <CheckIcon />}
          {t(column.personal ? 'privacy.status.personal' : 'privacy.status.clean')}
        </span>
      </div>
      {column.personal && found.length > 0 && (
        <p className="privacy-found">{t('privacy.found', { kinds: kindWords(found) })}</p>
      )}
      {column.personal && column.confidence !== null && (
        <p className="privacy-confidence">{t(`privacy.confidence.${column.confidence}`)}</p>
      )}
      {publicKinds.map((k) => (
        <p key={k.kind} className="privacy-public">
          {t('privacy.public', { kind: t(`privacy.kind.${k.kind}`) })}
        </p>
      ))}
      {column.evidence.length > 0 && (
        <ul className="privacy-evidence" aria-label={t('privacy.evidenceLabel')}>
          {column.evidence.map((evidence, i) => (
            <li key={i}>{evidenceText(i18n, evidence)}</li>
          ))}
        </ul>
      )}
      {column.scan === 'sample' && column.personal && (
        <p className="hint">{t('privacy.sampled')}</p>
      )}
    </li>
  );
}

export function PrivacyScreen({
  workbook,
  moveFocus,
  onBack,
  onNext,
  onError,
}: {
  readonly workbook: WorkbookSummary;
  readonly moveFocus: boolean;
  readonly onBack: () => void;
  readonly onNext: () => void;
  readonly onError: (error: AppError) => void;
}) {
  const { t, tp } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const titleId = useId();
  const flaggedId = useId();
  const cleanId = useId();
  const [scan, setScan] = useState<PrivacyScan | null>(null);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });

  useEffect(() => {
    let live = true;
    void api.invoke('app:privacy:scan', { workbookId: workbook.workbookId }).then((result) => {
      if (!live) return;
      if (!result.ok) return onErrorRef.current(result.error);
      setScan(result.value);
    });
    return () => {
      live = false;
    };
  }, [workbook.workbookId]);

  const flagged = scan?.columns.filter((c) => c.personal) ?? [];
  const clean = scan?.columns.filter((c) => !c.personal) ?? [];

  return (
    <section className="screen privacy" data-testid="privacy-screen" aria-labelledby={titleId}>
      <div className="privacy-top">
        <div>
          <h1 id={titleId} ref={headingRef} tabIndex={-1} className="screen-title">
            {t('privacy.title')}
          </h1>
          <p className="screen-intro">{workbook.fileName}</p>
          <p className="screen-intro">{t('privacy.intro')}</p>
        </div>
        <div className="privacy-toolbar">
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('privacy.back')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="privacy-next"
            onClick={onNext}
          >
            {t('privacy.toDescribe')}
          </button>
        </div>
      </div>
      {scan === null ? (
        <p className="hint" role="status">
          {t('privacy.loading')}
        </p>
      ) : (
        <>
          <p className="privacy-summary" data-testid="privacy-summary" role="status">
            {scan.summary.personalColumns === 0
              ? t('privacy.noneFound')
              : tp('privacy.summary', scan.summary.personalColumns, {
                  checked: scan.summary.checkedColumns,
                })}
          </p>
          {flagged.length > 0 && (
            <section aria-labelledby={flaggedId}>
              <h2 id={flaggedId} className="privacy-group-title">
                {t('privacy.flaggedTitle')}
              </h2>
              <ul className="privacy-list">
                {flagged.map((column) => (
                  <ColumnItem key={column.key} column={column} />
                ))}
              </ul>
            </section>
          )}
          {clean.length > 0 && (
            <section aria-labelledby={cleanId}>
              <h2 id={cleanId} className="privacy-group-title">
                {t('privacy.cleanTitle')}
              </h2>
              <ul className="privacy-list">
                {clean.map((column) => (
                  <ColumnItem key={column.key} column={column} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
