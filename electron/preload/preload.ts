/**
 * The sandboxed preload: the only bridge between the page and the main process. It exposes
 * `window.otvori` with exactly the contract's channels and events, built by loops over
 * CHANNEL_NAMES and EVENT_NAMES (architecture.md §3). ipcRenderer itself is never exposed:
 * with it, a page compromised by a crafted file could send any message on any channel.
 * Bundled into one CommonJS file; a sandboxed preload can `require` only `electron`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CHANNEL_NAMES,
  EVENT_NAMES,
  fail,
  type Channel,
  type EventName,
  type HostKind,
  type OtvoriApi,
  type Result,
  type Unsubscribe,
} from '../../shared/contract';

type Invoker = (request: unknown) => Promise<Result<unknown>>;
type Subscriber = (listener: (payload: unknown) => void) => Unsubscribe;

// Channel and event names sent to the main process come from these maps, never from the page's
// string: a Map lookup also ignores `__proto__`, `constructor` and other inherited names.
const invokers = new Map<Channel, Invoker>();
for (const channel of CHANNEL_NAMES) {
  invokers.set(channel, async (request) => {
    try {
      return (await ipcRenderer.invoke(channel, request)) as Result<unknown>;
    } catch {
      // Only when IPC itself fails (no handler, window closing): keep the Result promise.
      return fail('INTERNAL', `IPC call ${channel} failed`);
    }
  });
}

const subscribers = new Map<EventName, Subscriber>();
for (const event of EVENT_NAMES) {
  subscribers.set(event, (listener) => {
    // The IpcRendererEvent is dropped: it carries `sender` (the ipcRenderer) into the page.
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      listener(payload);
    };
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  });
}

const host: HostKind = 'electron';

const api = {
  invoke(channel, request) {
    const invoker = typeof channel === 'string' ? invokers.get(channel) : undefined;
    if (invoker === undefined) {
      return Promise.resolve(fail('UNKNOWN_CHANNEL', 'Unknown channel refused by the preload'));
    }
    return invoker(request) as ReturnType<OtvoriApi['invoke']>;
  },
  subscribe(event, listener) {
    const subscriber = typeof event === 'string' ? subscribers.get(event) : undefined;
    if (subscriber === undefined || typeof listener !== 'function') return () => undefined;
    return subscriber(listener as (payload: unknown) => void);
  },
  host,
} satisfies OtvoriApi & { readonly host: HostKind };

contextBridge.exposeInMainWorld('otvori', api);
