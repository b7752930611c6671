/** ODS hidden sheets, rows and columns are reported (issue 3), though SheetJS reads none of them. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOdsVisibility } from '../../../electron/backend/workbook/ods-visibility';
import { readWorkbookFile } from '../../../electron/backend/workbook/read-workbook-file';
import { ODS_EXPECTED, makeOdsFixtures } from '../../fixtures/make-ods-fixtures';
import { makeFixtures } from '../../fixtures/make-fixtures';

let hiddenOds: string;

beforeAll(() => {
  hiddenOds = makeOdsFixtures().hiddenOds;
});

describe('ODS visibility', () => {
  it('skips the hidden first sheet and lists it as hidden', () => {
    const result = readWorkbookFile(hiddenOds, 'skriveno.ods');
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.value.format).toBe('ods');
    expect(result.value.sheets).toEqual(ODS_EXPECTED.sheets);
    expect(result.value.sheetIndex).toBe(1);
    expect(result.value.table.rowCount).toBe(ODS_EXPECTED.rowCount);
  });

  it('reports hidden (collapsed and filtered) rows and the hidden column', () => {
    const result = readWorkbookFile(hiddenOds, 'skriveno.ods');
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.report?.hiddenRows).toEqual(ODS_EXPECTED.hiddenRows);
    expect(result.value.report?.hiddenRowCount).toBe(2);
    expect(result.value.report?.hiddenColumns).toEqual(ODS_EXPECTED.hiddenColumns);
    const jmbg = result.value.table.columns[1];
    expect(result.value.report?.warnings).toContainEqual({
      columnKey: jmbg?.key,
      code: 'hidden',
      count: ODS_EXPECTED.rowCount,
    });
  });

  it('still reads the hidden sheet when the clerk chooses it', () => {
    const result = readWorkbookFile(hiddenOds, 'skriveno.ods', undefined, {
      read: { sheetName: 'Šifarnik' },
    });
    expect(result.ok && result.value.table.values[0]).toEqual(['tajna']);
  });

  it('finds nothing hidden in an ODS without hidden parts', () => {
    const plain = readOdsVisibility(readFileSync(makeFixtures().ods));
    expect(plain?.every((s) => !s.hidden && s.hiddenRows.size === 0)).toBe(true);
  });
});
