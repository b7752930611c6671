import { describe, expect, it } from 'vitest';
import { scanTable } from '../../../shared/privacy';
import type { Table } from '../../../shared/table/types';
import { validateResponse } from '../../../electron/backend/contract/validate';
import {
  privacyResponse,
  scanTableYielding,
} from '../../../electron/backend/handlers/privacy-handlers';
import {
  generateRegisterRows,
  REGISTER_HEADERS,
} from '../../../electron/backend/sample/register-rows';

function registerTable(count: number): Table {
  const rows = generateRegisterRows(count, 7);
  const values = [
    rows.map((r) => r.redniBroj),
    rows.map((r) => r.prezimeIme),
    rows.map((r) => r.jmbg),
    rows.map((r) => r.adresa),
    rows.map((r) => r.naselje),
    rows.map((r) => r.telefon),
    rows.map((r) => r.iznos),
    rows.map((r) => r.datumResenja),
  ];
  return {
    columns: REGISTER_HEADERS.slice(0, values.length).map((name, i) => ({
      key: `c${i}`,
      name,
      type: i === 0 ? 'integer' : i === 6 ? 'decimal' : 'text',
    })),
    values,
    originals: values.map(() => new Map()),
    rowCount: count,
  };
}

describe('app:privacy:scan response', () => {
  it('flags the register’s personal columns with counts only and matches the schema', () => {
    const table = registerTable(400);
    const response = privacyResponse(table, scanTable(table));
    expect(validateResponse('app:privacy:scan', response).ok).toBe(true);
    const byName = new Map(response.columns.map((c) => [c.name, c]));
    expect(byName.get('JMBG')?.personal).toBe(true);
    expect(byName.get('JMBG')?.kinds[0]?.kind).toBe('jmbg');
    expect(byName.get('JMBG')?.evidence).toContainEqual(
      expect.objectContaining({ code: 'matched', kind: 'jmbg', basis: 'checksum', total: 400 }),
    );
    expect(byName.get('Prezime i ime')?.personal).toBe(true);
    expect(byName.get('Adresa')?.personal).toBe(true);
    expect(byName.get('Redni broj')?.personal).toBe(false);
    expect(byName.get('Iznos pomoći')?.personal).toBe(false);
    expect(response.summary.checkedColumns).toBe(8);
    expect(response.summary.personalColumns).toBe(
      response.columns.filter((c) => c.personal).length,
    );
    // Nothing from a cell crosses the bridge.
    const json = JSON.stringify(response);
    for (const jmbg of table.values[2] ?? []) expect(json).not.toContain(String(jmbg));
  });
});

describe('scanTableYielding', () => {
  it('gives the same verdicts as scanTable', async () => {
    const table = registerTable(300);
    expect(await scanTableYielding(table)).toEqual(scanTable(table));
  });
});
