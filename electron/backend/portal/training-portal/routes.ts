/**
 * The route table of the training portal. Every API route ends with `/` except `/me/apikey`,
 * `/datasets/r/<id>` and `/swagger.json` (udata-api.md §3.1).
 */
import { handlers, type Handler } from './api-handlers';

export type BodyKind = 'none' | 'json' | 'upload';

export interface Route {
  readonly pattern: RegExp;
  readonly methods: Readonly<Record<string, { handler: Handler; body: BodyKind }>>;
}

const SEG = '([^/]+)';

function route(path: string, methods: Route['methods']): Route {
  const source = path.replace(
    /\{(\w+)\}/g,
    (_m, name: string) => `(?<${name}>${SEG.slice(1, -1)})`,
  );
  return { pattern: new RegExp(`^${source}$`), methods };
}

const get = (handler: Handler) => ({ handler, body: 'none' as const });
const withJson = (handler: Handler) => ({ handler, body: 'json' as const });
const withUpload = (handler: Handler) => ({ handler, body: 'upload' as const });

export const ROUTES: readonly Route[] = [
  route('/api/1/me/', { GET: get(handlers.me) }),
  route('/api/1/me/datasets/', { GET: get(handlers.meDatasets) }),
  route('/api/1/me/org_datasets/', { GET: get(handlers.meOrgDatasets) }),
  route('/api/1/me/apikey', {
    POST: get(handlers.regenerateApiKey),
    DELETE: get(handlers.regenerateApiKey),
  }),
  route('/api/1/organizations/roles/', { GET: get(handlers.orgRoles) }),
  route('/api/1/organizations/{org}/', { GET: get(handlers.org) }),
  route('/api/1/organizations/{org}/datasets/', { GET: get(handlers.orgDatasets) }),
  route('/api/1/datasets/', {
    GET: get(handlers.listDatasets),
    POST: withJson(handlers.createDataset),
  }),
  route('/api/1/datasets/licenses/', { GET: get(handlers.licenses) }),
  route('/api/1/datasets/frequencies/', { GET: get(handlers.frequencies) }),
  route('/api/1/datasets/resource_types/', { GET: get(handlers.resourceTypes) }),
  route('/api/1/datasets/extensions/', { GET: get(handlers.extensions) }),
  route('/api/1/datasets/schemas/', { GET: get(handlers.schemas) }),
  route('/api/1/datasets/badges/', { GET: get(handlers.badges) }),
  route('/api/1/spatial/granularities/', { GET: get(handlers.granularities) }),
  route('/api/1/swagger.json', { GET: get(handlers.swagger) }),
  route('/api/1/datasets/r/{rid}', { GET: get(handlers.resourceRedirect) }),
  route('/api/1/datasets/{dataset}/', {
    GET: get(handlers.getDataset),
    PUT: withJson(handlers.updateDataset),
    DELETE: get(handlers.deleteDataset),
  }),
  route('/api/1/datasets/{dataset}/upload/', { POST: withUpload(handlers.uploadNew) }),
  route('/api/1/datasets/{dataset}/resources/', {
    POST: withJson(handlers.createRemoteResource),
    PUT: withJson(handlers.reorderResources),
  }),
  route('/api/1/datasets/{dataset}/resources/{rid}/', {
    GET: get(handlers.getResource),
    PUT: withJson(handlers.updateResource),
    DELETE: get(handlers.deleteResource),
  }),
  route('/api/1/datasets/{dataset}/resources/{rid}/upload/', {
    POST: withUpload(handlers.uploadReplace),
  }),
  route('/api/2/datasets/', { GET: get(handlers.listDatasetsV2) }),
  route('/api/2/datasets/{dataset}/', { GET: get(handlers.getDatasetV2) }),
];

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

export function matchRoute(path: string): RouteMatch | null {
  for (const r of ROUTES) {
    const m = r.pattern.exec(path);
    if (m !== null) {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = decodeURIComponent(v);
      return { route: r, params };
    }
  }
  return null;
}
