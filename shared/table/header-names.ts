/**
 * Column names from a header row as the clerk wrote it: trimmed, inner whitespace and line
 * breaks collapsed (`Iznos\npomoći` → `Iznos pomoći`), empty → `Kolona N`, duplicates suffixed
 * ` (2)`. Names are display text only (columns are keyed `c0`, `c1`, …); still, names that are
 * magic in JavaScript objects are replaced, so no later exporter keyed by name can pollute
 * a prototype (architecture.md §4).
 */
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
// C0/C1 controls other than whitespace (which is collapsed), and zero-width characters.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

/** `Kolona 3` for the third column (1-based, as the clerk counts). */
export function generatedColumnName(index: number): string {
  return `Kolona ${index + 1}`;
}

function cleanName(raw: string | null): string {
  if (raw === null) return '';
  return raw.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** One unique, non-empty, safe name per header cell; uniqueness ignores letter case. */
export function sanitizeHeaderNames(header: readonly (string | null)[]): string[] {
  const taken = new Set<string>();
  // Next suffix to try per base name: keeps 16,384 identical headers (Excel's column limit) linear.
  const nextSuffix = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < header.length; i++) {
    let base = cleanName(header[i] ?? null);
    if (base === '' || FORBIDDEN_NAMES.has(base)) base = generatedColumnName(i);
    const baseKey = base.toLowerCase();
    let name = base;
    if (taken.has(baseKey)) {
      let n = nextSuffix.get(baseKey) ?? 2;
      while (taken.has(`${baseKey} (${n})`)) n++;
      name = `${base} (${n})`;
      nextSuffix.set(baseKey, n + 1);
    }
    taken.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}
