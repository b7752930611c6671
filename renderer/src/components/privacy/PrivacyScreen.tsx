/**
 * Step "Protect" (issue 5): what personal data Otvori found in each column, with the evidence in
 * words; the suggested plan (accepted steps go into the recipe), the risk check, the check before
 * publication with the clerk's justifications, and the anonymization report. Status is carried by
 * text and an icon, never by colour alone. Every recipe change reloads the scan, plan and gate of
 * the new current table.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api';
import { newJobId } from '../../api/job-id';
import type { PlanAction, StepDraft } from '../../../../shared/privacy/plan';
import type { AppError, ResponseOf, WorkbookSummary } from '../../../../shared/contract';
import { KIND_ROLE } from '../../../../shared/privacy/kinds';
import type { Evidence, PiiKind } from '../../../../shared/privacy/types';
import { useI18n } from '../../i18n';
import { AlertIcon, CheckIcon } from '../Icons';
import { useFocusOnMount } from '../use-focus-on-mount';
import { PrivacyGatePanel } from './PrivacyGatePanel';
import { PrivacyPlanPanel } from './PrivacyPlanPanel';
import { PrivacyReportPanel } from './PrivacyReportPanel';
import { PrivacyRiskPanel } from './PrivacyRiskPanel';
import '../../styles/privacy.css';

type PrivacyScan = ResponseOf<'app:privacy:scan'>;
type Plan = ResponseOf<'app:privacy:plan'>;
type Gate = ResponseOf<'app:privacy:gate'>;
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

/** Columns whose every finding the clerk justified need no step: they leave the plan. */
function withoutJustified(plan: Plan, gate: Gate | null): Plan {
  if (gate === null || gate.justifications.length === 0) return plan;
  const justified = new Set(gate.justifications.map((j) => `${j.column}\u0000${j.kind}`));
  return {
    ...plan,
    items: plan.items.filter(
      (item) => !item.kinds.every((kind) => justified.has(`${item.column}\u0000${kind}`)),
    ),
  };
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
  ensurePublication,
  onWorkbookChange,
}: {
  readonly workbook: WorkbookSummary;
  readonly moveFocus: boolean;
  readonly onBack: () => void;
  readonly onNext: () => void;
  readonly onError: (error: AppError) => void;
  /** Links the workbook to a publication, so justifications and the report are kept with it. */
  readonly ensurePublication?: () => Promise<string | null>;
  /** The recipe changed the table (columns, rows): the rest of the app shows the new one. */
  readonly onWorkbookChange?: (workbook: WorkbookSummary) => void;
}) {
  const { t, tp } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>(moveFocus);
  const titleId = useId();
  const flaggedId = useId();
  const cleanId = useId();
  const [scan, setScan] = useState<PrivacyScan | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [gate, setGate] = useState<Gate | null>(null);
  const [columns, setColumns] = useState<readonly string[]>(workbook.columns.map((c) => c.name));
  const [busy, setBusy] = useState(false);
  const [choices, setChoices] = useState<ReadonlyMap<string, PlanAction>>(new Map());
  const [applied, setApplied] = useState(false);
  // Bumped after each recipe change: the effect below reloads everything for the new table.
  const [revision, setRevision] = useState(0);
  const onErrorRef = useRef(onError);
  const ensureRef = useRef(ensurePublication);
  useEffect(() => {
    onErrorRef.current = onError;
    ensureRef.current = ensurePublication;
  });
  const { workbookId } = workbook;

  useEffect(() => {
    let live = true;
    void (async () => {
      if (revision === 0 && ensureRef.current !== undefined) {
        // Bind the recipe to the publication first: the gate reads justifications from it.
        const publicationId = await ensureRef.current();
        if (publicationId !== null) {
          const bound = await api.invoke('app:recipe:get', { workbookId, publicationId });
          if (!bound.ok && live) onErrorRef.current(bound.error);
        }
      }
      const [scanned, planned, gated] = await Promise.all([
        api.invoke('app:privacy:scan', { workbookId }),
        api.invoke('app:privacy:plan', { workbookId }),
        api.invoke('app:privacy:gate', { workbookId }),
      ]);
      if (!live) return;
      for (const result of [scanned, planned, gated]) {
        if (!result.ok) return onErrorRef.current(result.error);
      }
      if (scanned.ok) setScan(scanned.value);
      if (planned.ok) setPlan(planned.value);
      if (gated.ok) setGate(gated.value);
    })();
    return () => {
      live = false;
    };
  }, [workbookId, revision]);

  const addSteps = useCallback(
    async (steps: StepDraft[]) => {
      if (steps.length === 0) return;
      setBusy(true);
      const result = await api.invoke('app:recipe:add', { workbookId, jobId: newJobId(), steps });
      setBusy(false);
      if (!result.ok) return onErrorRef.current(result.error);
      setColumns(result.value.workbook.columns.map((c) => c.name));
      onWorkbookChange?.(result.value.workbook);
      setApplied(true);
      setRevision((r) => r + 1);
    },
    [workbookId, onWorkbookChange],
  );

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
          {applied && (
            <p className="hint" role="status">
              {t('privacy.plan.applied')}
            </p>
          )}
          {plan !== null && (
            <PrivacyPlanPanel
              plan={withoutJustified(plan, gate)}
              busy={busy}
              onAddSteps={(steps) => void addSteps(steps)}
              choices={choices}
              onChoices={setChoices}
            />
          )}
          {plan !== null && (
            <PrivacyRiskPanel
              key={`risk-${revision}`}
              workbookId={workbookId}
              columns={columns}
              suggested={plan.quasiIdentifiers}
              busy={busy}
              onAddSteps={addSteps}
              onError={onError}
            />
          )}
          {gate !== null && (
            <PrivacyGatePanel
              workbookId={workbookId}
              gate={gate}
              onGate={setGate}
              onError={onError}
            />
          )}
          <PrivacyReportPanel
            key={`report-${revision}`}
            workbookId={workbookId}
            onError={onError}
          />
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
