/**
 * File uploads of the training portal: plain and chunked, new resource or replacement
 * (udata-api.md §4.4, §5.4 names and formats, §9 validation and checksum).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PortalProfile } from '../common/profile';
import { normalizeFileName } from '../common/slugify';
import { MSG_HTML_UPLOAD, MSG_INTERNAL, msgFileTypeNotAllowed } from './messages';
import { resourceId, type StoredDataset, type StoredResource } from './portal-state';
import { ARCHIVE_EXTENSIONS, extensionsFor, mimeFor } from './reference-data';

/** Chunks are purged after UPLOAD_MAX_RETENTION = 24 h (§4.4). */
export const CHUNK_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface UploadFields {
  readonly file: { readonly filename: string | null; readonly data: Buffer } | null;
  readonly fields: ReadonlyMap<string, string>;
}

export interface UploadContext {
  readonly profile: PortalProfile;
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly now: Date;
  readonly chunks: ChunkStore;
}

export interface UploadAnswer {
  readonly status: number;
  readonly body: unknown;
  /** The resource created or replaced (serialised by the caller). */
  readonly resource?: StoredResource;
}

interface PendingUpload {
  readonly startedAt: number;
  readonly parts: Map<number, string>;
}

/** Uploaded chunks by client uuid, kept on disk under the data directory. */
export class ChunkStore {
  private readonly pending = new Map<string, PendingUpload>();

  constructor(private readonly dir: string) {}

  purge(now: number): void {
    for (const [uuid, upload] of this.pending) {
      if (now - upload.startedAt > CHUNK_RETENTION_MS) this.drop(uuid);
    }
  }

  save(uuid: string, index: number, data: Buffer, now: number): void {
    const safe = createHash('sha1').update(uuid).digest('hex');
    const folder = path.join(this.dir, safe);
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, String(index));
    writeFileSync(file, data);
    const upload = this.pending.get(uuid) ?? { startedAt: now, parts: new Map() };
    upload.parts.set(index, file);
    this.pending.set(uuid, upload);
  }

  /** The parts concatenated in index order, or null when one is missing. */
  combine(uuid: string, totalParts: number): Buffer | null {
    const upload = this.pending.get(uuid);
    if (upload === undefined) return null;
    const buffers: Buffer[] = [];
    for (let i = 0; i < totalParts; i += 1) {
      const file = upload.parts.get(i);
      if (file === undefined || !existsSync(file)) return null;
      buffers.push(readFileSync(file));
    }
    return Buffer.concat(buffers);
  }

  clear(): void {
    for (const uuid of [...this.pending.keys()]) this.drop(uuid);
  }

  drop(uuid: string): void {
    const upload = this.pending.get(uuid);
    if (upload === undefined) return;
    for (const file of upload.parts.values()) rmSync(file, { force: true });
    this.pending.delete(uuid);
  }
}

/** The last suffix, lowercased: the only thing the extension whitelist looks at (§5.4, §9.2). */
export function lastExtension(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot < 0 || dot === name.length - 1 ? null : name.slice(dot + 1).toLowerCase();
}

/**
 * The `format` udata derives from a normalised name: LEGACY joins every dotted suffix
 * (`izvestaj-v1.2.csv` → `2.csv`); HEAD chains only archive suffixes onto known extensions (§5.4).
 */
export function formatFromName(name: string, profile: PortalProfile): string | null {
  const suffixes = name.split('.').slice(1);
  if (suffixes.length === 0) return null;
  if (profile === 'legacy') return suffixes.join('.');
  const known = new Set(extensionsFor(profile));
  let format = suffixes[suffixes.length - 1] ?? '';
  for (let i = suffixes.length - 2; i >= 0; i -= 1) {
    const head = format.split('.')[0] ?? '';
    const previous = suffixes[i] ?? '';
    if (!ARCHIVE_EXTENSIONS.has(head) || !known.has(previous)) break;
    format = `${previous}.${format}`;
  }
  return format;
}

