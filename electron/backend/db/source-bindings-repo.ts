/**
 * Source bindings (migration 0003): per publication, the ReadOptions the clerk settled on.
 * Options are checked against the contract's schema on the way in and on the way out, so a
 * damaged row reads as "no binding", never as options the reader did not expect.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { readOptionsSchema, type ReadOptions } from '../../../shared/contract';
import type { Db } from './database';

export interface SourceBinding {
  readonly publicationId: string;
  readonly options: ReadOptions;
  readonly sourceFileName: string | null;
  readonly updatedAt: string;
}

interface BindingRow {
  publication_id: string;
  options: string;
  source_file_name: string | null;
  updated_at: string;
}

export class SourceBindingsRepo {
  private readonly valid: ValidateFunction<ReadOptions>;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.valid = new Ajv({ strict: true }).compile<ReadOptions>(readOptionsSchema);
  }

  get(publicationId: string): SourceBinding | null {
    const row = this.db
      .prepare('SELECT * FROM source_bindings WHERE publication_id = ?')
      .get(publicationId) as BindingRow | undefined;
    if (row === undefined) return null;
    let options: unknown;
    try {
      options = JSON.parse(row.options);
    } catch {
      return null;
    }
    if (!this.valid(options)) return null;
    return {
      publicationId: row.publication_id,
      options,
      sourceFileName: row.source_file_name,
      updatedAt: row.updated_at,
    };
  }

  /**
   * The binding last saved for a file of this name (how the app finds a file's publication, see
   * renderer use-publication.ts): next month's upload of the same register reads the same way.
   */
  findByFileName(fileName: string): SourceBinding | null {
    const row = this.db
      .prepare(
        `SELECT b.publication_id FROM source_bindings b
         JOIN publications p ON p.id = b.publication_id AND p.archived = 0
         WHERE b.source_file_name = ? ORDER BY b.updated_at DESC LIMIT 1`,
      )
      .get(fileName) as { publication_id: string } | undefined;
    return row === undefined ? null : this.get(row.publication_id);
  }

  /** Saves (replaces) the binding; false when the options are invalid or the publication is unknown. */
  save(publicationId: string, options: ReadOptions, sourceFileName: string | null): boolean {
    if (!this.valid(options)) return false;
    const exists = this.db
      .prepare('SELECT 1 FROM publications WHERE id = ? AND archived = 0')
      .get(publicationId);
    if (exists === undefined) return false;
    this.db
      .prepare(
        `INSERT INTO source_bindings (publication_id, options, source_file_name, updated_at)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (publication_id) DO UPDATE SET
           options = excluded.options,
           source_file_name = excluded.source_file_name,
           updated_at = excluded.updated_at`,
      )
      .run(publicationId, JSON.stringify(options), sourceFileName, this.now().toISOString());
    return true;
  }
}
