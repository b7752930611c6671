import { randomUUID } from 'node:crypto';
import type { PublicationSummary } from '../../../shared/contract';
import type { Db } from './database';

interface PublicationRow {
  id: string;
  title: string;
  source_file_name: string | null;
  created_at: string;
  updated_at: string;
}

function toSummary(row: PublicationRow): PublicationSummary {
  return {
    id: row.id,
    title: row.title,
    sourceFileName: row.source_file_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class PublicationsRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** `id`: a publication brought in from an exported file keeps its identity (CLI publish). */
  create(
    title: string,
    sourceFileName: string | null,
    id: string = randomUUID(),
  ): PublicationSummary {
    const at = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO publications (id, title, source_file_name, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(id, title.trim(), sourceFileName, at, at);
    return this.get(id) as PublicationSummary;
  }

  get(id: string): PublicationSummary | null {
    const row = this.db
      .prepare('SELECT * FROM publications WHERE id = ? AND archived = 0')
      .get(id) as PublicationRow | undefined;
    return row ? toSummary(row) : null;
  }

  list(): PublicationSummary[] {
    const rows = this.db
      .prepare('SELECT * FROM publications WHERE archived = 0 ORDER BY updated_at DESC, id')
      .all() as PublicationRow[];
    return rows.map(toSummary);
  }

  rename(id: string, title: string): PublicationSummary | null {
    this.db
      .prepare('UPDATE publications SET title = ?, updated_at = ? WHERE id = ? AND archived = 0')
      .run(title.trim(), this.now().toISOString(), id);
    return this.get(id);
  }

  /** Marks a publication changed (later features call it when they save a part of it). */
  touch(id: string, sourceFileName?: string): void {
    if (sourceFileName === undefined) {
      this.db
        .prepare('UPDATE publications SET updated_at = ? WHERE id = ?')
        .run(this.now().toISOString(), id);
    } else {
      this.db
        .prepare('UPDATE publications SET updated_at = ?, source_file_name = ? WHERE id = ?')
        .run(this.now().toISOString(), sourceFileName, id);
    }
  }

  archive(id: string): boolean {
    const result = this.db
      .prepare('UPDATE publications SET archived = 1, updated_at = ? WHERE id = ? AND archived = 0')
      .run(this.now().toISOString(), id);
    return result.changes === 1;
  }
}
