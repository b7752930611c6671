/**
 * The third host: the handler map called in-process through the same dispatch as IPC and HTTP.
 * Tests use it, and later the command line.
 */
import type { EventName, EventTypes, OtvoriApi, Result } from '../../shared/contract';
import type { Backend } from './backend';
import { dispatch } from './contract/dispatch';

export function createInProcessApi(backend: Backend): OtvoriApi {
  return {
    invoke(channel, request) {
      // dispatch validates the request against the channel's schema, like every other host.
      return dispatch(backend.handlers, channel, request, backend.context) as Promise<
        Result<never>
      >;
    },
    subscribe<E extends EventName>(event: E, listener: (payload: EventTypes[E]) => void) {
      return backend.subscribe((name: EventName, payload: unknown) => {
        if (name === event) listener(payload as EventTypes[E]);
      });
    },
  };
}
