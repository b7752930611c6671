/**
 * The interim publication gate until the privacy module's own gate is wired (issue 5 §5): it
 * scans the current table and refuses every column the detector calls personal. It knows no
 * justifications and no recipe steps, so it is stricter than the real gate, never looser.
 */
import type { Table } from '../../../shared/table/types';
import { scanTableYielding } from '../handlers/privacy-handlers';
import type { GateCheck, PublicationGate } from '../privacy/publication-gate';

export function scanOnlyGate(tables: {
  get(workbookId: string): { readonly table: Table } | undefined;
}): PublicationGate {
  return {
    async check(workbookId: string): Promise<GateCheck> {
      const entry = tables.get(workbookId);
      if (entry === undefined) throw new Error('Unknown workbook');
      const table = entry.table;
      const verdicts = await scanTableYielding(table);
      const blockers = verdicts
        .filter((v) => v.personal)
        .map((v) => ({
          column: table.columns[v.columnIndex]?.name ?? v.columnKey,
          kinds: v.kinds.filter((k) => !k.chance && k.role !== 'public').map((k) => k.kind),
        }));
      return {
        passed: blockers.length === 0,
        blockers,
        reportSummary:
          blockers.length === 0
            ? `checked ${verdicts.length} columns: no personal data found`
            : null,
      };
    },
  };
}
