/**
 * One HTTP exchange over node:http/https with an idle timeout, cancel (AbortSignal), a streamed
 * request body with exact Content-Length and upload progress, and a bounded response body.
 * `agent` is the seam for the city's proxy (wired by the host later).
 */
import { createReadStream } from 'node:fs';
import http, { type Agent, type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { PortalError } from './portal-error';

/** A slice of a file on disk, `end` exclusive. */
export interface FileSlice {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

export type BodyPart = Uint8Array | FileSlice;

export interface TransportRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: readonly BodyPart[];
  /** Milliseconds without any byte in either direction before giving up. */
  readonly idleTimeoutMs: number;
  /** Milliseconds for the whole exchange (JSON calls); absent for uploads, which may be long. */
  readonly totalTimeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly onBodyProgress?: (sentBytes: number, totalBytes: number) => void;
  readonly agent?: Agent;
  readonly maxResponseBytes?: number;
}

export interface TransportResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

const DEFAULT_MAX_RESPONSE = 32 * 1024 * 1024;

function partLength(part: BodyPart): number {
  return part instanceof Uint8Array ? part.byteLength : part.end - part.start;
}

export function bodyLength(parts: readonly BodyPart[]): number {
  return parts.reduce((sum, p) => sum + partLength(p), 0);
}

export const nodeTransport: Transport = (request) =>
  new Promise<TransportResponse>((resolve, reject) => {
    const url = new URL(request.url);
    const lib = url.protocol === 'https:' ? https : http;
    const parts = request.body ?? [];
    const total = bodyLength(parts);
    let settled = false;
    let deadline: NodeJS.Timeout | undefined;
    const finish = (error: PortalError | null, response?: TransportResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      request.signal?.removeEventListener('abort', onAbort);
      if (error !== null) reject(error);
      else if (response !== undefined) resolve(response);
    };
    const req = lib.request(url, {
      method: request.method,
      headers: {
        ...request.headers,
        ...(parts.length > 0 || request.method !== 'GET'
          ? { 'Content-Length': String(total) }
          : {}),
      },
      ...(request.agent === undefined ? {} : { agent: request.agent }),
    });
    const onAbort = (): void => {
      finish(new PortalError('PORTAL_CANCELLED', `${request.method} ${url.pathname}: cancelled`));
      req.destroy();
    };
    if (request.signal?.aborted) {
      onAbort();
      return;
    }
    request.signal?.addEventListener('abort', onAbort, { once: true });
    if (request.totalTimeoutMs !== undefined) {
      // A portal that trickles bytes never trips the idle timeout: bound the whole exchange too.
      const total = request.totalTimeoutMs;
      deadline = setTimeout(() => {
        finish(
          new PortalError('PORTAL_TIMEOUT', `${request.method} ${url.pathname}: over ${total} ms`),
        );
        req.destroy();
      }, total);
    }
    req.setTimeout(request.idleTimeoutMs, () => {
      finish(
        new PortalError(
          'PORTAL_TIMEOUT',
          `${request.method} ${url.pathname}: no answer in ${request.idleTimeoutMs} ms`,
        ),
      );
      req.destroy();
    });
    req.on('error', () => {
      finish(
        new PortalError('PORTAL_DOWN', `${request.method} ${url.pathname}: connection failed`),
      );
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const limit = request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          finish(
            new PortalError(
              'PORTAL_UNEXPECTED',
              `${url.pathname}: answer larger than ${limit} bytes`,
            ),
          );
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () =>
        finish(null, {
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', () =>
        finish(new PortalError('PORTAL_DOWN', `${url.pathname}: answer interrupted`)),
      );
      res.on('aborted', () =>
        finish(new PortalError('PORTAL_DOWN', `${url.pathname}: answer interrupted`)),
      );
    });
    void writeBody(req, parts, total, request.onBodyProgress).then(
      () => req.end(),
      () => req.destroy(),
    );
  });

async function writeBody(
  req: http.ClientRequest,
  parts: readonly BodyPart[],
  total: number,
  onProgress: TransportRequest['onBodyProgress'],
): Promise<void> {
  let sent = 0;
  const push = async (chunk: Uint8Array): Promise<void> => {
    if (req.destroyed) throw new Error('request destroyed');
    sent += chunk.byteLength;
    if (!req.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = (): void => {
          req.off('close', onClose);
          resolve();
        };
        const onClose = (): void => {
          req.off('drain', onDrain);
          reject(new Error('request closed'));
        };
        req.once('drain', onDrain);
        req.once('close', onClose);
      });
    }
    onProgress?.(sent, total);
  };
  for (const part of parts) {
    if (part instanceof Uint8Array) {
      await push(part);
      continue;
    }
    if (part.end <= part.start) continue;
    const stream = createReadStream(part.path, {
      start: part.start,
      end: part.end - 1,
      highWaterMark: 256 * 1024,
    });
    try {
      for await (const chunk of stream) await push(chunk as Buffer);
    } finally {
      stream.destroy();
    }
  }
}
