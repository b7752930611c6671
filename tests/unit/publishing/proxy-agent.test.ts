/**
 * The proxy for portal calls (electron/backend/publishing/proxy-agent.ts): which requests go
 * through the proxy, Chromium's PAC answers, and the CONNECT tunnel actually asked of a proxy.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  agentFor,
  bypasses,
  ConnectTunnelAgent,
  proxyFromPac,
} from '../../../electron/backend/publishing/proxy-agent';

let server: http.Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) =>
    server === null ? resolve() : server.close(() => resolve()),
  );
  server = null;
});

describe('proxy choice', () => {
  it('bypasses the loopback, <local>, wildcard and exact names', () => {
    expect(bypasses('127.0.0.1', [])).toBe(true);
    expect(bypasses('intranet', ['<local>'])).toBe(true);
    expect(bypasses('data.gov.rs', ['<local>'])).toBe(false);
    expect(bypasses('portal.pancevo.local', ['*.pancevo.local'])).toBe(true);
    expect(bypasses('data.gov.rs', ['data.gov.rs'])).toBe(true);
  });

  it("reads Chromium's PAC answer", () => {
    expect(proxyFromPac('DIRECT')).toBeNull();
    expect(proxyFromPac('PROXY proxy.pancevo.local:8080; DIRECT')?.host).toBe(
      'proxy.pancevo.local:8080',
    );
  });

  it('tunnels https through a fixed or system proxy, never the training portal', async () => {
    const fixed = { server: 'http://proxy.pancevo.local:8080', bypass: ['*.pancevo.local'] };
    const agent = await agentFor('https://data.gov.rs', fixed, undefined);
    expect(agent).toBeInstanceOf(ConnectTunnelAgent);
    expect((agent as ConnectTunnelAgent).proxy.host).toBe('proxy.pancevo.local:8080');
    expect(await agentFor('http://127.0.0.1:4000', fixed, undefined)).toBeUndefined();
    expect(await agentFor('https://data.gov.rs', 'direct', undefined)).toBeUndefined();
    const resolved = await agentFor('https://data.gov.rs', 'system', async () => 'PROXY p:3128');
    expect((resolved as ConnectTunnelAgent).proxy.host).toBe('p:3128');
    expect(await agentFor('https://data.gov.rs', 'system', undefined, {})).toBeUndefined();
    const fromEnv = await agentFor('https://data.gov.rs', 'system', undefined, {
      HTTPS_PROXY: 'http://env-proxy:3128',
    });
    expect((fromEnv as ConnectTunnelAgent).proxy.host).toBe('env-proxy:3128');
  });

  it('asks the proxy for a CONNECT tunnel to the portal and reports a refusal', async () => {
    const asked: string[] = [];
    server = http.createServer();
    server.on('connect', (request: http.IncomingMessage, socket) => {
      asked.push(request.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const agent = new ConnectTunnelAgent(new URL(`http://127.0.0.1:${port}`));
    const failure = await new Promise<Error>((resolve) => {
      const request = https.request('https://data.gov.rs/api/1/me/', { agent }, () =>
        resolve(new Error('unexpected answer')),
      );
      request.on('error', resolve);
      request.end();
    });
    expect(asked).toEqual(['data.gov.rs:443']);
    expect(failure.message).toContain('proxy refused CONNECT (403)');
  });
});
