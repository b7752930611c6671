/**
 * The city's proxy for calls to the portal (udata-api.md §3.7: calls go from the backend, not the
 * page, so Chromium's proxy settings do not apply to them). HTTPS goes through the proxy with an
 * HTTP CONNECT tunnel; the loopback (the training portal) and the bypass list go direct.
 * 'system' asks the host: Electron resolves it with the OS/PAC settings (session.resolveProxy);
 * other hosts read HTTPS_PROXY.
 */
import http, { type Agent, type ClientRequestArgs } from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import type { ProxySetting } from '../../../shared/contract/channels/portal';

/** Chromium's answer for a URL: `DIRECT`, or `PROXY host:port; …`. */
export type ProxyResolver = (url: string) => Promise<string>;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** `*.example.org` matches sub-domains; `<local>` matches plain host names; others match exactly. */
export function bypasses(host: string, patterns: readonly string[]): boolean {
  const name = host.toLowerCase();
  if (LOOPBACK.has(name)) return true;
  return patterns.some((raw) => {
    const pattern = raw.trim().toLowerCase();
    if (pattern === '<local>') return !name.includes('.');
    if (pattern.startsWith('*.')) return name.endsWith(pattern.slice(1));
    return name === pattern;
  });
}

/** The first `PROXY host:port` of Chromium's answer, as a URL; null for DIRECT. */
export function proxyFromPac(answer: string): URL | null {
  for (const part of answer.split(';')) {
    const match = /^\s*(?:PROXY|HTTPS)\s+([^\s;]+)\s*$/i.exec(part);
    if (match?.[1] !== undefined) return new URL(`http://${match[1]}`);
    if (/^\s*DIRECT\s*$/i.test(part)) return null;
  }
  return null;
}

/** An https Agent whose connections are tunnelled through an HTTP proxy with CONNECT. */
export class ConnectTunnelAgent extends https.Agent {
  constructor(readonly proxy: URL) {
    super({ keepAlive: false });
  }

  override createConnection(
    options: ClientRequestArgs & { servername?: string },
    callback?: (error: Error | null, socket: Duplex) => void,
  ): Duplex | undefined {
    // Node waits for the callback when createConnection returns nothing (http Agent.createSocket).
    const done = (error: Error | null, socket?: Duplex) => {
      if (callback === undefined) return;
      if (socket === undefined) callback(error, null as unknown as Duplex);
      else callback(null, socket);
    };
    const target = `${options.host ?? ''}:${String(options.port ?? 443)}`;
    const request = http.request({
      host: this.proxy.hostname,
      port: this.proxy.port === '' ? 80 : Number(this.proxy.port),
      method: 'CONNECT',
      path: target,
      headers: { Host: target },
    });
    request.once('connect', (response, socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        done(
          Object.assign(new Error(`proxy refused CONNECT (${response.statusCode ?? 0})`), {
            code: 'ECONNREFUSED',
          }),
        );
        return;
      }
      done(null, tls.connect({ socket, servername: options.servername ?? options.host ?? '' }));
    });
    request.once('error', (error) => done(error));
    request.end();
    return undefined;
  }
}

function envProxy(env: NodeJS.ProcessEnv): URL | null {
  const value = env['HTTPS_PROXY'] ?? env['https_proxy'];
  if (value === undefined || value === '') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The Agent for requests to `portalUrl` under `setting`; undefined means direct. */
export async function agentFor(
  portalUrl: string,
  setting: ProxySetting,
  resolve: ProxyResolver | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Agent | undefined> {
  const url = new URL(portalUrl);
  // Plain http is only the training portal on the loopback; never proxied.
  if (url.protocol !== 'https:' || LOOPBACK.has(url.hostname)) return undefined;
  let proxy: URL | null;
  if (setting === 'direct') proxy = null;
  else if (setting === 'system')
    proxy = resolve === undefined ? envProxy(env) : proxyFromPac(await resolve(portalUrl));
  else proxy = bypasses(url.hostname, setting.bypass) ? null : new URL(setting.server);
  return proxy === null ? undefined : new ConnectTunnelAgent(proxy);
}
