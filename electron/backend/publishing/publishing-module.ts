/**
 * Builds the portal, publishing and register handlers and what they own, so the backend's
 * composition root needs one line for this domain (plus `close` on shutdown: the training
 * portal runs in this process).
 */
import type { LoadedPolicy } from '../../../shared/policy/policy';
import type { AuditLog } from '../db/audit-log';
import type { Db } from '../db/database';
import { MetadataRepo } from '../db/metadata-repo';
import { PortalConnectionRepo } from '../db/portal-connection-repo';
import type { ReferenceListsRepo } from '../db/reference-lists-repo';
import { portalHandlers } from '../handlers/portal-handlers';
import type { JobRegistry } from '../jobs';
import { MetadataValidator } from '../metadata/metadata-validator';
import type { FilePort } from '../ports';
import type { PublicationGate } from '../privacy/publication-gate';
import type { SecretStore } from '../secrets/secret-store';
import type { OpenWorkbook } from '../workbook/workbook-store';
import { PortalConnection, type PortalConnectionDeps } from './portal-connection';
import type { ProxyResolver } from './proxy-agent';
import { PublishService } from './publish-service';
import { RegisterService } from './register-service';

export interface PublishingModuleInput {
  readonly db: Db;
  readonly secrets: SecretStore;
  readonly policy: LoadedPolicy;
  /** The same instance the metadata module reads, so a refresh on connect reaches the form. */
  readonly lists: ReferenceListsRepo;
  readonly tables: { get(workbookId: string): OpenWorkbook | undefined };
  readonly gate: PublicationGate;
  readonly jobs: JobRegistry;
  readonly files: FilePort;
  readonly audit: AuditLog;
  readonly resolveProxy?: ProxyResolver;
  readonly recipeVersion?: (publicationId: string) => string | null;
  /** After a successful publish (the recipe module records its change-summary baseline). */
  readonly onPublished?: (workbookId: string) => void;
  readonly fetch?: typeof fetch;
  readonly clientOptions?: PortalConnectionDeps['clientOptions'];
}

export interface PublishingModule {
  readonly handlers: ReturnType<typeof portalHandlers>;
  readonly connection: PortalConnection;
  close(): Promise<void>;
}

/** The publication's current recipe version (migration 0006), as the register records it. */
function storedRecipeVersion(db: Db): (publicationId: string) => string | null {
  return (publicationId) => {
    const row = db
      .prepare('SELECT version FROM recipe_state WHERE publication_id = ?')
      .get(publicationId) as { version: number } | undefined;
    return row === undefined ? null : String(row.version);
  };
}

export function publishingModule(input: PublishingModuleInput): PublishingModule {
  const metadata = new MetadataRepo(input.db);
  const connection = new PortalConnection({
    repo: new PortalConnectionRepo(input.db),
    lists: input.lists,
    secrets: input.secrets,
    policy: input.policy,
    ...(input.resolveProxy === undefined ? {} : { resolveProxy: input.resolveProxy }),
    ...(input.fetch === undefined ? {} : { fetch: input.fetch }),
    ...(input.clientOptions === undefined ? {} : { clientOptions: input.clientOptions }),
  });
  const publisher = new PublishService({
    db: input.db,
    connection,
    gate: input.gate,
    metadata,
    lists: input.lists,
    validator: new MetadataValidator(),
    tables: input.tables,
    recipeVersion: input.recipeVersion ?? storedRecipeVersion(input.db),
    ...(input.onPublished === undefined ? {} : { onPublished: input.onPublished }),
  });
  return {
    handlers: portalHandlers({
      connection,
      publisher,
      register: new RegisterService(input.db, metadata),
      jobs: input.jobs,
      files: input.files,
      audit: input.audit,
    }),
    connection,
    close: () => connection.close(),
  };
}
