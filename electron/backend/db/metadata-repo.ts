/** A publication's metadata draft, one JSON document per publication (migration 0004). */
import type { PublicationMetadata } from '../../../shared/metadata/types';
import type { Db } from './database';

export interface StoredMetadata {
  /** Parsed but not yet checked: the caller validates it against the draft schema. */
  readonly body: unknown;
  readonly updatedAt: string;
}

export class MetadataRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(publicationId: string): StoredMetadata | null {
    const row = this.db
      .prepare('SELECT body, updated_at FROM publication_metadata WHERE publication_id = ?')
      .get(publicationId) as { body: string; updated_at: string } | undefined;
    return row === undefined
      ? null
      : { body: JSON.parse(row.body) as unknown, updatedAt: row.updated_at };
  }

  /** Returns the time saved. */
  save(publicationId: string, metadata: PublicationMetadata): string {
    const at = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO publication_metadata (publication_id, schema_version, body, updated_at)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (publication_id) DO UPDATE SET
           schema_version = excluded.schema_version, body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(publicationId, metadata.schemaVersion, JSON.stringify(metadata), at);
    return at;
  }
}
