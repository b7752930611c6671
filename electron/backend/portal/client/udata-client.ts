/**
 * A typed client for the uData write API of data.gov.rs (udata-api.md; architecture.md §7):
 * `X-API-KEY`, trailing slashes, JSON content type, idle timeouts and cancel, GET-modify-PUT for
 * datasets, uploads with field `file` and an ASCII name (chunked above a threshold), errors as
 * PortalError codes, and retries only for requests that are safe to repeat.
 */
import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import type { PortalProfile } from '../common/profile';
import { applyPayload, safeBodyFromDataset, type DatasetBody } from './dataset-body';
import type { FieldScope } from './field-map';
import { asciiFileName, fileSize } from './files';
import { mapHttpError, type Operation } from './map-error';
import { buildMultipart, type MultipartBody } from './multipart-body';
import { parseDataset, parseMe, parseResource } from './parse';
import { PortalError } from './portal-error';
import type {
  DatasetPayload,
  PortalDataset,
  PortalMe,
  PortalOrganization,
  PortalResource,
  ReferenceLists,
} from './portal-types';
import { detectProfile, type DetectedProfile } from './profile-detect';
import { DEFAULT_RETRY, realSleep, withRetry, type RetryPolicy, type Sleep } from './retry';
import { nodeTransport, type Transport } from './transport';

export interface UdataClientOptions {
  /** Portal root, e.g. `https://data.gov.rs` (the API lives under `/api/1/`). */
  readonly baseUrl: string;
  readonly apiKey: string;
  /** Known profile (detected once at connect and remembered); `detectProfile()` otherwise. */
  readonly profile?: PortalProfile;
  /** Idle timeout of JSON requests (default 30 s). */
  readonly timeoutMs?: number;
  /** Idle timeout of uploads (default 120 s: the server may hash a big file before answering). */
  readonly uploadTimeoutMs?: number;
  readonly retry?: RetryPolicy;
  /** Files larger than this go up in chunks (default 50 MB, §12.3). */
  readonly chunkThresholdBytes?: number;
  /** Part size of chunked uploads (default 2 000 000 bytes like udata's own uploader, §4.4). */
  readonly chunkSizeBytes?: number;
  readonly transport?: Transport;
  /** The proxy seam: an http(s) Agent built by the host from the city's proxy settings. */
  readonly agent?: Agent;
  readonly sleep?: Sleep;
}

export interface UploadProgress {
  readonly sentBytes: number;
  readonly totalBytes: number;
}

export interface UploadRequest {
  readonly datasetId: string;
  /** Replace the file of this resource (same id); absent: a new resource. */
  readonly resourceId?: string;
  readonly filePath: string;
  /** The clerk's file name; sent as an ASCII, one-dot name. */
  readonly fileName: string;
  readonly contentType?: string;
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly signal?: AbortSignal;
}

interface CallOptions {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under `/api/1`, ending with `/` (§3.1: a missing slash costs a 308). */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  /** Safe to repeat: retried with backoff on PORTAL_DOWN / PORTAL_TIMEOUT. */
  readonly idempotent: boolean;
  readonly scope?: FieldScope;
  readonly signal?: AbortSignal | undefined;
}

const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_UPLOAD_TIMEOUT = 120_000;
export const DEFAULT_CHUNK_THRESHOLD = 50 * 1024 * 1024;
export const DEFAULT_CHUNK_SIZE = 2_000_000;

