import { existsSync } from 'node:fs';
import type { RecentFile, WorkbookFormat } from '../../../shared/contract';
import type { Db } from './database';

/** How many recent files the open screen shows; older entries are pruned. */
export const RECENT_FILES_LIMIT = 12;

interface RecentRow {
  id: number;
  path: string;
  file_name: string;
  format: WorkbookFormat;
  row_count: number;
  opened_at: string;
}

export interface RecentEntry {
  readonly id: number;
  readonly path: string;
  readonly fileName: string;
}

export class RecentFilesRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  touch(entry: { path: string; fileName: string; format: WorkbookFormat; rowCount: number }): void {
    const upsert = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO recent_files (path, file_name, format, row_count, opened_at)
           VALUES (@path, @fileName, @format, @rowCount, @openedAt)
           ON CONFLICT (path) DO UPDATE SET file_name = excluded.file_name, format = excluded.format,
             row_count = excluded.row_count, opened_at = excluded.opened_at`,
        )
        .run({ ...entry, openedAt: this.now().toISOString() });
      this.db
        .prepare(
          `DELETE FROM recent_files WHERE id NOT IN
             (SELECT id FROM recent_files ORDER BY opened_at DESC, id DESC LIMIT ?)`,
        )
        .run(RECENT_FILES_LIMIT);
    });
    upsert();
  }

  list(): RecentFile[] {
    const rows = this.db
      .prepare('SELECT * FROM recent_files ORDER BY opened_at DESC, id DESC')
      .all() as RecentRow[];
    return rows.map((row) => ({
      id: row.id,
      fileName: row.file_name,
      format: row.format,
      rowCount: row.row_count,
      openedAt: row.opened_at,
      available: existsSync(row.path),
    }));
  }

  find(id: number): RecentEntry | null {
    const row = this.db
      .prepare('SELECT id, path, file_name FROM recent_files WHERE id = ?')
      .get(id) as Pick<RecentRow, 'id' | 'path' | 'file_name'> | undefined;
    return row ? { id: row.id, path: row.path, fileName: row.file_name } : null;
  }
}
