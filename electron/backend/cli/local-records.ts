/**
 * Two things the command line needs from the local database that no channel offers, through the
 * backend's own repositories on a second connection (SQLite in WAL mode serves both): a
 * publication brought in from an exported file keeps its id (so the journal and the portal
 * markers find what earlier runs made) and its reading options as its source binding, and the
 * register's ids of what a publish produced.
 */
import type { ReadOptions } from '../../../shared/contract';
import { openDatabase, type Db } from '../db/database';
import { PublicationsRepo } from '../db/publications-repo';
import { SourceBindingsRepo } from '../db/source-bindings-repo';
import { PublishJournalRepo, type RegisterEntry } from '../portal';

export class LocalRecords {
  private readonly db: Db;

  constructor(dataDir: string) {
    this.db = openDatabase(dataDir);
  }

  /** The publication with this id, created under `title` when this machine has not seen it. */
  ensurePublication(id: string, title: string): void {
    const publications = new PublicationsRepo(this.db);
    if (publications.get(id) === null) publications.create(title, null, id);
  }

  /** The publication file's reading options become its source binding, as the app keeps them. */
  saveBinding(publicationId: string, options: ReadOptions, fileName: string): void {
    new SourceBindingsRepo(this.db).save(publicationId, options, fileName);
  }

  /** The latest successful publish of a publication to a portal, as the register holds it. */
  lastPublished(publicationId: string, portalUrl: string): RegisterEntry | null {
    const [entry] = new PublishJournalRepo(this.db).listRegister({
      publicationId,
      portalUrl,
      result: 'succeeded',
      includeTraining: true,
      limit: 1,
    });
    return entry ?? null;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
