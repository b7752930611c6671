/**
 * Scan speed on a large table (issue 5: 500k rows × 15 columns must be practical). The table is
 * tiled from a generated register, so cells have realistic content without generating 7.5 M
 * values one by one.
 */
import { scanTable } from '../../shared/privacy/scan-table';
import type { CellValue, Table } from '../../shared/table/types';
import { generateLabeledRegister } from './register';

export interface SpeedResult {
  readonly rows: number;
  readonly columns: number;
  readonly seconds: number;
  /** CPU time of this process during the scan: the figure to trust on a busy machine. */
  readonly cpuSeconds: number;
  readonly cellsPerSecond: number;
  readonly fullScanColumns: number;
}

/** The 15 columns of a typical register: names, identifiers, contacts, amounts, notes. */
const PICK = [
  'Redni broj',
  'Prezime i ime',
  'JMBG',
  'Matični broj građana',
  'Broj predmeta',
  'Adresa',
  'Naselje',
  'Telefon',
  'E-mail',
  'Tekući račun',
  'Datum rođenja',
  'Datum rešenja',
  'Dobavljač',
  'Iznos',
  'Napomena',
];

export function measureSpeed(rows: number): SpeedResult {
  const base = generateLabeledRegister(99, 20_000, false);
  const indices = PICK.map((name) => base.columns.findIndex((c) => c.header === name));
  const values: CellValue[][] = indices.map((i) => {
    const source = base.columns[i]?.values ?? [];
    const out: CellValue[] = new Array<CellValue>(rows);
    for (let r = 0; r < rows; r++) out[r] = source[r % source.length] ?? null;
    return out;
  });
  const table: Table = {
    columns: indices.map((i, c) => ({
      key: `c${c}`,
      name: base.columns[i]?.header ?? '',
      type: base.table.columns[i]?.type ?? 'text',
    })),
    values,
    originals: values.map(() => new Map()),
    rowCount: rows,
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const verdicts = scanTable(table);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    rows,
    columns: PICK.length,
    seconds,
    cpuSeconds,
    cellsPerSecond: Math.round((rows * PICK.length) / seconds),
    fullScanColumns: verdicts.filter((v) => v.scan === 'full').length,
  };
}
