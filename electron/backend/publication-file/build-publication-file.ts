/**
 * A stored publication as the exported file `otvori publish` runs (shared/publication/
 * publication-file.ts): the source binding's reading options, the current recipe, the metadata,
 * the portal it was last published to and how (resource policy), and the clerk's justifications.
 * No secret is stored with a publication, so none can leave; recipe steps carrying cell values
 * are left out unless asked for, as the recipe's own export does.
 */
import { fail, ok, type Result } from '../../../shared/contract';
import type { PublicationMetadata } from '../../../shared/metadata/types';
import {
  PUBLICATION_FILE_KIND,
  PUBLICATION_FILE_VERSION,
  type PublicationFile,
} from '../../../shared/publication/publication-file';
import { RECIPE_VERSION, valueParamsOf, type Recipe } from '../../../shared/recipe';
import type { MetadataRepo } from '../db/metadata-repo';
import type { PrivacyRepo } from '../db/privacy-repo';
import type { PublicationsRepo } from '../db/publications-repo';
import type { RecipesRepo } from '../db/recipes-repo';
import type { SourceBindingsRepo } from '../db/source-bindings-repo';
import type { PublishJournalRepo } from '../portal';

export interface PublicationFileSources {
  readonly publications: PublicationsRepo;
  readonly recipes: RecipesRepo;
  readonly metadata: MetadataRepo;
  readonly bindings: SourceBindingsRepo;
  readonly privacy: PrivacyRepo;
  readonly journal: PublishJournalRepo;
  /** The stored draft has the metadata shape (MetadataValidator.isMetadataDraft). */
  readonly isMetadata: (body: unknown) => body is PublicationMetadata;
  /** Frequencies published as one resource per period (publishing/publish-service.ts). */
  readonly perPeriod: ReadonlySet<string>;
}

export function buildPublicationFile(
  sources: PublicationFileSources,
  publicationId: string,
  includeValues: boolean,
): Result<{ file: PublicationFile; omittedSteps: string[] }> {
  const publication = sources.publications.get(publicationId);
  if (publication === null) return fail('NOT_FOUND', 'Unknown publication');
  const stored = sources.metadata.get(publicationId)?.body;
  if (stored === undefined || !sources.isMetadata(stored)) {
    return fail('NOT_FOUND', 'The publication has no metadata yet');
  }
  const recipe: Recipe = sources.recipes.load(publicationId)?.recipe ?? {
    version: RECIPE_VERSION,
    steps: [],
  };
  const withValues = new Set(valueParamsOf(recipe).map((v) => v.stepId));
  const omittedSteps = includeValues ? [] : [...withValues];
  const steps = recipe.steps.filter((step) => includeValues || !withValues.has(step.id));
  const options = sources.bindings.get(publicationId)?.options;
  const [last] = sources.journal.listRegister({
    publicationId,
    result: 'succeeded',
    includeTraining: false,
    limit: 1,
  });
  const resources =
    last?.resourcePolicy ?? (sources.perPeriod.has(stored.frequency) ? 'per-period' : 'replace');
  const justifications = sources.privacy
    .justifications(publicationId)
    .map((j) => ({ column: j.column, kind: j.kind, text: j.text }));
  const file: PublicationFile = {
    kind: PUBLICATION_FILE_KIND,
    version: PUBLICATION_FILE_VERSION,
    id: publication.id,
    title: publication.title,
    ...(options === undefined || Object.keys(options).length === 0 ? {} : { source: options }),
    recipe: { version: recipe.version, steps },
    metadata: stored,
    target: last === undefined ? {} : { portalUrl: last.portalUrl },
    policy: {
      resources,
      ...(resources === 'per-period' ? { period: 'auto' } : {}),
      ...(justifications.length === 0 ? {} : { justifications }),
    },
  };
  return ok({ file, omittedSteps });
}
