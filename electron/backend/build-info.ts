/**
 * When this build was made, for About and IT's support calls. scripts/build-node.mjs replaces
 * `__OTVORI_BUILD_DATE__` in the bundles (honouring SOURCE_DATE_EPOCH for reproducible builds);
 * code run straight from sources (tests) has no build date.
 */
declare const __OTVORI_BUILD_DATE__: string | undefined;

export function buildDate(): string | undefined {
  return typeof __OTVORI_BUILD_DATE__ === 'string' ? __OTVORI_BUILD_DATE__ : undefined;
}
