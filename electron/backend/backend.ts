/**
 * The composition root of the backend: database, repositories, reader, handlers. Every host
 * (Electron main, web host, tests) builds one Backend and serves its handler map.
 */
import type { EventName, EventTypes } from '../../shared/contract';
import { DEFAULT_POLICY_VALUES, type LoadedPolicy } from '../../shared/policy/policy';
import { AuditLog, currentActor } from './db/audit-log';
import { openDatabase, type Db } from './db/database';
import { PublicationsRepo } from './db/publications-repo';
import { PrivacyRepo } from './db/privacy-repo';
import { RecentFilesRepo } from './db/recent-files-repo';
import { SettingsRepo } from './db/settings-repo';
import { SourceBindingsRepo } from './db/source-bindings-repo';
import { appHandlers } from './handlers/app-handlers';
import { homeModule } from './home/home-module';
import { publicationHandlers } from './handlers/publication-handlers';
import { publicationFileHandlers } from './publication-file/publication-file-handlers';
import { policyHandlers } from './handlers/policy-handlers';
import { privacyHandlers } from './handlers/privacy-handlers';
import type { HandlerContext, HandlerMap } from './handlers/types';
import { workbookHandlers } from './handlers/workbook-handlers';
import { JobRegistry } from './jobs';
import { metadataModule } from './metadata/metadata-module';
import { PrivacyGate } from './privacy/privacy-gate';
import { ScanCache } from './privacy/scan-cache';
import { MemorySecretStore, type SecretStore } from './secrets/secret-store';
import type { FilePort, HostInfo } from './ports';
import { recipeModule } from './recipe/recipe-module';
import { ensureSampleRegister } from './sample/ensure-sample';
import { ReferenceListsRepo } from './db/reference-lists-repo';
import { publishingModule } from './publishing/publishing-module';
import type { ProxyResolver } from './publishing/proxy-agent';
import type { ReadLimits, WorkbookReader } from './workbook/reader-api';
import { WorkbookStore } from './workbook/workbook-store';
import { createWorkerReader, DEFAULT_READ_LIMITS } from './workbook/worker-reader';

export type BackendListener = <E extends EventName>(event: E, payload: EventTypes[E]) => void;

export interface Backend {
  readonly handlers: HandlerMap;
  /** The context handed to handlers: events go to every subscriber. */
  readonly context: HandlerContext;
  subscribe(listener: BackendListener): () => void;
  close(): Promise<void>;
}

export interface BackendOptions {
  readonly host: HostInfo;
  readonly files: FilePort;
  /** Defaults to the worker-thread reader; tests may pass another. */
  readonly reader?: WorkbookReader;
  readonly limits?: ReadLimits;
  /** Where the reader worker bundle lives (defaults to next to the running bundle). */
  readonly workerFile?: string | URL;
  /**
   * IT's machine policy as loaded by the host at start-up (electron/backend/policy/load-policy.ts);
   * without one, the defaults apply as if no policy file existed.
   */
  readonly policy?: LoadedPolicy;
  /** The OS keychain in Electron; defaults to secrets kept in memory for this process. */
  readonly secrets?: SecretStore;
  /** Where the recipe worker bundle lives (defaults to next to the running bundle). */
  readonly recipeWorkerFile?: string | URL;
  /** Electron: the OS/PAC proxy for a URL (session.resolveProxy), used when the proxy is 'system'. */
  readonly resolveProxy?: ProxyResolver;
}

/** The policy of a machine without a policy file. */
export const NO_POLICY: LoadedPolicy = {
  source: null,
  values: DEFAULT_POLICY_VALUES,
  fixed: [],
  errors: [],
};

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const db: Db = openDatabase(options.host.dataDir);
  const listeners = new Set<BackendListener>();
  const context: HandlerContext = {
    emit(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
  };
  const jobs = new JobRegistry();
  const store = new WorkbookStore();
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  // A spare worker with the limits reads will use: a file opens without waiting for a worker.
  const workerReader =
    options.reader === undefined
      ? createWorkerReader({
          ...(options.workerFile === undefined ? {} : { workerFile: options.workerFile }),
          spareHeapMb: limits.maxHeapMb,
        })
      : null;
  const reader = options.reader ?? (workerReader as WorkbookReader);
  const policy = options.policy ?? NO_POLICY;
  const audit = new AuditLog(db);
  const publications = new PublicationsRepo(db);
  // Wired into the privacy (pseudonym key) and portal (API key) modules.
  const secrets: SecretStore = options.secrets ?? new MemorySecretStore();
  const privacyScans = new ScanCache();
  const privacyRepo = new PrivacyRepo(db, currentActor());
  // The PublicationGate the publisher and "export for publication" ask (issue 5 §5).
  const privacyGate = new PrivacyGate({
    store,
    scans: privacyScans,
    repo: privacyRepo,
    publicationOf: (workbookId) => recipes.service.publicationOf(workbookId),
  });
  const recipes = recipeModule({
    db,
    store,
    jobs,
    secrets,
    audit,
    files: options.files,
    ...(options.recipeWorkerFile === undefined ? {} : { workerFile: options.recipeWorkerFile }),
  });
  const referenceLists = new ReferenceListsRepo(db);
  const publishing = publishingModule({
    db,
    secrets,
    policy,
    lists: referenceLists,
    tables: store,
    gate: privacyGate,
    onPublished: (workbookId) => recipes.service.recordBaseline(workbookId),
    jobs,
    files: options.files,
    audit,
    ...(options.resolveProxy === undefined ? {} : { resolveProxy: options.resolveProxy }),
  });
  // One spread per domain: the HandlerMap type fails compilation if a channel has no handler.
  const handlers: HandlerMap = {
    // IT's default language applies until the clerk picks one.
    ...appHandlers(options.host, new SettingsRepo(db, policy.values.defaultLocale)),
    ...policyHandlers(policy),
    ...privacyHandlers({ store, scans: privacyScans, gate: privacyGate, repo: privacyRepo }),
    ...recipes.handlers,
    ...publicationHandlers(publications, audit),
    ...publicationFileHandlers({ db, files: options.files, audit }),
    ...metadataModule({
      db,
      publications,
      tables: store,
      files: options.files,
      audit,
      lists: referenceLists,
    }),
    ...publishing.handlers,
    ...homeModule({ db, publications, audit }),
    ...workbookHandlers({
      files: options.files,
      reader,
      limits,
      store,
      jobs,
      recent: new RecentFilesRepo(db),
      audit,
      samplePath: () => ensureSampleRegister(options.host.dataDir),
      bindings: new SourceBindingsRepo(db),
      onExported: (workbookId) => recipes.service.recordBaseline(workbookId),
    }),
  };
  let closed = false;
  return {
    handlers,
    context,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      jobs.cancelAll();
      workerReader?.close();
      await publishing.close();
      store.clear();
      listeners.clear();
      db.close();
    },
  };
}
