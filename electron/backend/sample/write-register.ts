/**
 * Writes the synthetic register as a workbook (real Excel numbers and dates, identifiers as
 * text) or as a CSV the way Serbian Excel saves one (`;`, decimal comma, dotted dates, BOM).
 */
import * as XLSX from 'xlsx';
import type { CellObject, WorkSheet } from 'xlsx';
import { isoDateToExcelSerial } from '../../../shared/table/excel-date';
import { writeFileAtomic } from './atomic-write';
import { generateRegisterRows, REGISTER_HEADERS, type RegisterRow } from './register-rows';

/**
 * Encodings the CSV writer knows. Windows-1250 (what older Serbian Excel writes) is a later
 * issue; add it here and in encodeCsv.
 */
export type SampleCsvEncoding = 'utf8';

const DATE_FORMAT = 'dd\\.mm\\.yyyy\\.';
const AMOUNT_FORMAT = '#,##0.00';

function isoParts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function text(value: string | null): CellObject | null {
  return value === null ? null : { t: 's', v: value };
}

function rowCells(row: RegisterRow): (CellObject | null)[] {
  return [
    { t: 'n', v: row.redniBroj },
    text(row.prezimeIme),
    // Text, never a number: a JMBG starting with 0 would lose it (architecture.md §4).
    text(row.jmbg),
    text(row.adresa),
    text(row.naselje),
    text(row.telefon),
    { t: 'n', v: row.iznos, z: AMOUNT_FORMAT },
    { t: 'n', v: isoDateToExcelSerial(...isoParts(row.datumResenja)), z: DATE_FORMAT },
    text(row.napomena),
  ];
}

export function registerWorkbookBytes(rows: readonly RegisterRow[]): Uint8Array {
  const sheet: WorkSheet = XLSX.utils.aoa_to_sheet([[...REGISTER_HEADERS]], { dense: true });
  XLSX.utils.sheet_add_aoa(sheet, rows.map(rowCells), { origin: 'A2' });
  sheet['!cols'] = [6, 28, 15, 30, 20, 18, 14, 14, 40].map((wch) => ({ wch }));
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Korisnici');
  return XLSX.write(workbook, {
    type: 'buffer',
    bookType: 'xlsx',
    compression: true,
    // Shared strings, as Excel writes them: readers meet the structure of clerks' real files.
    bookSST: true,
  }) as Uint8Array;
}

export function writeRegisterXlsx(path: string, count: number, seed: number): void {
  writeFileAtomic(path, registerWorkbookBytes(generateRegisterRows(count, seed)));
}

/** `12.345,50`: what Serbian Excel writes into a CSV. */
function serbianAmount(value: number): string {
  const [whole = '0', fraction = '00'] = value.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}

function serbianDate(iso: string): string {
  const [year, month, day] = isoParts(iso);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}.`;
}

function field(value: string | null): string {
  if (value === null) return '';
  return /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function registerCsvText(rows: readonly RegisterRow[]): string {
  const lines = [REGISTER_HEADERS.map(field).join(';')];
  for (const row of rows) {
    lines.push(
      [
        String(row.redniBroj),
        field(row.prezimeIme),
        row.jmbg,
        field(row.adresa),
        field(row.naselje),
        field(row.telefon),
        serbianAmount(row.iznos),
        serbianDate(row.datumResenja),
        field(row.napomena),
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function encodeCsv(text: string, encoding: SampleCsvEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      // With a BOM: Excel on Windows opens BOM-less UTF-8 as Windows-1250 and garbles š, ć, ž.
      return new TextEncoder().encode(`\uFEFF${text}`);
  }
}

export function writeRegisterCsv(
  path: string,
  count: number,
  seed: number,
  encoding: SampleCsvEncoding = 'utf8',
): void {
  writeFileAtomic(path, encodeCsv(registerCsvText(generateRegisterRows(count, seed)), encoding));
}
