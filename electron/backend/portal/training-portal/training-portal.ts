/**
 * "Vežbaonica": a local uData-compatible portal for tests and for clerks to rehearse before
 * touching data.gov.rs, which has no sandbox (udata-api.md §11, §14). Binds to 127.0.0.1 only,
 * keeps uploaded files in `dataDir`, and labels itself everywhere so nobody mistakes it for the
 * real portal.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { PortalProfile } from '../common/profile';
import type { ApiAnswer, ApiContext, ApiRequest } from './api-handlers';
import { FaultPlan, type FaultRule } from './faults';
import { BodyTooLarge, readBody, sendHtml, sendJson, sendRedirect } from './http-io';
import {
  HTML_404,
  HTML_413,
  MSG_INACTIVE_USER,
  MSG_INTERNAL,
  MSG_REVOKED_TOKEN,
  msgInvalidKey,
  type Lang,
} from './messages';
import { MultipartError, multipartBoundary, parseMultipart } from './multipart';
import { PortalState, type PortalUser, type StoredDataset } from './portal-state';
import { matchRoute, type BodyKind } from './routes';
import { applySeed, DEFAULT_SEED, trainingKey, type PortalSeed, type SeededIds } from './seed';
import { ChunkStore, type UploadFields } from './uploads';

export interface TrainingPortalOptions {
  readonly profile: PortalProfile;
  /** Where uploaded files and chunks are stored (a temporary folder). */
  readonly dataDir: string;
  /** 0 or absent: a free port. */
  readonly port?: number;
  readonly seed?: PortalSeed;
  /** The seed user whose key `apiKey` returns (default `editor`). */
  readonly trainingUser?: string;
  /**
   * Body-size limit of the simulated reverse proxy; larger requests get nginx's HTML 413 (§4.4,
   * pitfall 22). udata itself has none; the default bounds the portal's memory.
   */
  readonly maxBodyBytes?: number;
  readonly clock?: () => Date;
}

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number | 'dropped';
}

export interface TrainingPortal {
  /** Base URL, e.g. `http://127.0.0.1:41234` (API under `/api/1/`). */
  readonly url: string;
  readonly profile: PortalProfile;
  /** The training user's key. */
  readonly apiKey: string;
  readonly ids: SeededIds;
  readonly faults: FaultPlan;
  /** Every API request answered, in order (for tests: "create was attempted once"). */
  readonly requests: readonly RequestLogEntry[];
  setReadOnly(on: boolean): void;
  setMaxBodyBytes(bytes: number): void;
  /** LEGACY's "regenerate" admin action: the old key stops working (§2.2). Returns the new key. */
  regenerateKey(userKey: string): string;
  setUserActive(userKey: string, active: boolean): void;
  /** A snapshot of the stored datasets (including deleted ones). */
  datasets(): readonly StoredDataset[];
  /** Forget every dataset and upload (the "reset" of §14 training extras). */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 256 * 1024 * 1024;

const BANNER =
  '<!doctype html><html lang="sr"><head><meta charset="utf-8"><title>Vežbaonica — НИЈЕ data.gov.rs</title></head>' +
  '<body style="font-family:sans-serif"><div style="background:#b00020;color:#fff;padding:1em;font-size:1.4em">' +
  'ВЕЖБАОНИЦА · VEŽBAONICA — ово НИЈЕ data.gov.rs. Подаци овде нису објављени.</div>' +
  '<p>Локални портал за вежбу (uData API под <code>/api/1/</code>). Training portal, not the national portal.</p></body></html>';

function fieldMask(req: IncomingMessage): string[] | null {
  const header = req.headers['x-fields'];
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '') return null;
  return value
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
}

function langOf(query: URLSearchParams): Lang {
  const lang = query.get('lang');
  // data.gov.rs defaults to `sr` (Cyrillic); `sl` is Serbian Latin there (§3.5).
  return lang === 'en' || lang === 'sl' ? lang : 'sr';
}

