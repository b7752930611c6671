/**
 * The register (issue 7 §5): every publication attempt and result, newest first, with the next
 * due date of each publication's latest success (from its update frequency), and the CSV for
 * audits and freedom-of-information requests.
 */
import type { RegisterItem } from '../../../shared/contract/channels/portal';
import type { Db } from '../db/database';
import type { MetadataRepo } from '../db/metadata-repo';
import { nextDueDate, PublishJournalRepo, registerToCsv, type RegisterEntry } from '../portal';

function frequencyOf(metadata: MetadataRepo, publicationId: string): string | null {
  const body = metadata.get(publicationId)?.body;
  if (typeof body !== 'object' || body === null) return null;
  const frequency = (body as Record<string, unknown>)['frequency'];
  return typeof frequency === 'string' && frequency !== '' ? frequency : null;
}

export class RegisterService {
  private readonly journal: PublishJournalRepo;

  constructor(
    db: Db,
    private readonly metadata: MetadataRepo,
  ) {
    this.journal = new PublishJournalRepo(db);
  }

  private entries(publicationId: string | null, includeTraining: boolean): RegisterEntry[] {
    return this.journal.listRegister({
      ...(publicationId === null ? {} : { publicationId }),
      includeTraining,
    });
  }

  list(publicationId: string | null, includeTraining: boolean): RegisterItem[] {
    const seen = new Set<string>();
    return this.entries(publicationId, includeTraining).map((e) => {
      // Newest first: the first success per publication and portal is the one that is due next.
      const key = `${e.publicationId}\u0000${e.portalUrl}`;
      let nextDue: string | null = null;
      if (e.result === 'succeeded' && !seen.has(key)) {
        seen.add(key);
        nextDue = nextDueDate(
          e.finishedAt ?? e.startedAt,
          frequencyOf(this.metadata, e.publicationId),
        );
      }
      return {
        attemptId: e.attemptId,
        publicationId: e.publicationId,
        publicationTitle: e.publicationTitle,
        startedAt: e.startedAt,
        finishedAt: e.finishedAt,
        result: e.result,
        errorCode: e.errorCode,
        actor: e.actor,
        portalUrl: e.portalUrl,
        training: e.training,
        period: e.period,
        datasetUrl: e.datasetUrl,
        resourceUrl: e.resourceUrl,
        rowCount: e.rowCount,
        checksumSha1: e.checksumSha1,
        recipeVersion: e.recipeVersion,
        anonymizationSummary: e.anonymizationSummary,
        nextDue,
      };
    });
  }

  csv(includeTraining: boolean): Uint8Array {
    return new TextEncoder().encode(
      registerToCsv(this.entries(null, includeTraining), { bom: true }),
    );
  }
}
