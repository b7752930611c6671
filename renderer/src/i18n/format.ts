/** Locale-aware number and date formatting with Intl (no React), built once per locale. */

export interface Formatters {
  /** Counts and sizes in sentences: `1.204` (sr), `1,204` (en). */
  number(value: number): string;
  /** Numbers in the grid: no grouping for four digits, so years stay `2023`; up to 15 significant digits, like Excel. */
  cellNumber(value: number): string;
  /** Row numbers: plain digits, like a spreadsheet's row headers. */
  rowNumber(value: number): string;
  /** One decimal at most: `12,4` (sr), `12.4` (en). */
  decimal1(value: number): string;
  percent(fraction: number): string;
  /** A calendar date written in the file (`2023-02-01`), shown as written: no time-zone shift. */
  cellDate(iso: string): string | null;
  /** A date and time written in the file (`2023-02-01T08:30:00`), shown as written. */
  cellDateTime(iso: string): string | null;
  /** A real moment (e.g. when a file was opened), shown in the computer's time zone. */
  moment(iso: string): string | null;
  /** Elapsed time as m:ss or h:mm:ss. */
  elapsed(milliseconds: number): string;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

interface WallClock {
  readonly date: Date;
  readonly hasTime: boolean;
  readonly hasSeconds: boolean;
}

/** Parses the written components and builds a UTC date, formatted back in UTC: what the file says is what the clerk sees. */
function parseWallClock(iso: string): WallClock | null {
  const m = ISO_DATE_TIME.exec(iso);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)),
  );
  if (Number.isNaN(date.getTime())) return null;
  return { date, hasTime: h !== undefined, hasSeconds: s !== undefined && Number(s) !== 0 };
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function createFormatters(intlLocale: string): Formatters {
  const numberFmt = new Intl.NumberFormat(intlLocale);
  const cellFmt = new Intl.NumberFormat(intlLocale, {
    useGrouping: 'min2',
    maximumSignificantDigits: 15,
  });
  const rowFmt = new Intl.NumberFormat(intlLocale, { useGrouping: false });
  const dec1Fmt = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 });
  const pctFmt = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 0 });
  const dateParts = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
  const dateFmt = new Intl.DateTimeFormat(intlLocale, { ...dateParts, timeZone: 'UTC' });
  const dateTimeFmt = new Intl.DateTimeFormat(intlLocale, {
    ...dateParts,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  const dateTimeSecFmt = new Intl.DateTimeFormat(intlLocale, {
    ...dateParts,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  const momentFmt = new Intl.DateTimeFormat(intlLocale, {
    ...dateParts,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

  return {
    number: (v) => numberFmt.format(v),
    cellNumber: (v) => cellFmt.format(v),
    rowNumber: (v) => rowFmt.format(v),
    decimal1: (v) => dec1Fmt.format(v),
    percent: (f) => pctFmt.format(f),
    cellDate(iso) {
      const w = parseWallClock(iso);
      return w === null ? null : dateFmt.format(w.date);
    },
    cellDateTime(iso) {
      const w = parseWallClock(iso);
      if (w === null) return null;
      if (!w.hasTime) return dateFmt.format(w.date);
      return (w.hasSeconds ? dateTimeSecFmt : dateTimeFmt).format(w.date);
    },
    moment(iso) {
      const date = new Date(iso);
      // Non-breaking spaces keep "12.03.2025. 09:15" on one line in narrow lists.
      return Number.isNaN(date.getTime()) ? null : momentFmt.format(date).replace(/ /g, '\u00a0');
    },
    elapsed(ms) {
      const total = Math.max(0, Math.floor(ms / 1000));
      const h = Math.floor(total / 3600);
      const m = Math.floor((total % 3600) / 60);
      const s = total % 60;
      return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
    },
  };
}
