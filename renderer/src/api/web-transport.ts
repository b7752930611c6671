/**
 * The web host transport: the contract over HTTP on 127.0.0.1 (architecture.md §3).
 * `POST /api/<channel>` with the JSON request and the launch token; events over one SSE stream
 * shared by all subscribers.
 */
import type { EventName, EventTypes, OtvoriApi, Unsubscribe } from '../../../shared/contract';
import { isEventName } from '../../../shared/contract';
import { offlineFailure, parseEnvelope } from './envelope';
import { openEventStream } from './event-stream';

/** Under the browser's 64 KiB keepalive budget even if every character took two bytes. */
const KEEPALIVE_MAX_CHARS = 30_000;

export const TOKEN_HEADER = 'X-Otvori-Token';

export function tokenHeaders(token: string | null): Record<string, string> {
  return token === null ? {} : { [TOKEN_HEADER]: token };
}

type AnyListener = (payload: unknown) => void;

/** Keep the stream open this long after the last listener leaves (React re-mounts in development). */
const STREAM_LINGER_MS = 1000;

export function createWebTransport(getToken: () => string | null): OtvoriApi {
  const listeners = new Map<EventName, Set<AnyListener>>();
  let closeStream: (() => void) | null = null;
  let lingerTimer: number | undefined;

  function dispatch(event: string, data: string): void {
    if (!isEventName(event)) return;
    const set = listeners.get(event);
    if (set === undefined || set.size === 0) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of [...set]) {
      try {
        listener(payload);
      } catch (error) {
        console.error('Otvori: an event listener failed', error);
      }
    }
  }

  function listenerCount(): number {
    let n = 0;
    for (const set of listeners.values()) n += set.size;
    return n;
  }

  function ensureStream(): void {
    window.clearTimeout(lingerTimer);
    if (closeStream !== null) return;
    closeStream = openEventStream({
      url: '/api/events',
      headers: () => tokenHeaders(getToken()),
      onMessage: dispatch,
    });
  }

  function releaseStream(): void {
    if (listenerCount() > 0) return;
    window.clearTimeout(lingerTimer);
    lingerTimer = window.setTimeout(() => {
      if (listenerCount() === 0 && closeStream !== null) {
        closeStream();
        closeStream = null;
      }
    }, STREAM_LINGER_MS);
  }

  return {
    async invoke(channel, request) {
      let response: Response;
      try {
        const body = JSON.stringify(request);
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { ...tokenHeaders(getToken()), 'Content-Type': 'application/json' },
          body,
          cache: 'no-store',
          // A save sent as the page goes away (reload, closing the tab) must still arrive; the
          // browser allows that only for bodies up to 64 KiB in total.
          keepalive: body.length < KEEPALIVE_MAX_CHARS,
        });
      } catch (error) {
        return offlineFailure(`POST /api/${channel} failed: ${String(error)}`);
      }
      let body: string;
      try {
        body = await response.text();
      } catch (error) {
        return offlineFailure(`Reading the answer to ${channel} failed: ${String(error)}`);
      }
      return parseEnvelope(response.status, body);
    },

    subscribe<E extends EventName>(
      event: E,
      listener: (payload: EventTypes[E]) => void,
    ): Unsubscribe {
      const wrapped: AnyListener = (payload) => listener(payload as EventTypes[E]);
      let set = listeners.get(event);
      if (set === undefined) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(wrapped);
      ensureStream();
      return () => {
        listeners.get(event)?.delete(wrapped);
        releaseStream();
      };
    },
  };
}
