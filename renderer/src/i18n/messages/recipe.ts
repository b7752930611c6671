/**
 * Messages of the Clean step (issue 4): sr-Cyrl (the source of the keys), sr-Latn written out in
 * full, en. Spread into sr-cyrl.ts, sr-latn.ts and en.ts like messages/import.ts.
 */
import type { PluralMessage } from '../dictionary';

export const recipeSrCyrl = {
  'error.RECIPE_INVALID': 'Корак чишћења није исправно подешен.',
};

type RecipeMessages = {
  readonly [K in keyof typeof recipeSrCyrl]: (typeof recipeSrCyrl)[K] extends string
    ? string
    : PluralMessage;
};

export const recipeSrLatn: RecipeMessages = {
  'error.RECIPE_INVALID': 'Korak čišćenja nije ispravno podešen.',
};

export const recipeEn: RecipeMessages = {
  'error.RECIPE_INVALID': 'A cleaning step is not set up correctly.',
};