function stamp(now: Date): string {
  const iso = now.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
}

function intField(fields: ReadonlyMap<string, string>, key: string): number | null {
  const raw = fields.get(key);
  if (raw === undefined || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

const MISSING_FILE: UploadAnswer = {
  status: 400,
  body: { success: false, error: 'Missing file parameter' },
};

/** Handles one upload request; `target` is null for a new resource, the resource for a replacement. */
export function handleUpload(
  upload: UploadFields,
  dataset: StoredDataset,
  target: StoredResource | null,
  ctx: UploadContext,
): UploadAnswer {
  const now = ctx.now.getTime();
  ctx.chunks.purge(now);
  const uuid = upload.fields.get('uuid');
  const totalParts = intField(upload.fields, 'totalparts');
  let filename: string;
  let data: Buffer;
  if (upload.file !== null && uuid !== undefined && totalParts !== null && totalParts > 1) {
    // One part of a chunked upload (§4.4 step 2).
    const index = intField(upload.fields, 'partindex');
    const chunkSize = intField(upload.fields, 'chunksize');
    if (index === null || index >= totalParts) return MISSING_FILE;
    if (chunkSize !== upload.file.data.length) {
      return { status: 400, body: { success: false, error: 'Chunk size mismatch' } };
    }
    ctx.chunks.save(uuid, index, upload.file.data, now);
    return { status: 200, body: { success: true, error: null } };
  } else if (upload.file === null && uuid !== undefined && totalParts !== null && totalParts > 1) {
    // Combination request (§4.4 step 3). A missing part crashes upstream: 500.
    const combined = ctx.chunks.combine(uuid, totalParts);
    if (combined === null) return { status: 500, body: { message: MSG_INTERNAL } };
    ctx.chunks.drop(uuid);
    filename = upload.fields.get('filename') ?? '';
    data = combined;
  } else if (upload.file !== null && (upload.file.filename ?? '') !== '') {
    filename = upload.file.filename ?? '';
    data = upload.file.data;
  } else {
    return MISSING_FILE;
  }

  const name = normalizeFileName(filename);
  const extension = lastExtension(name);
  // LEGACY probably skips this check for combined chunks (§4.4 [INF]); the training portal
  // checks every upload — the stricter reading.
  if (extension === null || !extensionsFor(ctx.profile).includes(extension)) {
    return { status: 400, body: { message: msgFileTypeNotAllowed(ctx.baseUrl) } };
  }
  const mime = mimeFor(extension);
  if (mime.includes('html')) return { status: 415, body: { message: MSG_HTML_UPLOAD } };

  const folder = `${dataset.slug}/${stamp(ctx.now)}`;
  const relative = `${folder}/${name}`;
  const absolute = path.join(ctx.dataDir, 'files', ...relative.split('/'));
  // Same normalised name, same dataset, same second: flask-fs FileExists → 500 (pitfall 20).
  if (existsSync(absolute)) return { status: 500, body: { message: MSG_INTERNAL } };
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, data);

  const fields = {
    title: name,
    url: `${ctx.baseUrl}/s/resources/${relative}`,
    format: formatFromName(name, ctx.profile),
    mime,
    filesize: data.length,
    checksum: { type: 'sha1', value: createHash('sha1').update(data).digest('hex') },
    filetype: 'file' as const,
    lastModified: ctx.now,
    fsPath: `files/${relative}`,
  };
  if (target !== null) {
    if (target.fsPath !== null) rmSync(path.join(ctx.dataDir, target.fsPath), { force: true });
    Object.assign(target, fields);
    dataset.lastModified = ctx.now;
    return { status: 200, body: null, resource: target };
  }
  const resource: StoredResource = {
    id: resourceId(),
    description: null,
    type: 'main',
    published: ctx.now,
    extras: {},
    createdAt: ctx.now,
    ...fields,
  };
  // New resources are prepended (§4.3).
  dataset.resources.unshift(resource);
  dataset.lastModified = ctx.now;
  return { status: 201, body: null, resource };
}