const MIME: Readonly<Record<string, string>> = {
  csv: 'text/csv',
  json: 'application/json',
  txt: 'text/plain',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function parseJsonOrNull(body: Buffer): unknown {
  if (body.length === 0) return null;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

export class UdataClient {
  private readonly base: string;
  private readonly transport: Transport;
  private readonly sleep: Sleep;
  private readonly retry: RetryPolicy;
  private detected: PortalProfile | null;

  constructor(private readonly options: UdataClientOptions) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.transport = options.transport ?? nodeTransport;
    this.sleep = options.sleep ?? realSleep;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.detected = options.profile ?? null;
  }

  get baseUrl(): string {
    return this.base;
  }

  /** The profile in use; detects it on first need. */
  async profile(signal?: AbortSignal): Promise<PortalProfile> {
    if (this.detected === null) this.detected = (await this.detectProfile(signal)).profile;
    return this.detected;
  }

  async detectProfile(signal?: AbortSignal): Promise<DetectedProfile> {
    const result = await detectProfile({
      get: async (path) => {
        const response = await withRetry(
          () =>
            this.transport({
              method: 'GET',
              url: `${this.base}${path}`,
              headers: { Accept: 'application/json' },
              idleTimeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT,
              ...(signal === undefined ? {} : { signal }),
              ...(this.options.agent === undefined ? {} : { agent: this.options.agent }),
            }),
          this.retry,
          this.sleep,
          signal,
        );
        return { status: response.status, json: parseJsonOrNull(response.body) };
      },
    });
    this.detected = result.profile;
    return result;
  }

  /** The cheapest key check, `GET /me/` (§2.1, §12.2): 401 → PORTAL_KEY_INVALID. */
  async verifyKey(signal?: AbortSignal): Promise<PortalMe> {
    return parseMe(await this.call({ method: 'GET', path: '/me/', idempotent: true, signal }));
  }

  /** The organisations of the account, with its role in each (`/me/` + `/organizations/{id}/`, §12.2). */
  async listOrganizations(signal?: AbortSignal): Promise<PortalOrganization[]> {
    const me = await this.verifyKey(signal);
    const out: PortalOrganization[] = [];
    for (const org of me.organizations) {
      const detail = (await this.call({
        method: 'GET',
        path: `/organizations/${encodeURIComponent(org.id)}/`,
        idempotent: true,
        signal,
      })) as Record<string, unknown>;
      const members = Array.isArray(detail['members'])
        ? (detail['members'] as Record<string, unknown>[])
        : [];
      const mine = members.find(
        (m) => (m['user'] as Record<string, unknown> | undefined)?.['id'] === me.id,
      );
      const role = mine?.['role'];
      out.push({ ...org, role: role === 'admin' || role === 'editor' ? role : null });
    }
    return out;
  }

  async referenceLists(signal?: AbortSignal): Promise<ReferenceLists> {
    const get = (path: string): Promise<unknown> =>
      this.call({ method: 'GET', path, idempotent: true, signal });
    const [licenses, frequencies, resourceTypes, extensions] = await Promise.all([
      get('/datasets/licenses/'),
      get('/datasets/frequencies/'),
      get('/datasets/resource_types/'),
      get('/datasets/extensions/'),
    ]);
    const list = (v: unknown): Record<string, unknown>[] =>
      Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
    return {
      licenses: list(licenses).map((l) => ({
        id: String(l['id']),
        title: String(l['title'] ?? ''),
      })),
      frequencies: list(frequencies).map((f) => ({
        id: String(f['id']),
        label: String(f['label'] ?? ''),
      })),
      resourceTypes: list(resourceTypes).map((f) => ({
        id: String(f['id']),
        label: String(f['label'] ?? ''),
      })),
      extensions: Array.isArray(extensions) ? extensions.map(String) : [],
    };
  }

  async getDataset(datasetId: string, signal?: AbortSignal): Promise<PortalDataset> {
    return parseDataset(
      await this.call({
        method: 'GET',
        path: `/datasets/${encodeURIComponent(datasetId)}/`,
        idempotent: true,
        signal,
      }),
    );
  }

  /**
   * `POST /datasets/` — NOT idempotent (pitfall 3): never retried here. After a lost answer the
   * caller must look in `/me/org_datasets/` before trying again (publish journal does).
   */
  async createDataset(
    payload: DatasetPayload,
    extras: Readonly<Record<string, unknown>> = {},
    signal?: AbortSignal,
  ): Promise<PortalDataset> {
    const profile = await this.profile(signal);
    const body = applyPayload({}, payload, profile, extras);
    return parseDataset(
      await this.call({
        method: 'POST',
        path: '/datasets/',
        json: body,
        idempotent: false,
        signal,
      }),
    );
  }

  /**
   * GET-modify-PUT (§5.5): the PUT carries every safe field of the fresh GET with `change` applied,
   * so tags, temporal coverage and privacy survive. The full-object PUT is idempotent → retried.
   */
  async updateDataset(
    datasetId: string,
    change: (body: DatasetBody, current: PortalDataset) => DatasetBody,
    signal?: AbortSignal,
  ): Promise<PortalDataset> {
    const profile = await this.profile(signal);
    const current = await this.getDataset(datasetId, signal);
    const body = change(safeBodyFromDataset(current, profile), current);
    return parseDataset(
      await this.call({
        method: 'PUT',
        path: `/datasets/${encodeURIComponent(current.id)}/`,
        json: body,
        idempotent: true,
        signal,
      }),
    );
  }

  /** Sets Otvori's metadata on an existing dataset, keeping everything else (GET-modify-PUT). */
  async applyMetadata(
    datasetId: string,
    payload: DatasetPayload,
    extras: Readonly<Record<string, unknown>> = {},
    signal?: AbortSignal,
  ): Promise<PortalDataset> {
    const profile = await this.profile(signal);
    return this.updateDataset(
      datasetId,
      (body) => applyPayload(body, payload, profile, extras),
      signal,
    );
  }

  async deleteDataset(datasetId: string, signal?: AbortSignal): Promise<void> {
    await this.call({
      method: 'DELETE',
      path: `/datasets/${encodeURIComponent(datasetId)}/`,
      idempotent: true,
      signal,
    });
  }

  /** Datasets of the account and its organisations, private and deleted included (§4.1). */
  async findOrgDatasets(titleQuery: string, signal?: AbortSignal): Promise<PortalDataset[]> {
    const answer = await this.call({
      method: 'GET',
      path: '/me/org_datasets/',
      query: { q: titleQuery },
      idempotent: true,
      signal,
    });
    if (!Array.isArray(answer))
      throw new PortalError('PORTAL_UNEXPECTED', '/me/org_datasets/: not a list');
    return answer.map(parseDataset);
  }

  async getResource(
    datasetId: string,
    resourceId: string,
    signal?: AbortSignal,
  ): Promise<PortalResource> {
    return parseResource(
      await this.call({
        method: 'GET',
        path: `/datasets/${encodeURIComponent(datasetId)}/resources/${encodeURIComponent(resourceId)}/`,
        idempotent: true,
        scope: 'resource',
        signal,
      }),
    );
  }

  /**
   * Partial resource PUT — safe in both profiles (§5.5). Never send checksum/filesize/mime of a
   * hosted file: LEGACY would overwrite the server's values (§4.3).
   */
  async updateResource(
    datasetId: string,
    resourceId: string,
    patch: Readonly<Record<string, unknown>>,
    signal?: AbortSignal,
  ): Promise<PortalResource> {
    const { checksum: _c, filesize: _f, mime: _m, ...safe } = patch;
    return parseResource(
      await this.call({
        method: 'PUT',
        path: `/datasets/${encodeURIComponent(datasetId)}/resources/${encodeURIComponent(resourceId)}/`,
        json: safe,
        idempotent: true,
        scope: 'resource',
        signal,
      }),
    );
  }

  async deleteResource(datasetId: string, resourceId: string, signal?: AbortSignal): Promise<void> {
    await this.call({
      method: 'DELETE',
      path: `/datasets/${encodeURIComponent(datasetId)}/resources/${encodeURIComponent(resourceId)}/`,
      idempotent: true,
      scope: 'resource',
      signal,
    });
  }

  /**
   * Uploads a file as a new resource (201) or into an existing one (200). Not retried: a second
   * POST could make a second resource. Above the threshold, or after a proxy 413, the file goes
   * up in chunks (§4.4): parts are keyed by uuid+index, so a failed part may be re-sent; the
   * final combination is sent once.
   */
  async upload(request: UploadRequest): Promise<PortalResource> {
    const size = await fileSize(request.filePath);
    const name = asciiFileName(request.fileName);
    const ext = name.slice(name.lastIndexOf('.') + 1);
    const contentType = request.contentType ?? MIME[ext] ?? 'application/octet-stream';
    const path =
      request.resourceId === undefined
        ? `/datasets/${encodeURIComponent(request.datasetId)}/upload/`
        : `/datasets/${encodeURIComponent(request.datasetId)}/resources/${encodeURIComponent(request.resourceId)}/upload/`;
    const chunkSize = this.options.chunkSizeBytes ?? DEFAULT_CHUNK_SIZE;
    // A 1-part file must be sent normally (§4.4: totalparts > 1).
    const chunkable = size > chunkSize;
    if (chunkable && size > (this.options.chunkThresholdBytes ?? DEFAULT_CHUNK_THRESHOLD)) {
      return this.uploadChunked(request, path, name, contentType, size, chunkSize);
    }
    const body = buildMultipart([], {
      filename: name,
      contentType,
      slice: { path: request.filePath, start: 0, end: size },
    });
    try {
      return parseResource(await this.send(path, body, request, 0, size));
    } catch (error) {
      // The proxy refused the body before udata saw it: nothing was created, chunking is safe (§15.4).
      if (error instanceof PortalError && error.code === 'PORTAL_TOO_LARGE' && chunkable) {
        return this.uploadChunked(request, path, name, contentType, size, chunkSize);
      }
      throw error;
    }
  }

  private async uploadChunked(
    request: UploadRequest,
    path: string,
    name: string,
    contentType: string,
    size: number,
    chunkSize: number,
  ): Promise<PortalResource> {
    const uuid = randomUUID();
    const total = Math.ceil(size / chunkSize);
    for (let index = 0; index < total; index += 1) {
      const start = index * chunkSize;
      const end = Math.min(size, start + chunkSize);
      const body = buildMultipart(
        [
          ['uuid', uuid],
          ['filename', name],
          ['partindex', String(index)],
          ['partbyteoffset', String(start)],
          ['totalparts', String(total)],
          ['chunksize', String(end - start)],
        ],
        { filename: name, contentType, slice: { path: request.filePath, start, end } },
      );
      await withRetry(
        () => this.send(path, body, request, start, size),
        this.retry,
        this.sleep,
        request.signal,
      );
    }
    const finish = buildMultipart(
      [
        ['uuid', uuid],
        ['filename', name],
        ['totalparts', String(total)],
      ],
      null,
    );
    return parseResource(await this.send(path, finish, request, size, size));
  }

  /** One multipart POST; progress counts file bytes only, offset for chunk parts. */
  private async send(
    path: string,
    body: MultipartBody,
    request: UploadRequest,
    offset: number,
    totalBytes: number,
  ): Promise<unknown> {
    let preamble = 0;
    let fileBytes = 0;
    for (const part of body.parts) {
      if (part instanceof Uint8Array) {
        if (fileBytes === 0) preamble += part.byteLength;
      } else {
        fileBytes = part.end - part.start;
        break;
      }
    }
    const response = await this.transport({
      method: 'POST',
      url: `${this.base}/api/1${path}`,
      headers: {
        'X-API-KEY': this.options.apiKey,
        Accept: 'application/json',
        'Content-Type': body.contentType,
      },
      body: body.parts,
      idleTimeoutMs: this.options.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT,
      ...(request.signal === undefined ? {} : { signal: request.signal }),
      ...(this.options.agent === undefined ? {} : { agent: this.options.agent }),
      onBodyProgress: (sent) => {
        if (fileBytes === 0) return;
        const inFile = Math.max(0, Math.min(fileBytes, sent - preamble));
        request.onProgress?.({ sentBytes: offset + inFile, totalBytes });
      },
    });
    return this.decode(
      response.status,
      response.body,
      response.headers['content-type'],
      'upload',
      'resource',
      `POST ${path}`,
    );
  }

  private async call(options: CallOptions): Promise<unknown> {
    const query =
      options.query === undefined ? '' : `?${new URLSearchParams(options.query).toString()}`;
    const run = async (): Promise<unknown> => {
      const response = await this.transport({
        method: options.method,
        url: `${this.base}/api/1${options.path}${query}`,
        headers: {
          'X-API-KEY': this.options.apiKey,
          Accept: 'application/json',
          ...(options.json === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(options.json === undefined
          ? {}
          : { body: [Buffer.from(JSON.stringify(options.json), 'utf8')] }),
        idleTimeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT,
        totalTimeoutMs: 2 * (this.options.timeoutMs ?? DEFAULT_TIMEOUT),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        ...(this.options.agent === undefined ? {} : { agent: this.options.agent }),
      });
      return this.decode(
        response.status,
        response.body,
        response.headers['content-type'],
        'json',
        options.scope ?? 'dataset',
        `${options.method} ${options.path}`,
      );
    };
    return options.idempotent ? withRetry(run, this.retry, this.sleep, options.signal) : run();
  }

  private decode(
    status: number,
    body: Buffer,
    contentType: string | undefined,
    operation: Operation,
    scope: FieldScope,
    what: string,
  ): unknown {
    const isJson = contentType !== undefined && /json/i.test(contentType);
    const json = isJson ? parseJsonOrNull(body) : null;
    if (status >= 200 && status < 300) {
      if (status === 204) return null;
      if (!isJson)
        throw new PortalError('PORTAL_UNEXPECTED', `${what}: answer is not JSON`, { status });
      return json;
    }
    throw mapHttpError(status, json, { operation, scope, what });
  }
}
