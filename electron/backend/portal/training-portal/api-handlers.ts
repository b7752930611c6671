/**
 * The uData API v1/v2 endpoints Otvori uses, as the training portal answers them
 * (udata-api.md §4; error bodies §2.3, §7; profile differences §1.1, §14).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { PortalProfile } from '../common/profile';
import { applyDatasetForm, type FieldErrors } from './dataset-form';
import {
  MSG_DATASET_DELETED,
  MSG_FILETYPE_IMMUTABLE,
  MSG_FORBIDDEN,
  MSG_INTERNAL,
  MSG_NOT_FOUND,
  MSG_ORGANIZATION_DELETED,
  MSG_READ_ONLY,
  MSG_REMOTE_ONLY,
  MSG_UNAUTHORIZED,
  type Lang,
} from './messages';
import {
  objectId,
  resourceId,
  type PortalState,
  type PortalUser,
  type StoredDataset,
  type StoredResource,
} from './portal-state';
import { applyResourceForm } from './resource-form';
import { trainingKey } from './seed';
import {
  extensionsFor,
  frequenciesFor,
  GRANULARITIES,
  LICENSES,
  RESOURCE_TYPES,
} from './reference-data';
import {
  applyFieldMask,
  serializeDataset,
  serializeMe,
  serializeOrg,
  serializeResource,
  type SerializeContext,
} from './serialize';
import { handleUpload, type ChunkStore, type UploadFields } from './uploads';

/** What a handler answers; the server writes it (or drops it, for fault injection). */
export type ApiAnswer =
  | {
      readonly kind: 'json';
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Record<string, string>;
    }
  | { readonly kind: 'redirect'; readonly status: 302 | 308; readonly location: string }
  | { readonly kind: 'html404' };

export interface ApiRequest {
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly user: PortalUser | null;
  readonly lang: Lang;
  /** Parsed JSON body (JSON endpoints) — already validated for Content-Type by the router. */
  readonly json: unknown;
  readonly upload: UploadFields | null;
  /** The `X-Fields` mask, when sent. */
  readonly fields: readonly string[] | null;
}

export interface ApiContext {
  readonly profile: PortalProfile;
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly state: PortalState;
  readonly chunks: ChunkStore;
  readonly now: () => Date;
  readonly readOnly: () => boolean;
}

const json = (status: number, body: unknown): ApiAnswer => ({ kind: 'json', status, body });
const notFound = (): ApiAnswer => json(404, { message: MSG_NOT_FOUND });
const unauthorized = (): ApiAnswer => ({
  kind: 'json',
  status: 401,
  body: { message: MSG_UNAUTHORIZED },
  headers: { 'WWW-Authenticate': 'Bearer realm="uData"' },
});
const forbidden = (): ApiAnswer => json(403, { message: MSG_FORBIDDEN });
const invalid = (errors: FieldErrors): ApiAnswer => json(400, { errors });

function ser(ctx: ApiContext): SerializeContext {
  return { profile: ctx.profile, baseUrl: ctx.baseUrl, state: ctx.state };
}

function bodyObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

type Lookup =
  | { readonly ok: true; readonly dataset: StoredDataset }
  | { readonly ok: false; readonly answer: ApiAnswer };

/** id, then slug; old slug → 308; deleted → 410 for non-editors; MODERN hides private ones (§4.2). */
function lookupDataset(req: ApiRequest, ctx: ApiContext, suffix: string): Lookup {
  const idOrSlug = req.params['dataset'] ?? '';
  const found = ctx.state.findDataset(idOrSlug);
  if (found === null) return { ok: false, answer: notFound() };
  const { dataset } = found;
  if (found.redirect) {
    const query = req.query.toString();
    return {
      ok: false,
      answer: {
        kind: 'redirect',
        status: 308,
        location: `${ctx.baseUrl}/api/1/datasets/${dataset.slug}/${suffix}${query === '' ? '' : `?${query}`}`,
      },
    };
  }
  const editor = req.user !== null && ctx.state.canEdit(req.user, dataset);
  if (dataset.deleted !== null && !editor) {
    return { ok: false, answer: json(410, { message: MSG_DATASET_DELETED }) };
  }
  // LEGACY returns private datasets to anyone who knows the id (pitfall 15); HEAD does not.
  if (dataset.private && !editor && ctx.profile === 'modern')
    return { ok: false, answer: notFound() };
  return { ok: true, dataset };
}

