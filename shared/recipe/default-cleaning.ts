/**
 * The default cleaning: steps that are safe on any table because they change no value's meaning
 * (architecture.md §1) — whitespace trimmed and collapsed (NBSP and zero-width too), Unicode
 * composed (NFC), empty rows and empty columns removed. Column-free, so they replay on next
 * month's file whatever its columns. `otvori anonymize` runs them before the privacy plan; the
 * app's Clean step may offer them as one click.
 */
import type { OpName, OpParamsMap } from './op-params';

export interface DefaultCleaningStep<K extends OpName = OpName> {
  readonly op: K;
  readonly params: OpParamsMap[K];
  readonly enabled: true;
}

export function defaultCleaningSteps(): DefaultCleaningStep[] {
  return [
    { op: 'trim-whitespace', params: {}, enabled: true },
    { op: 'normalize-unicode', params: { form: 'NFC' }, enabled: true },
    { op: 'remove-empty-rows', params: {}, enabled: true },
    { op: 'remove-empty-columns', params: {}, enabled: true },
  ];
}
