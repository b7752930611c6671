/**
 * `otvori run FILE --recipe RECIPE.json --out OUT [--sheet …]`: applies a saved recipe (a file
 * exported from the app) through the app's recipe service — the same validation and worker run —
 * then writes OUT. A recipe that does not fit the file (a column it needs is missing) stops with
 * exit 2 and OUT is not written.
 */
import path from 'node:path';
import { CliFailure } from '../cli-failure';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { applyRecipeSteps, parseRecipeFile } from '../apply-recipe-steps';
import { openTable } from '../open-table';
import { readJsonFile } from '../read-json-file';
import { refuseFailedSteps, stepLines, stepNeedingKey, stepsJson } from '../recipe-steps';
import { outFormatOf, writeOutput } from '../write-output';
import { optionalString, requiredFile, requiredOption, sheetOption } from './common';

export const recipeRunCommand: Command = {
  name: 'run',
  options: { ...sheetOption, recipe: { type: 'string' }, out: { type: 'string' } },
  positionals: 1,
  async run(context) {
    const { t, io } = context;
    const file = requiredFile(context, 'run');
    const recipeFile = requiredOption(context, 'recipe');
    const out = requiredOption(context, 'out');
    const format = outFormatOf(out);
    const recipe = parseRecipeFile(readJsonFile(io.cwd, recipeFile).text, recipeFile);
    const session = await context.session();
    const keyed = stepNeedingKey(recipe.steps);
    if (keyed !== null && (await session.secrets.get('pseudonym-key')) === null) {
      throw new CliFailure(EXIT.usage, 'PSEUDONYM_KEY_MISSING', 'usage.pseudonymKeyMissing', {
        step: keyed,
      });
    }
    const opened = await openTable(session, io.cwd, file, optionalString(context, 'sheet'));
    const state = await applyRecipeSteps(session, opened.summary.workbookId, recipe);
    refuseFailedSteps(state);
    const outPath = path.resolve(io.cwd, out);
    const summary = state.workbook;
    const written = await writeOutput(session, summary, outPath, format);
    context.print(
      {
        file: opened.fileName,
        sheet: summary.sheets[summary.sheetIndex]?.name ?? '',
        recipe: path.basename(recipeFile),
        out: outPath,
        format,
        bytes: written.bytes,
        rowsBefore: opened.summary.rowCount,
        rowCount: summary.rowCount,
        columns: summary.columns.map((c) => ({ name: c.name, type: c.type })),
        steps: stepsJson(state),
      },
      [
        ...stepLines(state, (p) => t('run.step', p)),
        t('run.wrote', { file: outPath, rows: summary.rowCount, columns: summary.columns.length }),
      ],
    );
    return EXIT.ok;
  },
};
