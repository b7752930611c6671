/**
 * The suggested plan (issue 5 §3): per flagged column the safe default, which the clerk accepts or
 * changes to one of the alternatives. Accepting appends the recipe steps (app:recipe:add through
 * `onAddSteps`), so the protection is replayed on next month's file too.
 */
import { useId } from 'react';
import type { ResponseOf } from '../../../../shared/contract';
import { stepsFor, type PlanAction, type StepDraft } from '../../../../shared/privacy/plan';
import { useI18n } from '../../i18n';

type Plan = ResponseOf<'app:privacy:plan'>;
type PlanItem = Plan['items'][number];

function PlanRow({
  item,
  choice,
  busy,
  onChoose,
  onAccept,
}: {
  readonly item: PlanItem;
  readonly choice: PlanAction;
  readonly busy: boolean;
  readonly onChoose: (action: PlanAction) => void;
  readonly onAccept: () => void;
}) {
  const { t } = useI18n();
  const selectId = useId();
  const kinds = item.kinds.map((k) => t(`privacy.kind.${k}`)).join(', ');
  return (
    <li className="privacy-plan-item" data-testid={`privacy-plan-${item.column}`}>
      <p className="privacy-plan-column">
        <strong>{item.column}</strong> — {t('privacy.found', { kinds })}
      </p>
      <div className="privacy-plan-choice">
        <label htmlFor={selectId}>{t('privacy.plan.choice', { column: item.column })}</label>
        <select
          id={selectId}
          value={choice}
          disabled={busy}
          onChange={(event) => onChoose(event.target.value as PlanAction)}
        >
          {item.alternatives.map((action) => (
            <option key={action} value={action}>
              {t(`privacy.action.${action}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={onAccept}
        >
          {t('privacy.plan.accept')}
        </button>
      </div>
      {choice === 'keep' && <p className="hint">{t('privacy.plan.keepHint')}</p>}
    </li>
  );
}

export function PrivacyPlanPanel({
  plan,
  busy,
  onAddSteps,
  choices,
  onChoices,
}: {
  readonly plan: Plan;
  readonly busy: boolean;
  readonly onAddSteps: (steps: StepDraft[]) => void;
  /** The clerk's choices per column, kept by the screen across recipe changes. */
  readonly choices: ReadonlyMap<string, PlanAction>;
  readonly onChoices: (choices: ReadonlyMap<string, PlanAction>) => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const choiceOf = (item: PlanItem): PlanAction => choices.get(item.column) ?? item.action;
  const acceptAll = () =>
    onAddSteps(plan.items.flatMap((item) => stepsFor(item.column, choiceOf(item))));
  return (
    <section className="privacy-panel" aria-labelledby={titleId} data-testid="privacy-plan">
      <h2 id={titleId} className="privacy-group-title">
        {t('privacy.plan.title')}
      </h2>
      {plan.items.length === 0 ? (
        <p>{t('privacy.plan.none')}</p>
      ) : (
        <>
          <p className="hint">{t('privacy.plan.intro')}</p>
          <ul className="privacy-list">
            {plan.items.map((item) => (
              <PlanRow
                key={item.column}
                item={item}
                choice={choiceOf(item)}
                busy={busy}
                onChoose={(action) => onChoices(new Map(choices).set(item.column, action))}
                onAccept={() => onAddSteps(stepsFor(item.column, choiceOf(item)))}
              />
            ))}
          </ul>
          <button
            type="button"
            className="button button--primary"
            data-testid="privacy-plan-accept-all"
            disabled={busy}
            onClick={acceptAll}
          >
            {busy ? t('privacy.plan.applying') : t('privacy.plan.acceptAll')}
          </button>
        </>
      )}
    </section>
  );
}
