/**
 * A numbered schema migration, applied in order inside a transaction and recorded with a hash so
 * that an edited, already-applied migration fails loudly instead of drifting (architecture.md §6).
 * Never edit a migration that has shipped: add a new one (one file per migration in migrations/).
 * SQL string literals use single quotes: better-sqlite3 is built with SQLITE_DQS=0.
 */
export interface Migration {
  readonly id: string;
  readonly sql: string;
}