function requireEditor(req: ApiRequest, ctx: ApiContext, dataset: StoredDataset): ApiAnswer | null {
  if (req.user === null) return unauthorized();
  if (!ctx.state.canEdit(req.user, dataset)) return forbidden();
  return null;
}

function findResource(dataset: StoredDataset, rid: string | undefined): StoredResource | null {
  return dataset.resources.find((r) => r.id === rid) ?? null;
}

function labelled(
  items: readonly { id: string; sr: string; sl: string; en: string }[],
  lang: Lang,
) {
  return items.map((item) => ({ id: item.id, label: item[lang] }));
}

function page(items: unknown[], req: ApiRequest, ctx: ApiContext, path: string): ApiAnswer {
  const rawPage = req.query.get('page') ?? '1';
  const rawSize = req.query.get('page_size') ?? '20';
  const pageNo = Number(rawPage);
  const size = Number(rawSize);
  if (!Number.isInteger(pageNo) || !Number.isInteger(size) || size < 1) {
    // MODERN validates the arguments (400); LEGACY's paginator just fails to find the page.
    return ctx.profile === 'modern' ? invalid({ page: ['Not a valid integer value'] }) : notFound();
  }
  const lastPage = Math.max(1, Math.ceil(items.length / size));
  // Past the last non-empty page, or below 1 → 404 (§8).
  if (pageNo < 1 || pageNo > lastPage) return notFound();
  const link = (n: number): string => {
    const q = new URLSearchParams(req.query);
    q.set('page', String(n));
    q.set('page_size', String(size));
    return `${ctx.baseUrl}${path}?${q.toString()}`;
  };
  return json(200, {
    data: items.slice((pageNo - 1) * size, pageNo * size),
    page: pageNo,
    page_size: size,
    total: items.length,
    next_page: pageNo < lastPage ? link(pageNo + 1) : null,
    previous_page: pageNo > 1 ? link(pageNo - 1) : null,
    facets: null,
  });
}

function byModifiedDesc(a: StoredDataset, b: StoredDataset): number {
  return b.lastModified.getTime() - a.lastModified.getTime();
}

function userOrgDatasets(user: PortalUser, ctx: ApiContext): StoredDataset[] {
  const orgIds = new Set(ctx.state.orgsOf(user.id).map((o) => o.id));
  return [...ctx.state.datasets.values()].filter(
    (d) => d.ownerId === user.id || (d.organizationId !== null && orgIds.has(d.organizationId)),
  );
}

export type Handler = (req: ApiRequest, ctx: ApiContext) => ApiAnswer;

/**
 * LEGACY: the search index holds only public, non-deleted datasets with ≥ 1 resource; MODERN
 * queries the database and shows an authenticated user his organisations' hidden ones (§4.2).
 */
function listDatasets(req: ApiRequest, ctx: ApiContext): ApiAnswer {
  const q = (req.query.get('q') ?? '').toLowerCase();
  const orgFilter = req.query.get('organization');
  if (ctx.profile === 'modern' && orgFilter !== null && !/^[0-9a-f]{24}$/.test(orgFilter)) {
    return json(400, { message: 'Organization arg must be an identifier' });
  }
  const mine = new Set(req.user === null ? [] : userOrgDatasets(req.user, ctx).map((d) => d.id));
  const list = [...ctx.state.datasets.values()]
    .filter((d) => {
      const publicVisible =
        !d.private && d.deleted === null && d.archived === null && d.resources.length > 0;
      return publicVisible || (ctx.profile === 'modern' && mine.has(d.id));
    })
    .filter((d) => d.title.toLowerCase().includes(q))
    .filter(
      (d) =>
        orgFilter === null ||
        d.organizationId === orgFilter ||
        ctx.state.orgs.get(d.organizationId ?? '')?.slug === orgFilter,
    )
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return page(
    list.map((d) => serializeDataset(d, ser(ctx))),
    req,
    ctx,
    '/api/1/datasets/',
  );
}

