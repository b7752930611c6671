/**
 * The portal's reference lists cached with the date they were fetched (migration 0004). A kind
 * never fetched falls back to the list shipped with Otvori, so the form always works offline.
 */
import {
  REFERENCE_KINDS,
  SHIPPED_REFERENCE_LISTS,
  type ReferenceItem,
  type ReferenceKind,
  type ReferenceList,
  type ReferenceLists,
} from '../../../shared/metadata/reference-lists';
import type { Db } from './database';

interface Row {
  kind: ReferenceKind;
  items: string;
  source: string;
  fetched_at: string;
}

export class ReferenceListsRepo {
  /** The same object until a list changes: validators compiled for it are reused. */
  private cached: ReferenceLists | null = null;

  constructor(private readonly db: Db) {}

  all(): ReferenceLists {
    this.cached ??= this.read();
    return this.cached;
  }

  private read(): ReferenceLists {
    const rows = this.db
      .prepare('SELECT kind, items, source, fetched_at FROM reference_lists')
      .all() as Row[];
    const cached = new Map(rows.map((row) => [row.kind, row]));
    const entries = REFERENCE_KINDS.map((kind): [ReferenceKind, ReferenceList] => {
      const row = cached.get(kind);
      if (row === undefined) return [kind, SHIPPED_REFERENCE_LISTS[kind]];
      return [
        kind,
        {
          items: JSON.parse(row.items) as ReferenceItem[],
          fetchedAt: row.fetched_at,
          source: row.source,
        },
      ];
    });
    return Object.fromEntries(entries) as unknown as ReferenceLists;
  }

  save(
    kind: ReferenceKind,
    items: readonly ReferenceItem[],
    source: string,
    fetchedAt: string,
  ): void {
    this.db
      .prepare(
        `INSERT INTO reference_lists (kind, items, source, fetched_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (kind) DO UPDATE SET
           items = excluded.items, source = excluded.source, fetched_at = excluded.fetched_at`,
      )
      .run(kind, JSON.stringify(items), source, fetchedAt);
    this.cached = null;
  }
}
