/**
 * The Protect step's channels (issue 5): column verdicts of an open table, shaped for the
 * contract. Scans come from the shared ScanCache (privacy/scan-cache.ts). Measured: 500k register
 * rows take about 5 s in all, the name column alone about 1.8 s; a worker is the next step. The
 * answer is kept per table, so moving between steps does not scan again; a table changed by the
 * recipe is a new object and is scanned anew.
 */
import { fail, ok, type ResponseOf } from '../../../shared/contract';
import {
  assessRisk,
  DEFAULT_TARGET_K,
  processingNote,
  suggestPlan,
  suggestQuasiIdentifiers,
  type ColumnVerdict,
} from '../../../shared/privacy';
import type { Table } from '../../../shared/table/types';
import type { PrivacyRepo } from '../db/privacy-repo';
import { WorkbookNotOpen, type PrivacyGate } from '../privacy/privacy-gate';
import type { ScanCache } from '../privacy/scan-cache';
import type { WorkbookStore } from '../workbook/workbook-store';

export { scanTableYielding } from '../privacy/scan-cache';

export interface PrivacyHandlerDeps {
  readonly store: WorkbookStore;
  readonly scans: ScanCache;
  readonly gate: PrivacyGate;
  readonly repo: PrivacyRepo;
}
import type { HandlerMap } from './types';

export function privacyResponse(table: Table, verdicts: readonly ColumnVerdict[]) {
  const columns = verdicts.map((v) => ({
    index: v.columnIndex,
    key: v.columnKey,
    name: table.columns[v.columnIndex]?.name ?? v.columnKey,
    kinds: v.kinds.map((k) => ({
      kind: k.kind,
      role: k.role,
      matched: k.matched,
      embedded: k.embedded,
      total: k.total,
      chance: k.chance,
    })),
    personal: v.personal,
    confidence: v.confidence,
    nonEmpty: v.nonEmpty,
    scan: v.scan,
    cellsWithEmbedded: v.cellsWithEmbedded,
    evidence: v.evidence,
  }));
  const result: ResponseOf<'app:privacy:scan'> = {
    columns,
    summary: {
      personalColumns: columns.filter((c) => c.personal).length,
      checkedColumns: columns.length,
    },
  };
  return result;
}

type PrivacyChannel =
  | 'app:privacy:scan'
  | 'app:privacy:plan'
  | 'app:privacy:risk'
  | 'app:privacy:justify'
  | 'app:privacy:gate'
  | 'app:privacy:report';

const noWorkbook = () => fail('NOT_FOUND', 'Unknown workbook');

export function privacyHandlers(deps: PrivacyHandlerDeps): Pick<HandlerMap, PrivacyChannel> {
  const { store, scans, gate, repo } = deps;

  async function gateStatus(workbookId: string): Promise<ResponseOf<'app:privacy:gate'>> {
    if (!store.get(workbookId)) throw new WorkbookNotOpen(workbookId);
    const publicationId = gate.publicationOf(workbookId);
    const evaluation = await gate.evaluate(workbookId);
    return {
      passed: evaluation.passed,
      blockers: evaluation.blockers.map((b) => ({
        column: b.column,
        kinds: b.kinds,
        code: 'unhandled-personal-data' as const,
      })),
      justifications: publicationId === null ? [] : repo.justifications(publicationId),
      canJustify: publicationId !== null,
    };
  }

  return {
    'app:privacy:plan': async ({ workbookId }) => {
      const entry = store.get(workbookId);
      if (!entry) return noWorkbook();
      const verdicts = await scans.verdicts(entry.table);
      const names = entry.table.columns.map((c) => c.name);
      return ok({
        items: suggestPlan(names, verdicts).map((item) => ({
          column: item.column,
          kinds: item.kinds,
          basis: item.basis,
          action: item.action,
          alternatives: item.alternatives,
        })),
        quasiIdentifiers: suggestQuasiIdentifiers(entry.table, verdicts),
      });
    },
    'app:privacy:risk': async ({ workbookId, quasiIdentifiers, targetK }) => {
      const entry = store.get(workbookId);
      if (!entry) return noWorkbook();
      const risk = assessRisk(entry.table, quasiIdentifiers, targetK ?? DEFAULT_TARGET_K);
      const publicationId = gate.publicationOf(workbookId);
      if (publicationId !== null && risk.quasiIdentifiers.length > 0) {
        repo.saveRisk(publicationId, {
          quasiIdentifiers: risk.quasiIdentifiers,
          k: risk.k,
          uniqueRows: risk.uniqueRows,
          targetK: risk.targetK,
        });
      }
      return ok(risk);
    },
    'app:privacy:justify': async ({ workbookId, column, kind, text }) => {
      if (!store.get(workbookId)) return noWorkbook();
      const publicationId = gate.publicationOf(workbookId);
      if (publicationId === null) {
        return fail('INVALID_REQUEST', 'A justification needs a publication');
      }
      if (text === null) repo.unjustify(publicationId, column, kind);
      else repo.justify(publicationId, column, kind, text);
      return ok(await gateStatus(workbookId));
    },
    'app:privacy:gate': async ({ workbookId }) => {
      if (!store.get(workbookId)) return noWorkbook();
      return ok(await gateStatus(workbookId));
    },
    'app:privacy:report': async ({ workbookId, locale }) => {
      if (!store.get(workbookId)) return noWorkbook();
      const report = await gate.report(workbookId);
      const publicationId = gate.publicationOf(workbookId);
      // Saved with the publication each time it is shown: the latest state is what was done.
      if (publicationId !== null) repo.saveReport(publicationId, report);
      return ok({ report, note: processingNote(report, locale), saved: publicationId !== null });
    },
    'app:privacy:scan': async ({ workbookId }) => {
      const entry = store.get(workbookId);
      if (!entry) return fail('NOT_FOUND', 'Unknown workbook');
      const table = entry.table;
      return ok(privacyResponse(table, await scans.verdicts(table)));
    },
  };
}
