import { describe, expect, it } from 'vitest';
import type { CellObject } from 'xlsx';
import { CellConverter } from '../../../electron/backend/workbook/sheet-cells';

const convert = (cell: CellObject | undefined, date1904 = false) =>
  new CellConverter(date1904).convert(cell);

describe('CellConverter', () => {
  it('keeps text cells as strings, even digit strings', () => {
    expect(convert({ t: 's', v: '0101990710006' })).toBe('0101990710006');
  });

  it('turns date-formatted numbers into ISO dates, time-zone free', () => {
    expect(convert({ t: 'n', v: 44958, z: 'dd.mm.yyyy' })).toEqual({ iso: '2023-02-01' });
    expect(convert({ t: 'n', v: 44958.5, z: 'dd.mm.yyyy hh:mm' })).toEqual({
      iso: '2023-02-01T12:00:00',
    });
    expect(convert({ t: 'n', v: 43496, z: 'm/d/yy' }, true)).toEqual({ iso: '2023-02-01' });
    expect(convert({ t: 'n', v: 0.5, z: 'hh:mm' })).toBe('12:00:00');
  });

  it('pads numbers in a zero-padding format, so a JMBG keeps its leading zero', () => {
    expect(convert({ t: 'n', v: 102985860049, z: '0000000000000' })).toBe('0102985860049');
  });

  it('leaves other numbers alone', () => {
    expect(convert({ t: 'n', v: 1234.5, z: '#,##0.00' })).toBe(1234.5);
    expect(convert({ t: 'n', v: 7, z: 'General' })).toBe(7);
    expect(convert({ t: 'n', v: 7 })).toBe(7);
  });

  it('maps booleans, errors, stubs and missing cells', () => {
    expect(convert({ t: 'b', v: true })).toBe(true);
    expect(convert({ t: 'e', v: 0x2a })).toEqual({ error: '#N/A' });
    expect(convert({ t: 'e', v: 7, w: '#DIV/0!' })).toEqual({ error: '#DIV/0!' });
    expect(convert({ t: 'z' })).toBeNull();
    expect(convert(undefined)).toBeNull();
  });
});
