/**
 * Excel serial dates → ISO text (serbian-pii.md §3.6). 1900 system: serial 1 = 1900-01-01,
 * 60 = the fictitious 1900-02-29 (Lotus bug), 61 = 1900-03-01; the 1904 system (old Mac
 * workbooks, workbook flag `date1904`) counts from 1904-01-01. The fraction is the time of day.
 */
import { civilFromDays, daysFromCivil, isoDate, isoDateTime, isoTime } from './calendar';

const SECONDS_PER_DAY = 86400;
/** 9999-12-31, Excel's last date. */
const MAX_SERIAL = 2958465;
const DAYS_1900_01_01 = daysFromCivil(1900, 1, 1);
const DAYS_1899_12_30 = daysFromCivil(1899, 12, 30);
const DAYS_1904_01_01 = daysFromCivil(1904, 1, 1);

export type ExcelDateValue =
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'datetime'; readonly iso: string }
  /** Serial below 1 in a time format (`08:30`): there is no date to attach it to. */
  | { readonly kind: 'time'; readonly text: string };

/** Null when the serial is not a representable date (negative, too large, or the Lotus 1900-02-29). */
export function excelSerialToIso(serial: number, date1904: boolean): ExcelDateValue | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  // Whole seconds: Excel stores milliseconds of float noise (08:30 is 0.35416666666666669).
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const dayPart = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const secondOfDay = totalSeconds - dayPart * SECONDS_PER_DAY;
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  if (!date1904 && dayPart === 0) return { kind: 'time', text: isoTime(hour, minute, second) };
  let days: number;
  if (date1904) {
    days = DAYS_1904_01_01 + dayPart;
  } else if (dayPart < 60) {
    days = DAYS_1900_01_01 + dayPart - 1;
  } else if (dayPart === 60) {
    return null;
  } else {
    days = DAYS_1899_12_30 + dayPart;
  }
  const { year, month, day } = civilFromDays(days);
  if (secondOfDay === 0) return { kind: 'date', iso: isoDate(year, month, day) };
  return { kind: 'datetime', iso: isoDateTime(year, month, day, hour, minute, second) };
}

/** ISO `YYYY-MM-DD` → 1900-system serial, for writers that need real Excel dates. */
export function isoDateToExcelSerial(year: number, month: number, day: number): number {
  const days = daysFromCivil(year, month, day);
  const serial = days - DAYS_1899_12_30;
  // Serials below 61 follow the Lotus bug: one less than the day count.
  return serial < 61 ? serial - 1 : serial;
}
