/** The recipe channels (shared/contract/channels/recipe.ts) over the RecipeService. */
import type { HandlerContext, HandlerMap } from '../handlers/types';
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
  | 'app:recipe:profile'
  | 'app:recipe:clusters'
  | 'app:recipe:plan'
  | 'app:recipe:replay';

const emitter =
  (context: HandlerContext): Emit =>
  (progress) =>
    context.emit('app:job:progress', progress);

/** Default number of sample changes a preview shows. */
export const PREVIEW_SAMPLE = 20;
/** Default number of clusters listed. */
export const CLUSTER_LIMIT = 50;

export function recipeHandlers(service: RecipeService): Pick<HandlerMap, RecipeChannels> {
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
    'app:recipe:profile': ({ workbookId, column }) => service.profile(workbookId, column),
    'app:recipe:clusters': ({ workbookId, column, limit }) =>
      service.clusters(workbookId, column, limit ?? CLUSTER_LIMIT),
    'app:recipe:plan': async ({ workbookId }) => service.replayPlan(workbookId),
    'app:recipe:replay': ({ workbookId, jobId, mode, mapping }, context) =>
      service.replay(workbookId, jobId, mode, mapping, emitter(context)),
  };
}
