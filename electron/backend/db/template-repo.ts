/** The office template: the defaults every new publication's metadata starts from (migration 0004). */
import type { OfficeTemplate } from '../../../shared/metadata/types';
import type { Db } from './database';

export class TemplateRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Parsed but unchecked body and its time, or null while the office has not saved one. */
  get(): { body: unknown; updatedAt: string } | null {
    const row = this.db
      .prepare('SELECT body, updated_at FROM metadata_template WHERE id = 1')
      .get() as { body: string; updated_at: string } | undefined;
    return row === undefined
      ? null
      : { body: JSON.parse(row.body) as unknown, updatedAt: row.updated_at };
  }

  save(template: OfficeTemplate): string {
    const at = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO metadata_template (id, body, updated_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(JSON.stringify(template), at);
    return at;
  }
}
