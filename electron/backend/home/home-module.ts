/** Builds the Home handlers and what they own, so the composition root needs one line. */
import type { AuditLog } from '../db/audit-log';
import type { Db } from '../db/database';
import { MetadataRepo } from '../db/metadata-repo';
import { OnboardingRepo } from '../db/onboarding-repo';
import type { PublicationsRepo } from '../db/publications-repo';
import { ReferenceListsRepo } from '../db/reference-lists-repo';
import { homeHandlers } from '../handlers/home-handlers';
import { MetadataValidator } from '../metadata/metadata-validator';

export function homeModule(input: {
  readonly db: Db;
  readonly publications: PublicationsRepo;
  readonly audit: AuditLog;
}): ReturnType<typeof homeHandlers> {
  return homeHandlers({
    ...input,
    metadata: new MetadataRepo(input.db),
    lists: new ReferenceListsRepo(input.db),
    validator: new MetadataValidator(),
    onboarding: new OnboardingRepo(input.db),
  });
}
