import { describe, expect, it } from 'vitest';
import {
  evaluateGate,
  planSteps,
  scanTable,
  stepsFor,
  suggestPlan,
  type PlanItem,
} from '../../../shared/privacy';
import { applyRecipe } from '../../../shared/recipe/apply-recipe';
import type { Step } from '../../../shared/recipe/types';
import { validateRecipe } from '../../../shared/recipe/validate-recipe';
import type { Table } from '../../../shared/table/types';
import { check, registerTextTable, table } from '../recipe/helpers';

const KEY = 'c3'.repeat(32);

function asRecipe(drafts: ReturnType<typeof planSteps>): { version: 1; steps: Step[] } {
  return { version: 1, steps: drafts.map((d, i) => ({ id: `p${i + 1}`, ...d })) };
}

function names(t: Table): string[] {
  return t.columns.map((c) => c.name);
}

describe('suggestPlan', () => {
  it('proposes the safe default per flagged column of the register', () => {
    const t = registerTextTable(300, 11);
    const plan = suggestPlan(names(t), scanTable(t));
    const byColumn = new Map(plan.map((item) => [item.column, item]));
    expect(byColumn.get('JMBG')).toMatchObject({ action: 'drop', basis: 'values' });
    expect(byColumn.get('Prezime i ime')).toMatchObject({ action: 'drop' });
    expect(byColumn.get('Prezime i ime')?.alternatives).toContain('pseudonymize');
    expect(byColumn.get('Adresa')).toMatchObject({ action: 'generalize-settlement' });
    expect(byColumn.get('Telefon')).toMatchObject({ action: 'drop' });
    expect(byColumn.get('Napomena')).toMatchObject({ action: 'redact', basis: 'free-text' });
    for (const quiet of ['Redni broj', 'Naselje', 'Iznos pomoći', 'Datum rešenja']) {
      expect(byColumn.has(quiet)).toBe(false);
    }
  });

  it('birth dates go to the year; the steps validate and accepting them clears the gate', () => {
    const t = table(
      [
        ['ИМЕ И ПРЕЗИМЕ', 'text'],
        ['Датум рођења', 'text'],
        ['ЈМБГ', 'text'],
        ['Напомена', 'text'],
      ],
      [
        ['Петар Петровић', '15.06.1985.', '1506985865129', 'Позвати на 064 123 45 67'],
        ['Јелена Јовановић', '31.12.1999.', '3112999860005', 'Без примедби'],
        ['Марко Марковић', '01.02.1985.', '0102985860049', 'Рођен 01.02.1985.'],
      ],
    );
    const plan = suggestPlan(names(t), scanTable(t));
    expect(plan.find((i) => i.column === 'Датум рођења')?.action).toBe('generalize-year');
    const recipe = asRecipe(planSteps(plan));
    expect(validateRecipe(recipe, check)).toEqual([]);
    const out = applyRecipe(t, recipe, { pseudonymKey: KEY }).table;
    expect(names(out)).toEqual(['Датум рођења', 'Напомена']);
    expect(out.values[0]).toEqual([1985, 1999, 1985]);
    expect(evaluateGate(names(out), scanTable(out), []).passed).toBe(true);
  });

  it('every alternative clears the gate too, except keep (which needs a justification)', () => {
    const t = registerTextTable(200, 5);
    const plan = suggestPlan(names(t), scanTable(t));
    const names0 = plan.find((i) => i.column === 'Prezime i ime') as PlanItem;
    for (const action of ['pseudonymize', 'tokenize'] as const) {
      const chosen = plan.map((i) => (i === names0 ? { ...i, action } : i));
      const out = applyRecipe(t, asRecipe(planSteps(chosen)), { pseudonymKey: KEY }).table;
      const gate = evaluateGate(names(out), scanTable(out), []);
      expect({ action, blockers: gate.blockers }).toEqual({ action, blockers: [] });
    }
    const jmbg = plan.find((i) => i.column === 'JMBG') as PlanItem;
    const masked = plan.map((i) => (i === jmbg ? { ...i, action: 'mask' as const } : i));
    const maskedOut = applyRecipe(t, asRecipe(planSteps(masked)), { pseudonymKey: KEY }).table;
    expect(evaluateGate(names(maskedOut), scanTable(maskedOut), []).blockers).toEqual([]);
    const kept = plan.map((i) => (i === names0 ? { ...i, action: 'keep' as const } : i));
    const out = applyRecipe(t, asRecipe(planSteps(kept)), { pseudonymKey: KEY }).table;
    expect(evaluateGate(names(out), scanTable(out), []).blockers).toEqual([
      { column: 'Prezime i ime', kinds: ['name'] },
    ]);
  });

  it('maps each action to its steps', () => {
    expect(stepsFor('Adresa', 'generalize-settlement')).toEqual([
      { op: 'generalize', column: 'Adresa', params: { to: 'settlement' }, enabled: true },
    ]);
    expect(stepsFor('JMBG', 'keep')).toEqual([]);
    expect(stepsFor('Ime', 'pseudonymize')[0]?.op).toBe('pseudonymize');
  });
});
