/**
 * The API the renderer sees, in the same shape in every host: `window.otvori` in Electron
 * (built by the preload from CHANNEL_NAMES), the web host transport in a browser, and the
 * in-process host in tests.
 */
import type { Channel, RequestOf, ResponseOf } from './channels';
import type { Result } from './errors';
import type { EventName, EventTypes, Unsubscribe } from './events';

export interface OtvoriApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventTypes[E]) => void): Unsubscribe;
}
