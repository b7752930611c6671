import { fail, ok } from '../../../shared/contract';
import type { PublicationChannelTypes } from '../../../shared/contract/channels/publication';
import type { AuditLog } from '../db/audit-log';
import type { PublicationsRepo } from '../db/publications-repo';
import type { HandlerMap } from './types';

export function publicationHandlers(
  publications: PublicationsRepo,
  audit: AuditLog,
): Pick<HandlerMap, keyof PublicationChannelTypes> {
  return {
    'app:publication:list': async () => ok({ items: publications.list() }),
    'app:publication:create': async ({ title, sourceFileName }) => {
      const created = publications.create(title, sourceFileName);
      audit.record('publication.create', { publication: created.id });
      return ok(created);
    },
    'app:publication:get': async ({ publicationId }) => {
      const found = publications.get(publicationId);
      return found ? ok(found) : fail('NOT_FOUND', 'No such publication');
    },
    'app:publication:rename': async ({ publicationId, title }) => {
      const renamed = publications.rename(publicationId, title);
      return renamed ? ok(renamed) : fail('NOT_FOUND', 'No such publication');
    },
    'app:publication:archive': async ({ publicationId }) => {
      const archived = publications.archive(publicationId);
      if (archived) audit.record('publication.archive', { publication: publicationId });
      return archived ? ok({ archived }) : fail('NOT_FOUND', 'No such publication');
    },
  };
}
