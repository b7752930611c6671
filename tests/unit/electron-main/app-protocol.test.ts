import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createAppProtocolHandler,
  installAppProtocol,
  mimeTypeOf,
  registerAppScheme,
} from '../../../electron/main/app-protocol';

let tmp: string;
let root: string;
let handler: ReturnType<typeof createAppProtocolHandler>;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'otvori-app-protocol-'));
  root = path.join(tmp, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(root, 'empty-dir'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Otvori</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'data.bin'), 'x');
  writeFileSync(path.join(tmp, 'secret.txt'), 'TOP SECRET');
  // A symlink inside the bundle that points out of it.
  symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  symlinkSync(tmp, path.join(root, 'outside'), 'dir');
  handler = createAppProtocolHandler(root);
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler({ url, method });

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP and nosniff headers', async () => {
    const response = await get('app://otvori/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Otvori</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)|\*|https?:/u);
  });

  it('serves / as index.html', async () => {
    const response = await get('app://otvori/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Otvori');
  });

  it('sends scripts and styles with their MIME types', async () => {
    const script = await get('app://otvori/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const style = await get('app://otvori/assets/index-abc.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const unknown = await get('app://otvori/assets/data.bin');
    expect(unknown.headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://otvori/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s', async (method) => {
    expect((await get('app://otvori/index.html', method)).status).toBe(405);
  });

  it.each([
    'app://evil/index.html',
    'app://otvori.evil/index.html',
    'app://otvori:8080/index.html',
    'app://user@otvori/index.html',
    'app://localhost/index.html',
    'app:///index.html',
    'file:///etc/passwd',
    'not a url',
  ])('answers 404 (or 400) for the foreign URL %s', async (url) => {
    const response = await get(url);
    expect([400, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('Otvori</title>');
  });

  it.each([
    'app://otvori/..%2fsecret.txt',
    'app://otvori/assets/..%2f..%2fsecret.txt',
    'app://otvori/%2e%2e%2fsecret.txt',
    'app://otvori/..%5csecret.txt',
    'app://otvori/assets%5c..%5c..%5csecret.txt',
    'app://otvori/%252e%252e/secret.txt',
    'app://otvori/index.html%00.js',
    'app://otvori/C:%5cWindows%5cwin.ini',
    'app://otvori/%2fetc%2fpasswd',
  ])('refuses the traversal %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    for (const url of ['app://otvori/assets/link.txt', 'app://otvori/outside/secret.txt']) {
      const response = await get(url);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
  });

  it('answers 404 for missing files and for folders, still with the CSP', async () => {
    const missing = await get('app://otvori/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await get('app://otvori/empty-dir')).status).toBe(404);
    expect((await get('app://otvori/assets')).status).toBe(404);
  });

  it('maps extensions case-insensitively and unknown ones to octet-stream', () => {
    expect(mimeTypeOf('A.SVG')).toBe('image/svg+xml');
    expect(mimeTypeOf('font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('x.exe')).toBe('application/octet-stream');
    expect(mimeTypeOf('noext')).toBe('application/octet-stream');
  });
});

describe('scheme registration', () => {
  it('registers app as a standard, secure, fetch-capable scheme and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs the handler for the app scheme only', async () => {
    const protocol = { handle: vi.fn() };
    installAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, installed] = protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await installed(new Request('app://otvori/index.html'));
    expect(response.status).toBe(200);
  });
});
