/**
 * The Protect step's scan (issue 5): column verdicts of an open table, shaped for the contract.
 * The scan runs in this process on the table the store already holds (copying 500k rows to a
 * worker would cost about as much as scanning them): one column at a time, yielding to the event
 * loop between columns so other requests are still served. Measured: 500k register rows take
 * about 5 s in all, the name column alone about 1.8 s; a worker is the next step. The answer is
 * kept per table, so moving between steps does not scan again; a re-read table is a new object
 * and is scanned anew.
 */
import { fail, ok, type ResponseOf } from '../../../shared/contract';
import { CellClassifier, scanColumn } from '../../../shared/privacy';
import type { ColumnVerdict } from '../../../shared/privacy';
import type { Table } from '../../../shared/table/types';
import type { WorkbookStore } from '../workbook/workbook-store';
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

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** scanTable, column by column, letting other work run in between. */
export async function scanTableYielding(table: Table): Promise<ColumnVerdict[]> {
  const classifier = new CellClassifier();
  const verdicts: ColumnVerdict[] = [];
  for (const [index, column] of table.columns.entries()) {
    await nextTurn();
    verdicts.push(
      scanColumn(
        table.values[index] ?? [],
        { key: column.key, name: column.name, index },
        classifier,
      ),
    );
  }
  return verdicts;
}

export function privacyHandlers(store: WorkbookStore): Pick<HandlerMap, 'app:privacy:scan'> {
  const scans = new WeakMap<Table, Promise<ResponseOf<'app:privacy:scan'>>>();
  return {
    'app:privacy:scan': async ({ workbookId }) => {
      const entry = store.get(workbookId);
      if (!entry) return fail('NOT_FOUND', 'Unknown workbook');
      let scan = scans.get(entry.table);
      if (scan === undefined) {
        const table = entry.table;
        scan = scanTableYielding(table).then((verdicts) => privacyResponse(table, verdicts));
        scans.set(table, scan);
        // A failed scan is not kept: the next request tries again.
        scan.catch(() => scans.delete(table));
      }
      return ok(await scan);
    },
  };
}
