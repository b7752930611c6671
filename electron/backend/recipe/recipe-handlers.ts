/** The recipe channels (shared/contract/channels/recipe.ts) over the RecipeService. */
import { readFile, stat } from 'node:fs/promises';
import { fail, ok, type Result } from '../../../shared/contract';
import type { HandlerContext, HandlerMap } from '../handlers/types';
import type { FilePort } from '../ports';
import type { WorkbookStore } from '../workbook/workbook-store';
import type { Emit, RecipeService } from './recipe-service';

type RecipeChannels =
  | 'app:recipe:get'
  | 'app:recipe:add'
  | 'app:recipe:update'
  | 'app:recipe:remove'
  | 'app:recipe:move'
  | 'app:recipe:undo'
  | 'app:recipe:redo'
  | 'app:recipe:preview'
  | 'app:recipe:cell'
  | 'app:recipe:profile'
  | 'app:recipe:clusters'
  | 'app:recipe:plan'
  | 'app:recipe:change'
  | 'app:recipe:replay'
  | 'app:recipe:export'
  | 'app:recipe:import';

const emitter =
  (context: HandlerContext): Emit =>
  (progress) =>
    context.emit('app:job:progress', progress);

/** Default number of sample changes a preview shows. */
export const PREVIEW_SAMPLE = 20;
/** Default number of clusters listed. */
export const CLUSTER_LIMIT = 50;

/** A recipe file is a few kilobytes; anything near this is not one. */
export const MAX_RECIPE_FILE_BYTES = 1024 * 1024;

/** `Spisak 2026.xlsx` → `Spisak 2026.recept.json` */
export function recipeFileNameFor(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '') || 'otvori'}.recept.json`;
}

async function readRecipeFile(files: FilePort, fileRef: string): Promise<Result<string>> {
  const file = files.resolve(fileRef);
  if (file === null) return fail('NOT_FOUND', 'Unknown file reference');
  try {
    const info = await stat(file.path);
    if (info.size > MAX_RECIPE_FILE_BYTES) {
      return fail('FILE_TOO_LARGE', 'a recipe file is far smaller', {
        size: info.size,
        limit: MAX_RECIPE_FILE_BYTES,
      });
    }
    return ok(await readFile(file.path, 'utf8'));
  } catch {
    return fail('FILE_UNREADABLE', 'the recipe file could not be read');
  }
}

export function recipeHandlers(
  service: RecipeService,
  files: FilePort,
  store: WorkbookStore,
): Pick<HandlerMap, RecipeChannels> {
  return {
    'app:recipe:get': ({ workbookId, publicationId }) => service.get(workbookId, publicationId),
    'app:recipe:add': ({ workbookId, jobId, steps, at }, context) =>
      service.add(workbookId, jobId, steps, at, emitter(context)),
    'app:recipe:update': ({ workbookId, jobId, stepId, ...patch }, context) =>
      service.update(workbookId, jobId, stepId, patch, emitter(context)),
    'app:recipe:remove': ({ workbookId, jobId, stepId }, context) =>
      service.remove(workbookId, jobId, stepId, emitter(context)),
    'app:recipe:move': ({ workbookId, jobId, stepId, to }, context) =>
      service.move(workbookId, jobId, stepId, to, emitter(context)),
    'app:recipe:undo': ({ workbookId, jobId }, context) =>
      service.travel(workbookId, jobId, -1, emitter(context)),
    'app:recipe:redo': ({ workbookId, jobId }, context) =>
      service.travel(workbookId, jobId, 1, emitter(context)),
    'app:recipe:preview': ({ workbookId, step, beforeStepId, sampleSize }) =>
      service.preview(workbookId, step, beforeStepId, sampleSize ?? PREVIEW_SAMPLE),
    'app:recipe:cell': async ({ workbookId, row, column }) =>
      service.currentCell(workbookId, row, column),
    'app:recipe:profile': ({ workbookId, column }) => service.profile(workbookId, column),
    'app:recipe:clusters': ({ workbookId, column, limit }) =>
      service.clusters(workbookId, column, limit ?? CLUSTER_LIMIT),
    'app:recipe:plan': async ({ workbookId }) => service.replayPlan(workbookId),
    'app:recipe:change': async ({ workbookId }) => service.changeOf(workbookId),
    'app:recipe:replay': ({ workbookId, jobId, mode, mapping }, context) =>
      service.replay(workbookId, jobId, mode, mapping, emitter(context)),
    'app:recipe:export': async ({ workbookId, includeValues }) => {
      const exported = service.exportFile(workbookId, includeValues ?? false);
      if (!exported.ok) return exported;
      const fileName = recipeFileNameFor(store.get(workbookId)?.summary.fileName ?? 'otvori');
      const outcome = await files.save(fileName, new TextEncoder().encode(exported.value.text));
      return ok({ outcome, omittedSteps: exported.value.omittedSteps });
    },
    'app:recipe:import': async ({ workbookId, jobId, fileRef }, context) => {
      const text = await readRecipeFile(files, fileRef);
      if (!text.ok) return text;
      return service.importFile(workbookId, jobId, text.value, emitter(context));
    },
  };
}
