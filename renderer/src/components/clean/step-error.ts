/** A step's structured error (shared/recipe RecipeStepError) in the clerk's words. */
import type { StepResult } from '../../../../shared/recipe';
import type { I18n } from '../../i18n';

export function stepErrorText(error: NonNullable<StepResult['error']>, i18n: I18n): string {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [name, value]),
  );
  switch (error.code) {
    case 'columnMissing':
      return i18n.t('recipe.error.columnMissing', params);
    case 'columnExists':
      return i18n.t('recipe.error.columnExists', params);
    case 'rowKeyMissing':
      return i18n.t('recipe.error.rowKeyMissing', params);
    case 'invalidParams':
      return i18n.t('recipe.error.invalidParams', params);
  }
}
