/**
 * The web host over real HTTP with a stub reader: the guards, the contract endpoint, uploads,
 * server-sent progress events and one-time downloads.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, type Result } from '../../shared/contract';
import type { Table } from '../../shared/table/types';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { WorkbookReader } from '../../electron/backend/workbook/reader-api';
import { startWebHost, type WebHost } from '../../electron/backend/web-host/server';
import { WebFilePort } from '../../electron/backend/web-host/web-file-port';

const table: Table = {
  columns: [
    { key: 'c0', name: 'Naselje', type: 'text' },
    { key: 'c1', name: 'Iznos', type: 'decimal' },
  ],
  values: [
    ['Pančevo', 'Старчево, "центар"'],
    [1234.5, -2],
  ],
  originals: [new Map(), new Map([[0, '1.234,5']])],
  rowCount: 2,
};

const stubReader: WorkbookReader = async (request) => {
  request.onProgress?.('reading', 1, 2);
  return ok({ format: 'csv', sheets: [{ name: 'Sheet1', hidden: false }], sheetIndex: 0, table });
};

let dir: string;
let backend: Backend;
let files: WebFilePort;
let host: WebHost;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'otvori-web-'));
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Otvori</title>');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  files = new WebFilePort(path.join(dir, 'uploads'));
  backend = await createBackend({
    host: { kind: 'web', version: '1.2.3', dataDir: path.join(dir, 'data') },
    files,
    reader: stubReader,
  });
  host = await startWebHost({
    backend,
    files,
    rendererDir,
    maxUploadBytes: 1024,
    token: 'test-token',
  });
});

afterEach(async () => {
  await host.close();
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

function call(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Otvori-Token': host.token, ...headers },
    body: JSON.stringify(body),
  });
}

/** A raw request with a chosen Host header (fetch does not let us spoof it). */
function rawGet(pathName: string, hostHeader: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: pathName, headers: { Host: hostHeader } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('web host', () => {
  it('serves the renderer with a strict CSP, and nothing outside it', async () => {
    const res = await fetch(`${host.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await rawGet('/../secret.txt', `127.0.0.1:${host.port}`)).toBe(404);
    expect(await rawGet('/%2e%2e/secret.txt', `127.0.0.1:${host.port}`)).toBe(404);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect(await rawGet('/', `evil.example:${host.port}`)).toBe(403);
    expect(await rawGet('/', `localhost:${host.port}`)).toBe(200);
  });

  it('requires the token and our origin for the API', async () => {
    const noToken = await fetch(`${host.origin}/api/app:app:info`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as Result<unknown>).ok).toBe(false);
    const wrongOrigin = await call('app:app:info', {}, { Origin: 'http://evil.example' });
    expect(wrongOrigin.status).toBe(403);
    const good = await call('app:app:info', {});
    expect(await good.json()).toEqual({
      ok: true,
      value: { name: 'Otvori', version: '1.2.3', host: 'web', dataDir: path.join(dir, 'data') },
    });
  });

  it('validates requests and names unknown channels', async () => {
    const bad = (await (
      await call('app:settings:set', { locale: 'fr' })
    ).json()) as Result<unknown>;
    expect(bad.ok === false && bad.error.code).toBe('INVALID_REQUEST');
    const unknown = await call('app:nope:nope', {});
    expect(unknown.status).toBe(404);
    const notJson = await fetch(`${host.origin}/api/app:app:info`, {
      method: 'POST',
      headers: { 'X-Otvori-Token': host.token },
      body: '{not json',
    });
    expect(notJson.status).toBe(400);
  });

  it('the native dialog channel says NOT_SUPPORTED in the browser', async () => {
    const result = (await (await call('app:files:pick', {})).json()) as Result<unknown>;
    expect(result.ok === false && result.error.code).toBe('NOT_SUPPORTED');
  });

  it('uploads, opens with progress events, pages rows and downloads the CSV once', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    const stream = await fetch(`${host.origin}/api/events`, {
      headers: { 'X-Otvori-Token': host.token },
      signal: controller.signal,
    });
    const reader = stream.body!.getReader();
    const collecting = (async () => {
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          events.push(decoder.decode(value));
        }
      } catch {
        // aborted
      }
    })();

    const upload = await fetch(`${host.origin}/upload`, {
      method: 'POST',
      headers: {
        'X-Otvori-Token': host.token,
        'X-File-Name': encodeURIComponent('../Извештај 2026.csv'),
      },
      body: 'a;b\n1;2\n',
    });
    const uploaded = (await upload.json()) as Result<{ id: string; name: string; size: number }>;
    expect(uploaded.ok).toBe(true);
    if (!uploaded.ok) return;
    expect(uploaded.value.name).toBe('Извештај 2026.csv');
    expect(uploaded.value.size).toBe(8);

    const opened = (await (
      await call('app:workbook:open', {
        source: { kind: 'file', fileRef: uploaded.value.id },
        jobId: 'job1',
      })
    ).json()) as Result<{ workbookId: string; rowCount: number }>;
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.rowCount).toBe(2);

    const rows = (await (
      await call('app:workbook:rows', { workbookId: opened.value.workbookId, offset: 1, limit: 10 })
    ).json()) as Result<unknown>;
    expect(rows).toEqual({ ok: true, value: { offset: 1, rows: [['Старчево, "центар"', -2]] } });

    const exported = (await (
      await call('app:workbook:export', { workbookId: opened.value.workbookId, bom: false })
    ).json()) as Result<{ kind: string; url: string; fileName: string }>;
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.value.fileName).toBe('Извештај 2026.csv');
    const noToken = await fetch(`${host.origin}${exported.value.url}`);
    expect(noToken.status).toBe(403);
    const download = await fetch(`${host.origin}${exported.value.url}`, {
      headers: { 'X-Otvori-Token': host.token },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''");
    expect(await download.text()).toBe(
      'Naselje,Iznos\r\nPančevo,1234.5\r\n"Старчево, ""центар""",-2\r\n',
    );
    const again = await fetch(`${host.origin}${exported.value.url}`, {
      headers: { 'X-Otvori-Token': host.token },
    });
    expect(again.status).toBe(404);

    controller.abort();
    await collecting;
    const text = events.join('');
    expect(text).toContain('event: app:job:progress');
    expect(text).toContain('"jobId":"job1"');
    expect(text).toContain('"phase":"done"');

    const recent = (await (await call('app:recent:list', {})).json()) as Result<{
      items: { fileName: string }[];
    }>;
    expect(recent.ok && recent.value.items.map((i) => i.fileName)).toEqual(['Извештај 2026.csv']);
  });

  it('refuses uploads over the limit', async () => {
    const res = await fetch(`${host.origin}/upload`, {
      method: 'POST',
      headers: { 'X-Otvori-Token': host.token, 'X-File-Name': 'big.csv' },
      body: 'x'.repeat(2048),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as Result<unknown>;
    expect(body.ok === false && body.error.code).toBe('FILE_TOO_LARGE');
  });
});
