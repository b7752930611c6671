/**
 * Builds the metadata handlers and what they own (repositories, ajv validator), so the backend's
 * composition root needs one line for this domain.
 */
import type { AuditLog } from '../db/audit-log';
import type { Db } from '../db/database';
import { MetadataRepo } from '../db/metadata-repo';
import type { PublicationsRepo } from '../db/publications-repo';
import { ReferenceListsRepo } from '../db/reference-lists-repo';
import { TemplateRepo } from '../db/template-repo';
import { metadataHandlers, type MetadataHandlerDeps } from '../handlers/metadata-handlers';
import type { FilePort } from '../ports';
import { MetadataValidator } from './metadata-validator';

export interface MetadataModuleInput {
  readonly db: Db;
  readonly publications: PublicationsRepo;
  readonly tables: MetadataHandlerDeps['tables'];
  readonly files: FilePort;
  readonly audit: AuditLog;
  /** Shared with publishing, which refreshes the lists from the portal on connect. */
  readonly lists?: ReferenceListsRepo;
}

export function metadataModule(input: MetadataModuleInput): ReturnType<typeof metadataHandlers> {
  return metadataHandlers({
    ...input,
    metadata: new MetadataRepo(input.db),
    templates: new TemplateRepo(input.db),
    lists: input.lists ?? new ReferenceListsRepo(input.db),
    validator: new MetadataValidator(),
  });
}
