/**
 * The cleaning recipe a clerk builds for the sample register (electron/backend/sample): the
 * "default cleaning recipe" the benchmark times and the tests replay. Each step is one a clerk
 * picks in the Clean screen; none carries a cell value.
 */
import { makeStep, RECIPE_VERSION, type Recipe } from '../../../shared/recipe';

export const REGISTER_CLEANING_RECIPE: Recipe = {
  version: RECIPE_VERSION,
  steps: [
    makeStep('s1', 'trim-whitespace', {}),
    makeStep('s2', 'normalize-unicode', { form: 'NFC' }),
    makeStep('s3', 'transliterate', { to: 'sr-Latn' }, 'Prezime i ime'),
    makeStep('s4', 'transliterate', { to: 'sr-Latn' }, 'Naselje'),
    makeStep('s5', 'parse-numbers', { style: 'sr' }, 'Iznos pomoći'),
    makeStep('s6', 'parse-dates', {}, 'Datum rešenja'),
    makeStep('s7', 'remove-empty-rows', {}),
    makeStep('s8', 'remove-duplicate-rows', {}),
    makeStep('s9', 'rename-column', { to: 'iznos_pomoci', label: 'Iznos pomoći' }, 'Iznos pomoći'),
  ],
};
