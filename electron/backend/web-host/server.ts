/**
 * The web host: the same handlers as Electron IPC, served over HTTP on 127.0.0.1 to a browser
 * (architecture.md §3). Used where the Electron runtime is missing and by the e2e tests.
 *
 *   GET  /, /assets/*        the built renderer (CSP as in Electron)
 *   POST /api/<channel>      JSON request → JSON Result envelope
 *   GET  /api/events         server-sent events (job progress)
 *   POST /upload             raw file bytes, X-File-Name → Result<FileRef>
 *   GET  /download/<id>      a prepared export, once
 * Everything but static files needs the per-launch token in X-Otvori-Token.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fail, type Result } from '../../../shared/contract';
import type { Backend } from '../backend';
import { dispatch } from '../contract/dispatch';
import { SECURITY_HEADERS } from '../security/content-security-policy';
import { resolveInsideRoot } from '../security/resolve-inside-root';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './request-guard';
import { UploadTooLargeError, type WebFilePort } from './web-file-port';

/** Largest JSON request body: requests are small; rows go the other way. */
const MAX_JSON_BODY = 1024 * 1024;
const SSE_HEARTBEAT_MS = 15_000;

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface WebHostOptions {
  readonly backend: Backend;
  readonly files: WebFilePort;
  readonly rendererDir: string;
  readonly maxUploadBytes: number;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Fixed token for tests; random per launch otherwise. */
  readonly token?: string;
}

export interface WebHost {
  readonly port: number;
  readonly token: string;
  readonly origin: string;
  /** The address to open in the browser; carries the token in the fragment (never sent over HTTP). */
  readonly launchUrl: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, result: Result<never>): void {
  sendJson(res, status, result);
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BODY) throw new RangeError('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : (JSON.parse(text) as unknown);
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const unsubscribe = options.backend.subscribe((event, payload) => {
    const message = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of streams) res.write(message);
  });

  function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string): void {
    const wanted = urlPath === '/' ? '/index.html' : urlPath;
    const file = resolveInsideRoot(options.rendererDir, wanted);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = file ? statSync(file) : undefined;
    } catch {
      stat = undefined;
    }
    if (!file || !stat?.isFile()) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'Cache-Control':
        wanted === '/index.html' ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
  ): Promise<void> {
    let payload: unknown;
    try {
      payload = await readJsonBody(req);
    } catch {
      sendError(res, 400, fail('INVALID_REQUEST', 'Request body is not JSON or is too large'));
      return;
    }
    const result = await dispatch(
      options.backend.handlers,
      channel,
      payload,
      options.backend.context,
    );
    const status = result.ok ? 200 : result.error.code === 'UNKNOWN_CHANNEL' ? 404 : 200;
    sendJson(res, status, result);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), SSE_HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const declared = Number(headerValue(req, 'content-length') ?? '0');
    if (declared > options.maxUploadBytes) {
      sendError(
        res,
        413,
        fail('FILE_TOO_LARGE', 'Upload too large', {
          size: declared,
          limit: options.maxUploadBytes,
        }),
      );
      req.resume();
      return;
    }
    let name: string;
    try {
      name = decodeURIComponent(headerValue(req, 'x-file-name') ?? '');
    } catch {
      sendError(res, 400, fail('INVALID_REQUEST', 'X-File-Name is not URI-encoded'));
      return;
    }
    try {
      const fileRef = await options.files.receiveUpload(req, name, options.maxUploadBytes);
      sendJson(res, 200, { ok: true, value: fileRef });
    } catch (error) {
      if (error instanceof UploadTooLargeError) {
        sendError(res, 413, fail('FILE_TOO_LARGE', 'Upload too large', { limit: error.limit }));
      } else {
        sendError(res, 500, fail('FILE_UNREADABLE', 'Upload failed'));
      }
    }
  }

  function handleDownload(res: ServerResponse, id: string): void {
    const download = options.files.takeDownload(id);
    if (!download) {
      sendError(res, 404, fail('NOT_FOUND', 'Download expired or unknown'));
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Length': download.bytes.byteLength,
      'Content-Disposition': contentDisposition(download.fileName),
      'Cache-Control': 'no-store',
    });
    res.end(
      Buffer.from(download.bytes.buffer, download.bytes.byteOffset, download.bytes.byteLength),
    );
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(headerValue(req, 'host'), port)) {
      sendError(res, 403, fail('FORBIDDEN', 'Host not allowed'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const isPrivate =
      url.pathname.startsWith('/api/') ||
      url.pathname === '/upload' ||
      url.pathname.startsWith('/download/');
    if (!isPrivate) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendError(res, 405, fail('FORBIDDEN', 'Method not allowed'));
        return;
      }
      serveStatic(req, res, url.pathname);
      return;
    }
    if (!isAllowedOrigin(headerValue(req, 'origin'), port)) {
      sendError(res, 403, fail('FORBIDDEN', 'Origin not allowed'));
      return;
    }
    if (!tokenMatches(headerValue(req, 'x-otvori-token'), token)) {
      sendError(res, 403, fail('FORBIDDEN', 'Missing or wrong token'));
      return;
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      handleEvents(req, res);
    } else if (url.pathname.startsWith('/api/') && req.method === 'POST') {
      await handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)));
    } else if (url.pathname === '/upload' && req.method === 'POST') {
      await handleUpload(req, res);
    } else if (url.pathname.startsWith('/download/') && req.method === 'GET') {
      handleDownload(res, url.pathname.slice('/download/'.length));
    } else {
      sendError(res, 405, fail('FORBIDDEN', 'Method not allowed'));
    }
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, fail('INTERNAL', 'Unexpected server error'));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    token,
    origin,
    launchUrl: `${origin}/#token=${token}`,
    async close() {
      unsubscribe();
      for (const res of streams) res.end();
      streams.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