export const handlers = {
  me(req, ctx) {
    if (req.user === null) return unauthorized();
    return json(200, serializeMe(req.user, ser(ctx)));
  },

  meDatasets(req, ctx) {
    if (req.user === null) return unauthorized();
    const user = req.user;
    const list = [...ctx.state.datasets.values()].filter((d) => d.ownerId === user.id);
    return json(
      200,
      list.sort(byModifiedDesc).map((d) => serializeDataset(d, ser(ctx))),
    );
  },

  /** Plain list, includes private and deleted, `q` = case-insensitive title substring (§4.1). */
  meOrgDatasets(req, ctx) {
    if (req.user === null) return unauthorized();
    const q = (req.query.get('q') ?? '').toLowerCase();
    const list = userOrgDatasets(req.user, ctx).filter((d) => d.title.toLowerCase().includes(q));
    return json(
      200,
      list.sort(byModifiedDesc).map((d) => serializeDataset(d, ser(ctx))),
    );
  },

  regenerateApiKey(req, ctx) {
    if (req.user === null) return unauthorized();
    if (ctx.profile !== 'legacy') return { kind: 'html404' };
    if (req.method === 'DELETE') {
      if (req.user.apiKey !== null) req.user.revokedKeys.add(req.user.apiKey);
      req.user.apiKey = null;
      return json(204, null);
    }
    if (req.user.apiKey !== null) req.user.revokedKeys.add(req.user.apiKey);
    req.user.apiKey = trainingKey();
    return json(201, { apikey: req.user.apiKey });
  },

  orgRoles(req) {
    const labels: Record<Lang, [string, string]> = {
      sr: ['Администратор', 'Уредник'],
      sl: ['Administrator', 'Urednik'],
      en: ['Administrateur', 'Editor'],
    };
    const [admin, editor] = labels[req.lang];
    return json(200, [
      { id: 'admin', label: admin },
      { id: 'editor', label: editor },
    ]);
  },

  org(req, ctx) {
    const org = ctx.state.findOrg(req.params['org'] ?? '');
    if (org === null) return notFound();
    if (org.deleted !== null) return json(410, { message: MSG_ORGANIZATION_DELETED });
    return json(200, serializeOrg(org, ser(ctx)));
  },

  /** Members see private datasets; LEGACY also lists deleted ones (§4.1, pitfall 16). */
  orgDatasets(req, ctx) {
    const org = ctx.state.findOrg(req.params['org'] ?? '');
    if (org === null) return notFound();
    if (org.deleted !== null) return json(410, { message: MSG_ORGANIZATION_DELETED });
    const member = req.user !== null && org.members.some((m) => m.userId === req.user?.id);
    const list = [...ctx.state.datasets.values()]
      .filter((d) => d.organizationId === org.id)
      .filter((d) => member || !d.private)
      .filter((d) => ctx.profile === 'legacy' || d.deleted === null)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return page(
      list.map((d) => serializeDataset(d, ser(ctx))),
      req,
      ctx,
      `/api/1/organizations/${org.slug}/datasets/`,
    );
  },

  listDatasets,

  createDataset(req, ctx) {
    if (req.user === null) return unauthorized();
    if (ctx.readOnly()) return json(423, { message: MSG_READ_ONLY });
    const outcome = applyDatasetForm(bodyObject(req.json), null, {
      profile: ctx.profile,
      lang: req.lang,
      user: req.user,
      state: ctx.state,
    });
    if (outcome.kind === 'invalid') return invalid(outcome.errors);
    if (outcome.kind === 'model-error') return modelError(ctx, outcome.field, outcome.message);
    const v = outcome.values;
    const now = ctx.now();
    let slug: string;
    try {
      slug = ctx.state.uniqueSlug(v.title, null);
    } catch {
      return json(500, { message: MSG_INTERNAL });
    }
    const dataset: StoredDataset = {
      id: objectId(),
      title: v.title,
      acronym: v.acronym,
      slug,
      slugHistory: [],
      description: v.description,
      descriptionShort: v.descriptionShort,
      license: v.license,
      frequency: v.frequency,
      frequencyDate: v.frequencyDate,
      temporalCoverage: v.temporalCoverage,
      spatial: v.spatial,
      tags: v.tags,
      private: v.private,
      organizationId: v.organizationId,
      ownerId: v.ownerId,
      extras: v.extras,
      resources: [],
      deleted: null,
      archived: v.archived?.value ?? null,
      createdAt: now,
      lastModified: now,
    };
    ctx.state.datasets.set(dataset.id, dataset);
    return json(201, serializeDataset(dataset, ser(ctx)));
  },

  getDataset(req, ctx) {
    const found = lookupDataset(req, ctx, '');
    if (!found.ok) return found.answer;
    const full = serializeDataset(found.dataset, ser(ctx));
    if (req.fields === null) return json(200, full);
    return json(200, applyFieldMask(found.dataset, full, req.fields, ser(ctx)));
  },

  /** Full-replacement quirks reproduced on purpose (§5.5). */
  updateDataset(req, ctx) {
    const found = lookupDataset(req, ctx, '');
    if (!found.ok) return found.answer;
    const dataset = found.dataset;
    const denied = requireEditor(req, ctx, dataset);
    if (denied !== null || req.user === null) return denied ?? unauthorized();
    const body = bodyObject(req.json);
    // A deleted dataset answers 410 unless the body restores it with `deleted: null` (§4.2).
    if (
      dataset.deleted !== null &&
      !(Object.prototype.hasOwnProperty.call(body, 'deleted') && body['deleted'] === null)
    ) {
      return json(410, { message: MSG_DATASET_DELETED });
    }
    const outcome = applyDatasetForm(body, dataset, {
      profile: ctx.profile,
      lang: req.lang,
      user: req.user,
      state: ctx.state,
    });
    if (outcome.kind === 'invalid') return invalid(outcome.errors);
    if (outcome.kind === 'model-error') return modelError(ctx, outcome.field, outcome.message);
    const v = outcome.values;
    if (v.title !== dataset.title) {
      let slug: string;
      try {
        slug = ctx.state.uniqueSlug(v.title, dataset);
      } catch {
        return json(500, { message: MSG_INTERNAL });
      }
      if (slug !== dataset.slug) {
        // Old slugs keep answering with a 308 (§3.3).
        dataset.slugHistory.push(dataset.slug);
        dataset.slug = slug;
      }
    }
    Object.assign(dataset, {
      title: v.title,
      acronym: v.acronym,
      description: v.description,
      descriptionShort: v.descriptionShort,
      license: v.license,
      frequency: v.frequency,
      frequencyDate: v.frequencyDate,
      temporalCoverage: v.temporalCoverage,
      spatial: v.spatial,
      tags: v.tags,
      private: v.private,
      organizationId: v.organizationId,
      ownerId: v.ownerId,
      extras: v.extras,
      lastModified: ctx.now(),
    });
    if (v.deleted !== null) dataset.deleted = v.deleted.value;
    if (v.archived !== null) dataset.archived = v.archived.value;
    if (v.keepResources !== null) {
      // `resources` in the body replaces the list: unlisted ones are dropped (§5.5).
      const keep = v.keepResources;
      dataset.resources = keep.flatMap((id) => {
        const r = findResource(dataset, id);
        return r === null ? [] : [r];
      });
    }
    return json(200, serializeDataset(dataset, ser(ctx)));
  },

  deleteDataset(req, ctx) {
    const found = lookupDataset(req, ctx, '');
    if (!found.ok) return found.answer;
    const denied = requireEditor(req, ctx, found.dataset);
    if (denied !== null) return denied;
    if (found.dataset.deleted !== null) return json(410, { message: MSG_DATASET_DELETED });
    // Soft delete: the slug stays reserved (pitfall 16).
    found.dataset.deleted = ctx.now();
    return json(204, null);
  },

  createRemoteResource(req, ctx) {
    const found = lookupDataset(req, ctx, 'resources/');
    if (!found.ok) return found.answer;
    const denied = requireEditor(req, ctx, found.dataset);
    if (denied !== null) return denied;
    if (ctx.readOnly()) return json(423, { message: MSG_READ_ONLY });
    const body = bodyObject(req.json);
    if (body['filetype'] !== 'remote') {
      if (ctx.profile === 'modern') return json(400, { message: MSG_REMOTE_ONLY });
      // LEGACY returns the message tuple through marshal_with: a Resource-shaped object of nulls (§4.3 [INF]).
      return json(400, nullResource());
    }
    const now = ctx.now();
    const clientId = body['id'];
    const resource: StoredResource = {
      // LEGACY accepts a client-chosen UUID; MODERN ignores it (§4.3).
      id:
        ctx.profile === 'legacy' && typeof clientId === 'string' && /^[0-9a-f-]{36}$/.test(clientId)
          ? clientId
          : resourceId(),
      title: '',
      description: null,
      filetype: 'remote',
      type: 'other',
      url: '',
      format: null,
      mime: null,
      filesize: null,
      checksum: null,
      published: now,
      extras: {},
      createdAt: now,
      lastModified: now,
      fsPath: null,
    };
    const errors = applyResourceForm(body, resource, true, {
      profile: ctx.profile,
      lang: req.lang,
    });
    if (errors !== null) return invalid(errors);
    found.dataset.resources.unshift(resource);
    found.dataset.lastModified = now;
    return json(201, serializeResource(resource, ser(ctx)));
  },

  getResource(req, ctx) {
    const found = lookupDataset(req, ctx, `resources/${req.params['rid'] ?? ''}/`);
    if (!found.ok) return found.answer;
    const resource = findResource(found.dataset, req.params['rid']);
    if (resource === null) return notFound();
    return json(200, serializeResource(resource, ser(ctx)));
  },

  updateResource(req, ctx) {
    const found = lookupDataset(req, ctx, `resources/${req.params['rid'] ?? ''}/`);
    if (!found.ok) return found.answer;
    const denied = requireEditor(req, ctx, found.dataset);
    if (denied !== null) return denied;
    const resource = findResource(found.dataset, req.params['rid']);
    if (resource === null) return notFound();
    const body = bodyObject(req.json);
    if (
      ctx.profile === 'modern' &&
      typeof body['filetype'] === 'string' &&
      body['filetype'] !== resource.filetype
    ) {
      // ≥ 10.1.3: filetype is immutable (§4.3).
      return json(400, { message: MSG_FILETYPE_IMMUTABLE });
    }
    const errors = applyResourceForm(body, resource, false, {
      profile: ctx.profile,
      lang: req.lang,
    });
    if (errors !== null) return invalid(errors);
    resource.lastModified = ctx.now();
    found.dataset.lastModified = resource.lastModified;
    return json(200, serializeResource(resource, ser(ctx)));
  },

  deleteResource(req, ctx) {
    const found = lookupDataset(req, ctx, `resources/${req.params['rid'] ?? ''}/`);
    if (!found.ok) return found.answer;
    const denied = requireEditor(req, ctx, found.dataset);
    if (denied !== null) return denied;
    const resource = findResource(found.dataset, req.params['rid']);
    if (resource === null) return notFound();
    found.dataset.resources = found.dataset.resources.filter((r) => r !== resource);
    // Deleting a resource deletes its stored file too (§4.3).
    if (resource.fsPath !== null) rmSync(path.join(ctx.dataDir, resource.fsPath), { force: true });
    return json(204, null);
  },

  /** LEGACY drops unlisted resources; MODERN (≥ 10.1.4) wants every id (§4.3). */
  reorderResources(req, ctx) {
    const found = lookupDataset(req, ctx, 'resources/');
    if (!found.ok) return found.answer;
    const denied = requireEditor(req, ctx, found.dataset);
    if (denied !== null) return denied;
    const raw = Array.isArray(req.json) ? req.json : [];
    const ids = raw.flatMap((r: unknown) => {
      const id = typeof r === 'object' && r !== null ? (r as Record<string, unknown>)['id'] : r;
      return typeof id === 'string' ? [id] : [];
    });
    const dataset = found.dataset;
    if (
      ctx.profile === 'modern' &&
      (ids.length !== dataset.resources.length ||
        dataset.resources.some((r) => !ids.includes(r.id)))
    ) {
      return json(400, { message: 'All resources must be listed' });
    }
    dataset.resources = ids.flatMap((id) => {
      const r = findResource(dataset, id);
      return r === null ? [] : [r];
    });
    return json(
      200,
      dataset.resources.map((r) => serializeResource(r, ser(ctx))),
    );
  },

  uploadNew(req, ctx) {
    return upload(req, ctx, false);
  },

  uploadReplace(req, ctx) {
    return upload(req, ctx, true);
  },

  licenses() {
    return json(200, LICENSES);
  },
  frequencies(req, ctx) {
    return json(200, labelled(frequenciesFor(ctx.profile), req.lang));
  },
  resourceTypes(req) {
    return json(200, labelled(RESOURCE_TYPES, req.lang));
  },
  extensions(_req, ctx) {
    return json(200, extensionsFor(ctx.profile));
  },
  schemas() {
    return json(200, []);
  },
  badges() {
    return json(200, { 'pivotal-data': 'Pivotal data' });
  },
  granularities(req) {
    return json(
      200,
      GRANULARITIES.map((g) => ({ id: g.id, name: g.name[req.lang] })),
    );
  },

  /** Enough of Swagger for feature detection (§12.1): `Resource.published` only in LEGACY. */
  swagger(_req, ctx) {
    const resourceProps: Record<string, unknown> = { id: {}, title: {}, url: {}, checksum: {} };
    const datasetProps: Record<string, unknown> = { id: {}, title: {}, tags: {}, private: {} };
    if (ctx.profile === 'legacy')
      resourceProps['published'] = { type: 'string', format: 'date-time' };
    else datasetProps['description_short'] = { type: 'string' };
    return json(200, {
      swagger: '2.0',
      info: { title: 'uData API', version: '1.0' },
      basePath: '/api/1',
      paths: {},
      definitions: {
        Dataset: { properties: datasetProps },
        Resource: { properties: resourceProps },
      },
    });
  },

  /** `/api/2/datasets/` exists from 10.1.4 on (§1 evidence 3). */
  listDatasetsV2(req, ctx) {
    if (ctx.profile === 'legacy') return { kind: 'html404' };
    const answer = listDatasets(req, ctx);
    if (answer.kind !== 'json' || answer.status !== 200) return answer;
    const pageBody = answer.body as { data: Record<string, unknown>[] };
    pageBody.data = pageBody.data.map((d) => v2Dataset(d, ctx));
    return answer;
  },

  getDatasetV2(req, ctx) {
    const found = lookupDataset(req, ctx, '');
    if (!found.ok) return found.answer;
    return json(200, v2Dataset(serializeDataset(found.dataset, ser(ctx)), ctx));
  },

  resourceRedirect(req, ctx) {
    for (const dataset of ctx.state.datasets.values()) {
      const resource = findResource(dataset, req.params['rid']);
      if (resource !== null) return { kind: 'redirect', status: 302, location: resource.url };
    }
    return notFound();
  },
} satisfies Record<string, Handler>;

