/**
 * Which udata the portal runs (udata-api.md §1, §12.1): `Resource.published` in the Swagger
 * definitions means LEGACY (≤ 6.1); otherwise MODERN. Without Swagger, `/api/2/datasets/`
 * answering 200 means ≥ 10.1.4. Both probes are sent without the key (pitfall 11).
 */
import type { PortalProfile } from '../common/profile';
import { PortalError } from './portal-error';

export interface ProfileProbe {
  /** GET a path under the portal root without the key; resolves with status and parsed JSON (or null). */
  get(path: string): Promise<{ status: number; json: unknown }>;
}

export interface DetectedProfile {
  readonly profile: PortalProfile;
  readonly evidence:
    | 'swagger-resource-published'
    | 'swagger-no-published'
    | 'api2-datasets-200'
    | 'api2-datasets-404';
}

function definitions(json: unknown): Record<string, unknown> | null {
  if (typeof json !== 'object' || json === null) return null;
  const defs = (json as Record<string, unknown>)['definitions'];
  return typeof defs === 'object' && defs !== null ? (defs as Record<string, unknown>) : null;
}

export async function detectProfile(probe: ProfileProbe): Promise<DetectedProfile> {
  const swagger = await probe.get('/api/1/swagger.json');
  const defs = swagger.status === 200 ? definitions(swagger.json) : null;
  const resource = defs?.['Resource'];
  if (typeof resource === 'object' && resource !== null) {
    const props = (resource as Record<string, unknown>)['properties'];
    const hasPublished = typeof props === 'object' && props !== null && 'published' in props;
    return hasPublished
      ? { profile: 'legacy', evidence: 'swagger-resource-published' }
      : { profile: 'modern', evidence: 'swagger-no-published' };
  }
  const v2 = await probe.get('/api/2/datasets/?page_size=1');
  if (v2.status === 200) return { profile: 'modern', evidence: 'api2-datasets-200' };
  if (v2.status === 404) return { profile: 'legacy', evidence: 'api2-datasets-404' };
  throw new PortalError(
    'PORTAL_UNEXPECTED',
    `profile detection: /api/2/datasets/ answered ${v2.status}`,
    { status: v2.status },
  );
}
