import type { Migration } from './migration';
import { migration0001Init } from './migrations/0001-init';
import { migration0002Publications } from './migrations/0002-publications';
import { migration0003SourceBindings } from './migrations/0003-source-bindings';
import { migration0004Metadata } from './migrations/0004-metadata';
import { migration0005PublishJournal } from './migrations/0005-publish-journal';
import { migration0006Recipes } from './migrations/0006-recipes';
import { migration0007Privacy } from './migrations/0007-privacy';
import { migration0008PortalConnection } from './migrations/0008-portal-connection';

export type { Migration } from './migration';

/** Every migration, in the order it is applied. Append only. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Init,
  migration0002Publications,
  migration0003SourceBindings,
  migration0004Metadata,
  migration0005PublishJournal,
  migration0006Recipes,
  migration0007Privacy,
  migration0008PortalConnection,
];
