/**
 * Markers Otvori leaves on the portal so an interrupted attempt can recognise its own dataset
 * and resources even when their ids never reached the local database. uData stores `extras`
 * on datasets and resources with string values in both profiles (udata-api.md §5.1, §5.2).
 */
import type { PortalDataset, PortalResource } from '../client/portal-types';
import type { ResourceRole } from './publish-journal-repo';

export const MARK_PUBLICATION = 'otvori:publication';
export const MARK_ROLE = 'otvori:role';
export const MARK_KEY = 'otvori:key';

export function datasetMarker(publicationId: string): Record<string, string> {
  return { [MARK_PUBLICATION]: publicationId };
}

export function resourceMarker(
  publicationId: string,
  role: ResourceRole,
  key: string,
): Record<string, string> {
  return { [MARK_PUBLICATION]: publicationId, [MARK_ROLE]: role, [MARK_KEY]: key };
}

export function isOurDataset(dataset: PortalDataset, publicationId: string): boolean {
  // Deleted datasets stay listed (pitfall 16): never adopt one.
  return dataset.deleted === null && dataset.extras[MARK_PUBLICATION] === publicationId;
}

export function resourceMatches(
  resource: PortalResource,
  publicationId: string,
  role: ResourceRole,
  key: string,
): boolean {
  return (
    resource.extras[MARK_PUBLICATION] === publicationId &&
    resource.extras[MARK_ROLE] === role &&
    resource.extras[MARK_KEY] === key
  );
}

export function hasAnyMarker(resource: PortalResource): boolean {
  return MARK_PUBLICATION in resource.extras;
}
