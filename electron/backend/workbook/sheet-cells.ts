/**
 * SheetJS cell objects → raw cells for column typing. Text cells stay strings. Numbers stay
 * numbers unless their format shows them as something else: a date format makes a date
 * (converted here from the serial, time-zone free), and a zero-padding format such as
 * `0000000000000` (how clerks keep a JMBG's leading zero visible) gives the padded text,
 * so the identifier stays text.
 */
import * as XLSX from 'xlsx';
import type { CellObject } from 'xlsx';
import type { RawCell } from '../../../shared/table/raw-cell';
import { excelSerialToIso } from '../../../shared/table/excel-date';

// SheetJS types SSF as `any`; this is the part used here.
const SSF = XLSX.SSF as { is_date(format: string): boolean };

/** BIFF error codes (MS-XLS §2.5.97.2), for error cells read without formatted text. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const ZERO_PAD = /^0{2,}$/;

/** Converts cells of one workbook; caches the verdict per number format (a sheet has few). */
export class CellConverter {
  private readonly formatKinds = new Map<string, 'date' | 'pad' | 'number'>();

  constructor(private readonly date1904: boolean) {}

  private formatKind(format: string): 'date' | 'pad' | 'number' {
    let kind = this.formatKinds.get(format);
    if (kind === undefined) {
      kind = ZERO_PAD.test(format) ? 'pad' : safeIsDate(format) ? 'date' : 'number';
      this.formatKinds.set(format, kind);
    }
    return kind;
  }

  convert(cell: CellObject | null | undefined): RawCell {
    if (cell === null || cell === undefined) return null;
    switch (cell.t) {
      case 's':
        return cell.v === undefined || cell.v === null ? null : String(cell.v);
      case 'b':
        return cell.v === true;
      case 'n':
        return typeof cell.v === 'number' ? this.number(cell.v, cell.z) : null;
      case 'e':
        return { error: cell.w ?? ERROR_TEXT[Number(cell.v)] ?? '#ERROR' };
      case 'd':
        return dateCell(cell.v);
      case 'z':
        return null;
    }
  }

  /** A number cell with its style's format (the streaming xlsx reader has no cell objects). */
  numberCell(value: number, format: string | undefined): RawCell {
    return this.number(value, format);
  }

  private number(value: number, format: string | number | undefined): RawCell {
    if (typeof format !== 'string' || format === 'General') return value;
    const kind = this.formatKind(format);
    if (kind === 'pad' && Number.isInteger(value) && value >= 0) {
      return String(value).padStart(format.length, '0');
    }
    if (kind !== 'date') return value;
    const date = excelSerialToIso(value, this.date1904);
    if (date === null) return value;
    return date.kind === 'time' ? date.text : { iso: date.iso };
  }
}

function safeIsDate(format: string): boolean {
  try {
    return SSF.is_date(format);
  } catch {
    return false;
  }
}

/** Only with `cellDates: true`, which the reader does not use; kept so no cell is lost. */
function dateCell(value: CellObject['v']): RawCell {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return { iso: value.toISOString().slice(0, 19) };
  }
  return typeof value === 'string' ? value : null;
}
