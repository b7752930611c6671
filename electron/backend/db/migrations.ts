import type { Migration } from './migration';
import { migration0001Init } from './migrations/0001-init';
import { migration0002Publications } from './migrations/0002-publications';

export type { Migration } from './migration';

/** Every migration, in the order it is applied. Append only. */
export const MIGRATIONS: readonly Migration[] = [migration0001Init, migration0002Publications];
