/**
 * Boolean texts: what SheetJS/CSV exports write (`TRUE`/`FALSE`) and what Serbian Excel shows
 * (`TAČNO`/`NETAČNO`, `ТАЧНО`/`НЕТАЧНО`). `da`/`ne` stay text: turning a clerk's yes/no column
 * into true/false changes what the published file says, so that is a recipe step, not a guess.
 */
const TRUE_TEXTS = new Set(['true', 'tačno', 'тачно']);
const FALSE_TEXTS = new Set(['false', 'netačno', 'нетачно']);

/** Parses a trimmed text; null when it is not a boolean word. */
export function parseTextBoolean(text: string): boolean | null {
  if (text.length > 7) return null;
  const folded = text.toLowerCase();
  if (TRUE_TEXTS.has(folded)) return true;
  if (FALSE_TEXTS.has(folded)) return false;
  return null;
}
