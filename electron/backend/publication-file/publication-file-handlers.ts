/**
 * app:publication:export: the publication as one JSON file, saved through the host's FilePort
 * (the Electron save dialog, a download in the browser).
 */
import { ok } from '../../../shared/contract';
import { udataSlug } from '../../../shared/metadata/udata-slug';
import { parseRecipe, type Recipe } from '../../../shared/recipe';
import { currentActor, type AuditLog } from '../db/audit-log';
import type { Db } from '../db/database';
import { MetadataRepo } from '../db/metadata-repo';
import { PrivacyRepo } from '../db/privacy-repo';
import { PublicationsRepo } from '../db/publications-repo';
import { RecipesRepo } from '../db/recipes-repo';
import { SourceBindingsRepo } from '../db/source-bindings-repo';
import type { HandlerMap } from '../handlers/types';
import { MetadataValidator } from '../metadata/metadata-validator';
import { PublishJournalRepo } from '../portal';
import type { FilePort } from '../ports';
import { PER_PERIOD_FREQUENCIES } from '../publishing/publish-service';
import { createRecipeCheck } from '../recipe/recipe-check';
import { buildPublicationFile } from './build-publication-file';

export interface PublicationFileDeps {
  readonly db: Db;
  readonly files: FilePort;
  readonly audit: AuditLog;
}

export function publicationFileHandlers(
  deps: PublicationFileDeps,
): Pick<HandlerMap, 'app:publication:export'> {
  const check = createRecipeCheck();
  const validator = new MetadataValidator();
  const sources = {
    publications: new PublicationsRepo(deps.db),
    recipes: new RecipesRepo(deps.db, (value: unknown): Recipe | null => {
      const parsed = parseRecipe(value, check);
      return parsed.ok ? parsed.recipe : null;
    }),
    metadata: new MetadataRepo(deps.db),
    bindings: new SourceBindingsRepo(deps.db),
    privacy: new PrivacyRepo(deps.db, currentActor()),
    journal: new PublishJournalRepo(deps.db),
    isMetadata: (body: unknown) => validator.isMetadataDraft(body),
    perPeriod: PER_PERIOD_FREQUENCIES,
  };
  return {
    'app:publication:export': async ({ publicationId, includeValues }) => {
      const built = buildPublicationFile(sources, publicationId, includeValues ?? false);
      if (!built.ok) return built;
      const { file, omittedSteps } = built.value;
      const name = `${udataSlug(file.title) || 'objava'}.publication.json`;
      const text = `${JSON.stringify(file, null, 2)}\n`;
      const outcome = await deps.files.save(name, new TextEncoder().encode(text));
      if (outcome.kind !== 'cancelled') {
        deps.audit.record('publication.export', {
          steps: file.recipe.steps.length,
          omitted: omittedSteps.length,
        });
      }
      return ok({ outcome, omittedSteps });
    },
  };
}
