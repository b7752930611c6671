/**
 * The privacy scan (app:privacy:scan) as the CLI prints it: per column the kinds found with
 * counts and confidence, never a cell value (the verdicts carry none), so job logs stay clean.
 */
import type { ResponseOf } from '../../../shared/contract';
import type { JsonValue } from './cli-failure';

export type ScanResponse = ResponseOf<'app:privacy:scan'>;
type ScanColumn = ScanResponse['columns'][number];

export function columnFindings(column: ScanColumn): { [key: string]: JsonValue } {
  return {
    personal: column.personal,
    confidence: column.confidence,
    nonEmpty: column.nonEmpty,
    kinds: column.kinds.map((k) => ({
      kind: k.kind,
      role: k.role,
      matched: k.matched,
      embedded: k.embedded,
      total: k.total,
      chance: k.chance,
    })),
  };
}

/** `jmbg 200/200, name 198/200` — what a person reads on the console. */
export function kindsText(column: ScanColumn): string {
  return column.kinds
    .filter((k) => !k.chance)
    .map((k) => `${k.kind} ${k.matched + k.embedded}/${k.total}`)
    .join(', ');
}