export async function startTrainingPortal(options: TrainingPortalOptions): Promise<TrainingPortal> {
  const profile = options.profile;
  const clock = options.clock ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  let state = new PortalState();
  const seed = options.seed ?? DEFAULT_SEED;
  let ids = applySeed(state, seed, clock());
  const chunks = new ChunkStore(path.join(options.dataDir, 'chunks'));
  const faults = new FaultPlan();
  const requests: RequestLogEntry[] = [];
  let readOnly = false;
  let maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let baseUrl = '';

  const ctx = (): ApiContext => ({
    profile,
    baseUrl,
    dataDir: options.dataDir,
    state,
    chunks,
    now: clock,
    readOnly: () => readOnly,
  });

  /** §2.3: any request carrying an unknown key fails with 401, GETs included. */
  function authenticate(req: IncomingMessage): { user: PortalUser | null } | { message: string } {
    const header = req.headers['x-api-key'];
    const key = Array.isArray(header) ? header[0] : header;
    if (key === undefined) return { user: null };
    const user = state.userByKey(key);
    if (user === null) {
      return {
        message:
          profile === 'modern' && state.isRevokedKey(key)
            ? MSG_REVOKED_TOKEN
            : msgInvalidKey(profile),
      };
    }
    if (!user.active) return { message: MSG_INACTIVE_USER };
    return { user };
  }

  function parseUpload(body: Buffer, contentType: string | undefined): UploadFields | 'bad' {
    const boundary = multipartBoundary(contentType);
    const fields = new Map<string, string>();
    if (boundary === null) {
      // The chunk-combination request may be urlencoded (§4.4 step 3).
      if (contentType !== undefined && /^application\/x-www-form-urlencoded/i.test(contentType)) {
        for (const [k, v] of new URLSearchParams(body.toString('utf8'))) fields.set(k, v);
      }
      return { file: null, fields };
    }
    let file: UploadFields['file'] = null;
    try {
      for (const part of parseMultipart(body, boundary)) {
        if (part.name === 'file' && part.filename !== null)
          file = { filename: part.filename, data: part.data };
        else if (part.filename === null) fields.set(part.name, part.data.toString('utf8'));
      }
    } catch (error) {
      if (error instanceof MultipartError) return 'bad';
      throw error;
    }
    return { file, fields };
  }

  /** Content-Type gate of JSON endpoints (§3.2): wrong → 400; missing → 500 (LEGACY) / 400. */
  function parseJsonBody(req: IncomingMessage, body: Buffer): { json: unknown } | ApiAnswer {
    const type = req.headers['content-type'];
    if (type === undefined) {
      if (profile === 'legacy')
        return { kind: 'json', status: 500, body: { message: MSG_INTERNAL } };
      return {
        kind: 'json',
        status: 400,
        body: { errors: { 'Content-Type': 'expecting application/json' } },
      };
    }
    if (!/^application\/json\b/i.test(type)) {
      return {
        kind: 'json',
        status: 400,
        body: { errors: { 'Content-Type': 'expecting application/json' } },
      };
    }
    if (body.length === 0) {
      // LEGACY's `request.json.get` on None → 500 (§3.2).
      if (profile === 'legacy')
        return { kind: 'json', status: 500, body: { message: MSG_INTERNAL } };
      return {
        kind: 'json',
        status: 400,
        body: { message: 'Failed to decode JSON object: empty body' },
      };
    }
    try {
      return { json: JSON.parse(body.toString('utf8')) as unknown };
    } catch (error) {
      return {
        kind: 'json',
        status: 400,
        body: { message: `Failed to decode JSON object: ${(error as Error).message}` },
      };
    }
  }

  function serveFile(res: ServerResponse, relative: string): boolean {
    const root = path.join(options.dataDir, 'files');
    const file = path.resolve(root, ...relative.split('/').map((s) => decodeURIComponent(s)));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile())
      return false;
    res.writeHead(200, {
      'Content-Length': statSync(file).size,
      'Content-Type': 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
    return true;
  }

  function write(res: ServerResponse, answer: ApiAnswer): number {
    if (answer.kind === 'html404') {
      sendHtml(res, 404, HTML_404);
      return 404;
    }
    if (answer.kind === 'redirect') {
      sendRedirect(res, answer.status, answer.location);
      return answer.status;
    }
    sendJson(res, answer.status, answer.body, {
      'X-Otvori-Training': 'Vezbaonica',
      ...(answer.headers ?? {}),
    });
    return answer.status;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = url.pathname;
    const log = (status: number | 'dropped'): void => {
      if (pathname.startsWith('/api/')) requests.push({ method, path: pathname, status });
    };

    let body: Buffer = Buffer.alloc(0);
    if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
      try {
        body = await readBody(req, maxBody);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          // The proxy answers before udata sees the request: HTML, not JSON (§4.4).
          sendHtml(res, 413, HTML_413);
          log(413);
        }
        return; // aborted by the client: nothing to answer
      }
    }

    const fault = faults.take(method, pathname);
    let dropAfter = false;
    let hangAfter = false;
    if (fault !== null) {
      if (fault.kind === 'status') {
        if (fault.html !== undefined) sendHtml(res, fault.status, fault.html);
        else sendJson(res, fault.status, fault.body ?? { message: MSG_INTERNAL });
        log(fault.status);
        return;
      }
      if (fault.kind === 'drop-before' || fault.kind === 'hang') {
        log('dropped');
        if (fault.kind === 'drop-before') req.socket.destroy();
        return;
      }
      if (fault.kind === 'delay') await new Promise((r) => setTimeout(r, fault.ms));
      if (fault.kind === 'drop-after') dropAfter = true;
      if (fault.kind === 'hang-after') hangAfter = true;
    }

    if (method === 'GET' && (pathname === '/' || pathname === '/vezbaonica/')) {
      sendHtml(res, 200, BANNER);
      return;
    }
    if (method === 'GET' && pathname.startsWith('/s/resources/')) {
      if (!serveFile(res, pathname.slice('/s/resources/'.length))) sendHtml(res, 404, HTML_404);
      return;
    }
    const front = /^\/(?:sr|sl|en)\/datasets\/r\/([^/]+)$/.exec(pathname);
    const routed = matchRoute(front === null ? pathname : `/api/1/datasets/r/${front[1] ?? ''}`);
    if (routed === null) {
      // Missing trailing slash on a known route → 308 (§3.1); unknown paths → the site's HTML 404.
      if (!pathname.endsWith('/') && matchRoute(`${pathname}/`) !== null) {
        sendRedirect(res, 308, `${baseUrl}${pathname}/${url.search}`);
        log(308);
        return;
      }
      sendHtml(res, 404, HTML_404);
      log(404);
      return;
    }
    const auth = authenticate(req);
    if ('message' in auth) {
      const status = write(res, {
        kind: 'json',
        status: 401,
        body: { message: auth.message },
        headers: { 'WWW-Authenticate': 'Bearer realm="uData"' },
      });
      log(status);
      return;
    }
    const entry = routed.route.methods[method];
    if (entry === undefined) {
      log(
        write(res, {
          kind: 'json',
          status: 405,
          body: { message: 'The method is not allowed for the requested URL.' },
        }),
      );
      return;
    }
    let json: unknown = null;
    let upload: UploadFields | null = null;
    const kind: BodyKind = entry.body;
    if (kind === 'json') {
      const parsed = parseJsonBody(req, body);
      if ('kind' in parsed) {
        log(write(res, parsed));
        return;
      }
      json = parsed.json;
    } else if (kind === 'upload') {
      const parsed = parseUpload(body, req.headers['content-type']);
      if (parsed === 'bad') {
        log(
          write(res, {
            kind: 'json',
            status: 400,
            body: {
              message:
                'The browser (or proxy) sent a request that this server could not understand.',
            },
          }),
        );
        return;
      }
      upload = parsed;
    }
    const apiRequest: ApiRequest = {
      method,
      params: routed.params,
      query: url.searchParams,
      user: auth.user,
      lang: langOf(url.searchParams),
      json,
      upload,
      fields: fieldMask(req),
    };
    let answer: ApiAnswer;
    try {
      answer = entry.handler(apiRequest, ctx());
    } catch {
      answer = { kind: 'json', status: 500, body: { message: MSG_INTERNAL } };
    }
    if (hangAfter) {
      log('dropped');
      return;
    }
    if (dropAfter) {
      // Processed, but the client never hears about it (a timeout after POST, §14).
      log('dropped');
      req.socket.destroy();
      return;
    }
    log(write(res, answer));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { message: MSG_INTERNAL });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${address.port}`;

  const userByKey = (key: string): PortalUser => {
    const id = ids.users[key]?.id;
    const user = id === undefined ? undefined : state.users.get(id);
    if (user === undefined) throw new Error(`training portal: unknown seed user ${key}`);
    return user;
  };
  const trainingUser = options.trainingUser ?? 'editor';
  if (ids.users[trainingUser]?.apiKey == null) {
    throw new Error(`training portal: seed has no user ${trainingUser} with a key`);
  }

  return {
    url: baseUrl,
    profile,
    get apiKey() {
      return userByKey(trainingUser).apiKey ?? '';
    },
    get ids() {
      return ids;
    },
    faults,
    requests,
    setReadOnly(on) {
      readOnly = on;
    },
    setMaxBodyBytes(bytes) {
      maxBody = bytes;
    },
    regenerateKey(userKey) {
      const user = userByKey(userKey);
      if (user.apiKey !== null) user.revokedKeys.add(user.apiKey);
      user.apiKey = trainingKey();
      return user.apiKey;
    },
    setUserActive(userKey, active) {
      userByKey(userKey).active = active;
    },
    datasets() {
      return [...state.datasets.values()];
    },
    reset() {
      // Keep the keys a clerk already pasted working after a reset.
      const keep: PortalSeed = {
        orgs: seed.orgs,
        users: seed.users.map((u) => {
          const apiKey = state.users.get(ids.users[u.key]?.id ?? '')?.apiKey;
          return apiKey == null ? u : { ...u, apiKey };
        }),
      };
      state = new PortalState();
      ids = applySeed(state, keep, clock());
      chunks.clear();
      requests.length = 0;
      faults.clear();
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  } satisfies TrainingPortal;
}

export type { FaultRule };
