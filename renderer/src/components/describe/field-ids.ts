/** DOM ids of the Describe form's fields, derived from issue fields, so errors can focus them. */
export function fieldId(field: string): string {
  return `md-${field.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export function errorId(field: string): string {
  return `${fieldId(field)}-error`;
}

/** `dictionary.3.label` → { index: 3, part: 'label' }. */
export function dictionaryField(field: string): { index: number; part: string } | null {
  const match = /^dictionary\.(\d+)\.(\w+)$/.exec(field);
  return match === null ? null : { index: Number(match[1]), part: match[2] ?? '' };
}
