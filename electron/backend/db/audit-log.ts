import { userInfo } from 'node:os';
import type { Db } from './database';

/** The operating-system user, recorded as the actor (the register names who published). */
export function currentActor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Append-only record of what was done. `detail` must never hold cell values or secrets. */
export class AuditLog {
  constructor(
    private readonly db: Db,
    private readonly actor: string = currentActor(),
  ) {}

  record(action: string, detail: Readonly<Record<string, string | number | boolean>> = {}): void {
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)')
      .run(new Date().toISOString(), this.actor, action, JSON.stringify(detail));
  }
}
