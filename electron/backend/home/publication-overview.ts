/**
 * The Home screen's rows (issue 9 §2): each publication with its state, from the publications
 * table, the metadata drafts (validated like the Describe step does), and the publish register
 * (migration 0005). The last real publication and the last rehearsal are kept apart: a
 * rehearsal in the training portal never makes a dataset "published" or due.
 */
import type { PublicationOverview, PublishedMark } from '../../../shared/contract/channels/home';
import { publicationState } from '../../../shared/home/publication-state';
import type { PublicationMetadata } from '../../../shared/metadata/types';
import type { Db } from '../db/database';
import type { MetadataRepo } from '../db/metadata-repo';
import type { PublicationsRepo } from '../db/publications-repo';
import type { ReferenceListsRepo } from '../db/reference-lists-repo';
import type { MetadataValidator } from '../metadata/metadata-validator';
import { nextDueDate } from '../portal/publish/next-due-date';

export interface OverviewDeps {
  readonly db: Db;
  readonly publications: PublicationsRepo;
  readonly metadata: MetadataRepo;
  readonly lists: ReferenceListsRepo;
  readonly validator: MetadataValidator;
}

interface LastSuccessRow {
  publication_id: string;
  training: number;
  finished_at: string;
  portal_url: string;
  dataset_url: string | null;
}

/** The latest succeeded attempt per publication, once for real portals and once for training. */
function lastSuccesses(db: Db): Map<string, { real?: PublishedMark; training?: PublishedMark }> {
  const rows = db
    .prepare(
      `SELECT a.publication_id, a.training, a.finished_at, a.portal_url, a.dataset_url
       FROM publish_attempts a
       WHERE a.result = 'succeeded' AND a.finished_at IS NOT NULL
         AND a.finished_at = (
           SELECT max(b.finished_at) FROM publish_attempts b
           WHERE b.publication_id = a.publication_id AND b.training = a.training
             AND b.result = 'succeeded')`,
    )
    .all() as LastSuccessRow[];
  const byPublication = new Map<string, { real?: PublishedMark; training?: PublishedMark }>();
  for (const row of rows) {
    const mark: PublishedMark = {
      at: row.finished_at,
      portalUrl: row.portal_url,
      datasetUrl: row.dataset_url,
    };
    const entry = byPublication.get(row.publication_id) ?? {};
    byPublication.set(row.publication_id, {
      ...entry,
      ...(row.training === 1 ? { training: mark } : { real: mark }),
    });
  }
  return byPublication;
}

export function publicationOverview(deps: OverviewDeps, today: string): PublicationOverview[] {
  const published = lastSuccesses(deps.db);
  const lists = deps.lists.all();
  return deps.publications.list().map((publication) => {
    const stored = deps.metadata.get(publication.id)?.body;
    const metadata: PublicationMetadata | null =
      stored !== undefined && deps.validator.isMetadataDraft(stored) ? stored : null;
    const metadataIssues = metadata === null ? null : deps.validator.check(metadata, lists).length;
    const frequency = metadata !== null && metadata.frequency !== '' ? metadata.frequency : null;
    const marks = published.get(publication.id);
    const lastPublication = marks?.real ?? null;
    const due = lastPublication === null ? null : nextDueDate(lastPublication.at, frequency);
    return {
      ...publication,
      // The clerk knows a dataset by the title they gave it in Describe, once there is one.
      title: metadata !== null && metadata.title.trim() !== '' ? metadata.title : publication.title,
      state: publicationState(
        {
          metadataComplete: metadataIssues === 0,
          lastPublishedAt: lastPublication?.at ?? null,
          nextDueDate: due,
        },
        today,
      ),
      frequency,
      metadataIssues,
      lastPublication,
      lastRehearsal: marks?.training ?? null,
      nextDueDate: due,
    };
  });
}
