/**
 * An exported publication (architecture.md §1): what a clerk's publication is, as one JSON file
 * without secrets or personal values — the recipe, the metadata, the portal target and the
 * resource policy. `otvori publish` runs it on next month's FILE.
 */
export const PUBLICATION_FILE_KIND = 'otvori-publication';

/** The metadata inside an exported publication, or the document itself when it is bare metadata. */
export function metadataOf(data: unknown): unknown {
  if (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>)['kind'] === PUBLICATION_FILE_KIND
  ) {
    return (data as Record<string, unknown>)['metadata'];
  }
  return data;
}