function v2Dataset(d: Record<string, unknown>, ctx: ApiContext): Record<string, unknown> {
  const resources = Array.isArray(d['resources']) ? d['resources'] : [];
  return {
    ...d,
    resources: {
      rel: 'subsection',
      href: `${ctx.baseUrl}/api/2/datasets/${String(d['id'])}/resources/?page=1&page_size=50`,
      type: 'GET',
      total: resources.length,
    },
  };
}

function nullResource(): Record<string, null> {
  const keys = [
    'id',
    'title',
    'description',
    'filetype',
    'type',
    'url',
    'format',
    'mime',
    'filesize',
    'checksum',
    'published',
    'extras',
    'latest',
    'created_at',
    'last_modified',
    'metrics',
    'preview_url',
  ];
  return Object.fromEntries(keys.map((k) => [k, null]));
}

/** LEGACY: an unhandled model error is a 500; MODERN (≥ 7.0.7): 400 with errors and message (§7). */
function modelError(ctx: ApiContext, field: string, message: string): ApiAnswer {
  if (ctx.profile === 'legacy') return json(500, { message: MSG_INTERNAL });
  return json(400, { errors: { [field]: [message] }, message: `Validation error: ${message}` });
}

function upload(req: ApiRequest, ctx: ApiContext, replace: boolean): ApiAnswer {
  const found = lookupDataset(
    req,
    ctx,
    replace ? `resources/${req.params['rid'] ?? ''}/upload/` : 'upload/',
  );
  if (!found.ok) return found.answer;
  // Permission is checked on every part of a chunked upload too (§4.4).
  const denied = requireEditor(req, ctx, found.dataset);
  if (denied !== null) return denied;
  const target = replace ? findResource(found.dataset, req.params['rid']) : null;
  if (replace && target === null) return notFound();
  if (!replace && ctx.readOnly()) return json(423, { message: MSG_READ_ONLY });
  const answer = handleUpload(
    req.upload ?? { file: null, fields: new Map() },
    found.dataset,
    target,
    {
      profile: ctx.profile,
      baseUrl: ctx.baseUrl,
      dataDir: ctx.dataDir,
      now: ctx.now(),
      chunks: ctx.chunks,
    },
  );
  if (answer.resource === undefined) return json(answer.status, answer.body);
  return json(answer.status, { ...serializeResource(answer.resource, ser(ctx)), success: true });
}
