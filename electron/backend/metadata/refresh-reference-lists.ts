/**
 * Refreshes the cached reference lists from a portal (udata-api.md §4.5, §12.2): public GETs,
 * no API key (a wrong key breaks public reads too, §13.11). Each list is replaced only when its
 * answer is well-formed, so a half-broken portal never empties the form. The publish issue calls
 * this when the clerk connects; it is deliberately not a channel (the renderer must not choose
 * URLs for the backend to fetch).
 */
import {
  sameLabel,
  shippedLabel,
  type LocalizedLabel,
  type ReferenceItem,
  type ReferenceKind,
} from '../../../shared/metadata/reference-lists';
import { cyrillicToLatin } from '../../../shared/text/transliterate';
import type { ReferenceListsRepo } from '../db/reference-lists-repo';

/** Reference lists are small; anything larger is not what we asked for. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const MAX_ITEMS = 2_000;
const MAX_TEXT = 500;
const DEFAULT_TIMEOUT_MS = 10_000;

export interface RefreshOptions {
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  readonly timeoutMs?: number;
}

export interface RefreshResult {
  readonly refreshed: readonly ReferenceKind[];
  readonly failed: readonly { readonly kind: ReferenceKind; readonly reason: string }[];
}

/** `https://data.gov.rs`, `…/`, `…/api/1`, `…/api/1/` → `https://data.gov.rs/api/1/`. */
export function apiRoot(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Unsupported portal URL scheme: ${url.protocol}`);
  }
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/1$/, '');
  url.pathname = `${path}/api/1/`;
  return url.toString();
}

class RefreshError extends Error {}

async function getJson(
  root: string,
  path: string,
  options: Required<Pick<RefreshOptions, 'fetch' | 'timeoutMs'>>,
): Promise<unknown> {
  // Routes end with '/': without it the portal answers 308 (§3.1).
  const url = new URL(path, root);
  const response = await options.fetch(url, {
    headers: { Accept: 'application/json' },
    redirect: 'error',
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  if (!response.ok) throw new RefreshError(`HTTP ${response.status} for ${url.pathname}`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_BODY_BYTES) throw new RefreshError(`${url.pathname} is too large`);
  const text = await response.text();
  if (text.length > MAX_BODY_BYTES) throw new RefreshError(`${url.pathname} is too large`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RefreshError(`${url.pathname} is not JSON`);
  }
}

function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' || trimmed.length > MAX_TEXT ? null : trimmed;
}

function arrayOf(body: unknown, what: string): unknown[] {
  if (!Array.isArray(body) || body.length === 0 || body.length > MAX_ITEMS) {
    throw new RefreshError(`${what}: expected a non-empty list`);
  }
  return body;
}

/** `[{id, <labelKey>}]` in Serbian Cyrillic and English → items with three labels. */
function labelled(
  sr: unknown,
  en: unknown,
  labelKey: 'label' | 'name',
  what: string,
): ReferenceItem[] {
  const english = new Map<string, string>();
  for (const entry of arrayOf(en, what)) {
    const record = entry as Record<string, unknown>;
    const id = str(record['id']);
    const label = str(record[labelKey]);
    if (id !== null && label !== null) english.set(id, label);
  }
  return arrayOf(sr, what).map((entry) => {
    const record = entry as Record<string, unknown>;
    const id = str(record['id']);
    if (id === null) throw new RefreshError(`${what}: an entry has no id`);
    const serbian = str(record[labelKey]) ?? id;
    // The portal's own Latin (`lang=sl`) has Cyrillic ј inside Latin words (§3.5): transliterate.
    const label: LocalizedLabel = {
      'sr-Cyrl': serbian,
      'sr-Latn': cyrillicToLatin(serbian),
      en: english.get(id) ?? serbian,
    };
    return { id, label };
  });
}

function licenses(body: unknown): ReferenceItem[] {
  return arrayOf(body, 'licenses').map((entry) => {
    const record = entry as Record<string, unknown>;
    const id = str(record['id']);
    if (id === null) throw new RefreshError('licenses: an entry has no id');
    return { id, label: shippedLabel('licenses', id) ?? sameLabel(str(record['title']) ?? id) };
  });
}

function extensions(body: unknown): ReferenceItem[] {
  return arrayOf(body, 'extensions').map((entry) => {
    const ext = str(entry);
    if (ext === null) throw new RefreshError('extensions: not a list of names');
    return { id: ext, label: sameLabel(ext) };
  });
}

const FETCHERS: Readonly<
  Record<ReferenceKind, (get: (path: string) => Promise<unknown>) => Promise<ReferenceItem[]>>
> = {
  licenses: async (get) => licenses(await get('datasets/licenses/')),
  frequencies: async (get) =>
    labelled(
      await get('datasets/frequencies/?lang=sr'),
      await get('datasets/frequencies/?lang=en'),
      'label',
      'frequencies',
    ),
  resourceTypes: async (get) =>
    labelled(
      await get('datasets/resource_types/?lang=sr'),
      await get('datasets/resource_types/?lang=en'),
      'label',
      'resource types',
    ),
  extensions: async (get) => extensions(await get('datasets/extensions/')),
  granularities: async (get) =>
    labelled(
      await get('spatial/granularities/?lang=sr'),
      await get('spatial/granularities/?lang=en'),
      'name',
      'granularities',
    ),
};

export async function refreshReferenceLists(
  baseUrl: string,
  repo: ReferenceListsRepo,
  options: RefreshOptions = {},
): Promise<RefreshResult> {
  const root = apiRoot(baseUrl);
  const settings = {
    fetch: options.fetch ?? fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const now = options.now ?? (() => new Date());
  const get = (path: string) => getJson(root, path, settings);
  const refreshed: ReferenceKind[] = [];
  const failed: { kind: ReferenceKind; reason: string }[] = [];
  for (const [kind, fetchList] of Object.entries(FETCHERS) as [
    ReferenceKind,
    (typeof FETCHERS)[ReferenceKind],
  ][]) {
    try {
      const items = await fetchList(get);
      repo.save(kind, items, root, now().toISOString());
      refreshed.push(kind);
    } catch (error) {
      failed.push({ kind, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { refreshed, failed };
}
