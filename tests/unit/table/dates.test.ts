import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil } from '../../../shared/table/calendar';
import { excelSerialToIso, isoDateToExcelSerial } from '../../../shared/table/excel-date';
import { parseTextDate } from '../../../shared/table/parse-date';

describe('parseTextDate', () => {
  it.each([
    ['01.02.2023.', 'date', '2023-02-01'],
    ['01.02.2023', 'date', '2023-02-01'],
    ['1.2.2023', 'date', '2023-02-01'],
    ['1. 2. 2023.', 'date', '2023-02-01'],
    ['29.02.2024.', 'date', '2024-02-29'],
    ['2023-02-01', 'date', '2023-02-01'],
    ['01.02.2023. 08:30', 'datetime', '2023-02-01T08:30:00'],
    ['1.2.2023 8:30:15', 'datetime', '2023-02-01T08:30:15'],
    ['2023-02-01T08:30:00', 'datetime', '2023-02-01T08:30:00'],
    ['2023-02-01 23:59', 'datetime', '2023-02-01T23:59:00'],
  ])('%j → %s %s', (text, kind, iso) => {
    expect(parseTextDate(text)).toEqual({ kind, iso });
  });

  it.each([
    '29.02.2023.',
    '31.04.2023',
    '00.01.2023',
    '1.13.2023',
    '01/02/2023',
    '2023-2-1',
    '01.02.23',
    '1.234',
    '01.02.2023. 24:00',
    '2023-02-01T08:30:00Z',
    'datum',
  ])('refuses %j', (text) => {
    expect(parseTextDate(text)).toBeNull();
  });
});

describe('excelSerialToIso (serbian-pii.md §3.6)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [31048, '1985-01-01'],
    [44958, '2023-02-01'],
    [45292, '2024-01-01'],
  ])('serial %d is %s', (serial, iso) => {
    expect(excelSerialToIso(serial, false)).toEqual({ kind: 'date', iso });
  });

  it('refuses the fictitious 1900-02-29 and out-of-range serials', () => {
    expect(excelSerialToIso(60, false)).toBeNull();
    expect(excelSerialToIso(-1, false)).toBeNull();
    expect(excelSerialToIso(2958466, false)).toBeNull();
    expect(excelSerialToIso(Number.NaN, false)).toBeNull();
  });

  it('keeps the time of day, rounded to whole seconds', () => {
    expect(excelSerialToIso(44958.5, false)).toEqual({
      kind: 'datetime',
      iso: '2023-02-01T12:00:00',
    });
    // 08:30 as Excel stores it, with float noise.
    expect(excelSerialToIso(44958.35416666667, false)).toEqual({
      kind: 'datetime',
      iso: '2023-02-01T08:30:00',
    });
    // 23:59:59.9 rounds into the next day.
    expect(excelSerialToIso(44958 + 86399.9 / 86400, false)).toEqual({
      kind: 'date',
      iso: '2023-02-02',
    });
  });

  it('reads a time without a date as a time', () => {
    expect(excelSerialToIso(0.75, false)).toEqual({ kind: 'time', text: '18:00:00' });
  });

  it('uses the 1904 system when the workbook says so', () => {
    expect(excelSerialToIso(0, true)).toEqual({ kind: 'date', iso: '1904-01-01' });
    expect(excelSerialToIso(43496, true)).toEqual({ kind: 'date', iso: '2023-02-01' });
  });

  it('round-trips with isoDateToExcelSerial', () => {
    expect(isoDateToExcelSerial(2023, 2, 1)).toBe(44958);
    expect(isoDateToExcelSerial(1900, 2, 28)).toBe(59);
    expect(isoDateToExcelSerial(1900, 3, 1)).toBe(61);
    for (const serial of [1, 59, 61, 1000, 36525, 44958, 2958465]) {
      const date = excelSerialToIso(serial, false);
      expect(date?.kind).toBe('date');
      const iso = date?.kind === 'date' ? date.iso : '';
      expect(
        isoDateToExcelSerial(
          Number(iso.slice(0, 4)),
          Number(iso.slice(5, 7)),
          Number(iso.slice(8, 10)),
        ),
      ).toBe(serial);
    }
  });
});

describe('calendar', () => {
  it('converts day numbers both ways over four centuries', () => {
    for (let days = daysFromCivil(1800, 1, 1); days < daysFromCivil(2200, 1, 1); days += 7) {
      const { year, month, day } = civilFromDays(days);
      expect(daysFromCivil(year, month, day)).toBe(days);
    }
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(daysFromCivil(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
  });
});
