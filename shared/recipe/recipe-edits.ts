/**
 * Pure edits of a recipe and an undo/redo history over them, for the history panel (a later
 * session wires it to the UI and saves every change in SQLite). Undo restores the previous
 * recipe; the table is recomputed by applying it (apply-recipe.ts), so no table is stored here.
 */
import type { Recipe, Step } from './types';

export function nextStepId(recipe: Recipe): string {
  let max = 0;
  for (const step of recipe.steps) {
    const n = /^s(\d+)$/.exec(step.id);
    if (n !== null) max = Math.max(max, Number(n[1]));
  }
  return `s${max + 1}`;
}

export function addStep(recipe: Recipe, step: Step, at = recipe.steps.length): Recipe {
  const steps = recipe.steps.slice();
  steps.splice(at, 0, step);
  return { ...recipe, steps };
}

export function replaceStep(recipe: Recipe, id: string, step: Step): Recipe {
  return { ...recipe, steps: recipe.steps.map((s) => (s.id === id ? step : s)) };
}

export function setStepEnabled(recipe: Recipe, id: string, enabled: boolean): Recipe {
  return { ...recipe, steps: recipe.steps.map((s) => (s.id === id ? { ...s, enabled } : s)) };
}

export function removeStep(recipe: Recipe, id: string): Recipe {
  return { ...recipe, steps: recipe.steps.filter((s) => s.id !== id) };
}

export function moveStep(recipe: Recipe, id: string, to: number): Recipe {
  const from = recipe.steps.findIndex((s) => s.id === id);
  if (from < 0) return recipe;
  const steps = recipe.steps.slice();
  const [step] = steps.splice(from, 1);
  if (step !== undefined) steps.splice(Math.max(0, Math.min(to, steps.length)), 0, step);
  return { ...recipe, steps };
}

/** Index of the first step where two recipes differ: tables before it can be reused. */
export function firstDifference(a: Recipe, b: Recipe): number {
  const n = Math.min(a.steps.length, b.steps.length);
  for (let i = 0; i < n; i++) {
    if (JSON.stringify(a.steps[i]) !== JSON.stringify(b.steps[i])) return i;
  }
  return n;
}

export interface RecipeHistory {
  readonly present: Recipe;
  readonly past: readonly Recipe[];
  readonly future: readonly Recipe[];
}

const MAX_HISTORY = 200;

export function startHistory(recipe: Recipe): RecipeHistory {
  return { present: recipe, past: [], future: [] };
}

/** Records an edit; a new edit clears redo, as in every editor. */
export function commit(history: RecipeHistory, next: Recipe): RecipeHistory {
  if (next === history.present) return history;
  return {
    present: next,
    past: [...history.past, history.present].slice(-MAX_HISTORY),
    future: [],
  };
}

export function undo(history: RecipeHistory): RecipeHistory {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    present: previous,
    past: history.past.slice(0, -1),
    future: [history.present, ...history.future],
  };
}

export function redo(history: RecipeHistory): RecipeHistory {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { present: next, past: [...history.past, history.present], future: rest };
}
