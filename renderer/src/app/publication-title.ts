/** `Registar 2024.xlsx` → `Registar 2024` (the app keeps publication titles of at most 200 characters). */
export function publicationTitleFor(fileName: string): string {
  const base = fileName.replace(/\.[^.]*$/, '').trim();
  return (base === '' ? fileName : base).slice(0, 200);
}
