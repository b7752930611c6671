/**
 * The `app://otvori/` scheme that serves the built renderer. A privileged standard scheme gives
 * the page a real origin (CSP `'self'`, fetch, relative URLs) without `file://`, where every
 * file on disk is same-origin with the page (architecture.md §8).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { SECURITY_HEADERS } from '../backend/security/content-security-policy';
import { APP_HOST, APP_SCHEME, isInsideRoot, resolveInsideRoot } from './security/trusted-url';

// One policy for both hosts (app:// here, the web host's HTTP server), so they cannot drift.
// A header, not a <meta>: a meta CSP cannot set frame-ancestors and comes after injected markup.
const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Cache-Control': 'no-cache',
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export type AppRequest = Pick<Request, 'url' | 'method'>;

function respond(
  status: number,
  body: Uint8Array<ArrayBuffer> | string | null,
  contentType?: string,
): Response {
  const headers = new Headers(RESPONSE_HEADERS);
  headers.set('Content-Type', contentType ?? 'text/plain; charset=utf-8');
  return new Response(body, { status, headers });
}

/**
 * A plain Request → Response function serving files from `root` (the built renderer), so it is
 * tested without Electron. Only GET/HEAD on host `otvori`; paths are checked by
 * resolveInsideRoot and then by realpath, so a symlink in the bundle cannot point outside it.
 */
export function createAppProtocolHandler(root: string): (request: AppRequest) => Promise<Response> {
  const resolvedRoot = path.resolve(root);
  let realRoot: Promise<string> | null = null;

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return respond(400, 'Bad request');
    }
    if (
      url.protocol !== `${APP_SCHEME}:` ||
      url.host !== APP_HOST ||
      url.username !== '' ||
      url.password !== ''
    ) {
      return respond(404, 'Not found');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed');
    }
    const urlPath = url.pathname === '/' ? '/index.html' : url.pathname;
    const filePath = resolveInsideRoot(resolvedRoot, urlPath);
    if (filePath === null) return respond(403, 'Forbidden');

    try {
      realRoot ??= realpath(resolvedRoot);
      const [rootOnDisk, fileOnDisk] = await Promise.all([realRoot, realpath(filePath)]);
      if (!isInsideRoot(rootOnDisk, fileOnDisk)) return respond(403, 'Forbidden');
      if (!(await stat(fileOnDisk)).isFile()) return respond(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(fileOnDisk);
      return respond(200, body, mimeTypeOf(fileOnDisk));
    } catch {
      realRoot = null; // the renderer may be built after the first request (development)
      return respond(404, 'Not found');
    }
  };
}

export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
