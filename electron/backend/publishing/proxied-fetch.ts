/**
 * A `fetch` for the reference-list refresh that goes through the same proxy Agent as the uData
 * client (Node's global fetch ignores http Agents). GET only, which is all the refresh does;
 * redirects are not followed (the refresh asks for `redirect: 'error'`).
 */
import type { Agent } from 'node:http';
import { nodeTransport } from '../portal/client/transport';

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 4 * 1024 * 1024;

export function proxiedFetch(agent: Agent): typeof fetch {
  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const response = await nodeTransport({
      method: 'GET',
      url,
      headers,
      idleTimeoutMs: TIMEOUT_MS,
      totalTimeoutMs: TIMEOUT_MS,
      agent,
      maxResponseBytes: MAX_BYTES,
      ...(init?.signal === undefined || init.signal === null ? {} : { signal: init.signal }),
    });
    const out = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (typeof value === 'string') out.set(name, value);
    }
    return new Response(new Uint8Array(response.body), { status: response.status, headers: out });
  };
}
