/**
 * The two portal profiles Otvori must survive (udata-api.md §1): the data.gov.rs fork of udata
 * 3.3.3 ("legacy") and a modern udata (10.x–17.x; the training portal follows the newest, 17.6).
 */
export const PORTAL_PROFILES = ['legacy', 'modern'] as const;
export type PortalProfile = (typeof PORTAL_PROFILES)[number];
