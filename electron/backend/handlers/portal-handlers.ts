/**
 * Portal connection, publishing and the register (issue 7). Errors are decided from the portal's
 * status codes and error keys (PortalError codes), never from its message text, and returned as
 * values with the fields to fix; the key never appears in a response, a log or an audit entry.
 */
import { fail, ok, type Result } from '../../../shared/contract';
import type { PortalChannelTypes, PortalStatus } from '../../../shared/contract/channels/portal';
import type { AuditLog } from '../db/audit-log';
import type { JobRegistry } from '../jobs';
import { PortalError } from '../portal';
import type { FilePort } from '../ports';
import { ConnectionRefused, type PortalConnection } from '../publishing/portal-connection';
import type { PublishService } from '../publishing/publish-service';
import type { RegisterService } from '../publishing/register-service';
import type { HandlerMap } from './types';

export interface PortalHandlerDeps {
  readonly connection: PortalConnection;
  readonly publisher: PublishService;
  readonly register: RegisterService;
  readonly jobs: JobRegistry;
  readonly files: FilePort;
  readonly audit: AuditLog;
}

/** Runs a connection change and answers with the status, or the clerk-facing error. */
async function withStatus(
  connection: PortalConnection,
  change: () => Promise<void>,
): Promise<Result<PortalStatus>> {
  try {
    await change();
  } catch (error) {
    if (error instanceof ConnectionRefused || error instanceof PortalError) {
      const code = error.code === 'PORTAL_CANCELLED' ? 'CANCELLED' : error.code;
      return fail(code, error.message);
    }
    throw error;
  }
  return ok(await connection.status());
}

export function portalHandlers(
  deps: PortalHandlerDeps,
): Pick<HandlerMap, keyof PortalChannelTypes> {
  const { connection } = deps;
  return {
    'app:portal:status': async () => ok(await connection.status()),

    'app:portal:connect': async ({ portalUrl, apiKey }) => {
      const result = await withStatus(connection, () => connection.connect(portalUrl, apiKey));
      deps.audit.record(result.ok ? 'portal.connect' : 'portal.connect-refused', {
        portal: result.ok ? (result.value.realPortalUrl ?? '') : portalUrl.slice(0, 200),
        ...(result.ok ? {} : { code: result.error.code }),
      });
      return result;
    },

    'app:portal:disconnect': async () => {
      const result = await withStatus(connection, () => connection.disconnect());
      deps.audit.record('portal.disconnect', {});
      return result;
    },

    'app:portal:proxy': async ({ proxy }) =>
      withStatus(connection, async () => {
        connection.setProxy(proxy);
        deps.audit.record('portal.proxy', { mode: typeof proxy === 'string' ? proxy : 'server' });
      }),

    'app:portal:training': async ({ enabled }) => {
      const result = await withStatus(connection, () => connection.setTraining(enabled));
      if (result.ok) deps.audit.record('portal.training', { enabled });
      return result;
    },

    'app:publish:check': async ({ workbookId, publicationId }) =>
      deps.publisher.check(workbookId, publicationId),

    'app:publish:run': async (request, context) => {
      const signal = deps.jobs.start(request.jobId);
      try {
        const result = await deps.publisher.publish(request, signal, (progress) =>
          context.emit('app:publish:progress', progress),
        );
        deps.audit.record('publish.run', {
          publication: request.publicationId,
          outcome: result.ok ? result.value.kind : result.error.code,
        });
        return result;
      } finally {
        deps.jobs.finish(request.jobId);
      }
    },

    'app:publish:cancel': async ({ jobId }) => ok({ cancelled: deps.jobs.cancel(jobId) }),

    'app:register:list': async ({ publicationId, includeTraining }) =>
      ok({ items: deps.register.list(publicationId, includeTraining) }),

    'app:register:export': async ({ includeTraining }) => {
      const day = new Date().toISOString().slice(0, 10);
      const outcome = await deps.files.save(
        `otvori-registar-objava-${day}.csv`,
        deps.register.csv(includeTraining),
      );
      if (outcome.kind !== 'cancelled') deps.audit.record('register.export', { includeTraining });
      return ok(outcome);
    },
  };
}
