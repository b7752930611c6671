/**
 * Column verdicts per table object, shared by the scan channel, the plan, the report and the
 * gate. The scan runs in this process on the table the store already holds (copying 500k rows to
 * a worker would cost about as much as scanning them): one column at a time, yielding to the
 * event loop between columns so other requests are still served. A recipe step replaces the
 * table object (WorkbookStore.replaceTable), so the current table is always scanned anew.
 */
import { CellClassifier, scanColumn, type ColumnVerdict } from '../../../shared/privacy';
import type { Table } from '../../../shared/table/types';

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

export class ScanCache {
  private readonly scans = new WeakMap<Table, Promise<ColumnVerdict[]>>();

  verdicts(table: Table): Promise<ColumnVerdict[]> {
    let scan = this.scans.get(table);
    if (scan === undefined) {
      scan = scanTableYielding(table);
      this.scans.set(table, scan);
      // A failed scan is not kept: the next request tries again.
      scan.catch(() => this.scans.delete(table));
    }
    return scan;
  }
}
