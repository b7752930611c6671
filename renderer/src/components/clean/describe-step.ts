/**
 * A step in the clerk's words: the op's own describe() (shared/recipe) gives an i18n key and
 * params; codes among the params (script, type, condition) are translated here too. Ops this
 * screen has no words for (added by a later feature) fall back to `recipe.op.unknown`.
 */
import { OPS, type Step } from '../../../../shared/recipe';
import type { I18n, TextKey } from '../../i18n';
import { recipeSrCyrl } from '../../i18n/messages/recipe';

function known(key: string): key is TextKey & keyof typeof recipeSrCyrl {
  return Object.prototype.hasOwnProperty.call(recipeSrCyrl, key);
}

/** A translated code, or the code itself when there are no words for it. */
function code(i18n: I18n, prefix: string, value: unknown): string {
  const key = `${prefix}.${String(value)}`;
  return known(key) ? i18n.t(key) : String(value);
}

export function describeStep(step: Step, i18n: I18n): string {
  const op = OPS.get(step.op);
  if (op === undefined) return i18n.t('recipe.op.unknown', { op: step.op });
  const description = op.describe(step);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(description.params)) {
    params[name] = typeof value === 'boolean' ? String(value) : value;
  }
  let key = description.key;
  if (description.params['allText'] === true) key = `${key}.all`;
  if (step.op === 'transliterate') params['to'] = code(i18n, 'recipe.script', step.params['to']);
  if (step.op === 'change-type') params['to'] = code(i18n, 'recipe.type', step.params['to']);
  if (step.op === 'filter-rows') {
    params['condition'] = code(i18n, 'recipe.condition', step.params['condition'] ?? 'equals');
    if (step.params['keep'] === 'non-matching') key = `${key}.remove`;
  }
  if (step.op === 'edit-cell') {
    const value = step.params['value'];
    if (value === null || value === undefined || value === '') key = `${key}.empty`;
    else params['value'] = String(value);
  }
  return known(key) ? i18n.t(key, params) : i18n.t('recipe.op.unknown', { op: step.op });
}
