/**
 * The benchmark's register files (issue 3): the synthetic Pančevo social-assistance register
 * widened to 15 columns (JMBG, names in both scripts, addresses, phones, amounts as numbers and
 * as text with a decimal comma, Excel dates, free text with line breaks), written as xlsx the
 * way Excel writes it (shared strings, date and amount styles) and as CSV in UTF-8 with a BOM
 * and in Windows-1250. The xlsx is written here, not by SheetJS: SheetJS cannot write a sheet
 * whose XML is longer than a V8 string (1M rows), and its writer takes minutes at 500k rows.
 */
import { isoDateToExcelSerial } from '../shared/table/excel-date';
import { toCyrillic } from '../electron/backend/sample/cyrillic';
import { generateRegisterRows, type RegisterRow } from '../electron/backend/sample/register-rows';
import { encodeSingleByte } from '../electron/backend/workbook/code-pages';
import { buildZip } from '../tests/fixtures/zip-builder';

export const BENCH_HEADERS = [
  'Redni broj',
  'Prezime i ime',
  'Презиме и име',
  'JMBG',
  'Datum rođenja',
  'Adresa',
  'Naselje',
  'Poštanski broj',
  'Telefon',
  'Iznos pomoći',
  'Iznos (tekst)',
  'Datum rešenja',
  'Članova domaćinstva',
  'Status',
  'Napomena',
] as const;

const STATUSES = ['odobreno', 'odbijeno', 'u obradi', 'odobreno', 'odobreno'];

type Cell =
  | { readonly kind: 'number'; readonly value: number; readonly style?: 'amount' | 'date' }
  | { readonly kind: 'text'; readonly value: string }
  | null;

function isoParts(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** JMBG DDMMYYY… → ISO birth date (YYY 9xx is 19xx, 0xx is 20xx). */
function birthDate(jmbg: string): string {
  const yyy = Number(jmbg.slice(4, 7));
  const year = yyy >= 800 ? 1000 + yyy : 2000 + yyy;
  return `${year}-${jmbg.slice(2, 4)}-${jmbg.slice(0, 2)}`;
}

function serbianAmount(value: number): string {
  const [whole = '0', fraction = '00'] = value.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}

function serbianDate(iso: string): string {
  const [year, month, day] = isoParts(iso);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}.`;
}

function postalCode(settlement: string): string {
  let hash = 0;
  for (let i = 0; i < settlement.length; i++) hash = (hash * 31 + settlement.charCodeAt(i)) >>> 0;
  return settlement === 'Pančevo' ? '26000' : `26${String(100 + (hash % 300)).padStart(3, '0')}`;
}

function cells(row: RegisterRow): Cell[] {
  const text = (value: string | null): Cell => (value === null ? null : { kind: 'text', value });
  const date = (iso: string): Cell => ({
    kind: 'number',
    value: isoDateToExcelSerial(...isoParts(iso)),
    style: 'date',
  });
  return [
    { kind: 'number', value: row.redniBroj },
    text(row.prezimeIme),
    text(toCyrillic(row.prezimeIme)),
    text(row.jmbg),
    date(birthDate(row.jmbg)),
    text(row.adresa),
    text(row.naselje),
    text(postalCode(row.naselje)),
    text(row.telefon),
    { kind: 'number', value: row.iznos, style: 'amount' },
    text(serbianAmount(row.iznos)),
    date(row.datumResenja),
    { kind: 'number', value: 1 + (row.redniBroj % 7) },
    text(STATUSES[row.redniBroj % STATUSES.length] ?? 'odobreno'),
    text(row.napomena),
  ];
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** An Excel-shaped package: shared strings in order of first use, styles 1 = amount, 2 = date. */
export function registerXlsx(rows: readonly RegisterRow[]): Uint8Array {
  const strings = new Map<string, number>();
  const sheet: Buffer[] = [
    utf8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
        `<dimension ref="A1:${columnName(BENCH_HEADERS.length - 1)}${rows.length + 1}"/><sheetData>`,
    ),
  ];
  const columns = BENCH_HEADERS.map((_, c) => columnName(c));
  const stringIndex = (value: string): number => {
    let index = strings.get(value);
    if (index === undefined) {
      index = strings.size;
      strings.set(value, index);
    }
    return index;
  };
  const rowXml = (r: number, row: readonly Cell[]): string => {
    let xml = `<row r="${r}">`;
    row.forEach((cell, c) => {
      if (cell === null) return;
      const ref = `${columns[c] ?? 'A'}${r}`;
      if (cell.kind === 'text') xml += `<c r="${ref}" t="s"><v>${stringIndex(cell.value)}</v></c>`;
      else {
        const style = cell.style === 'amount' ? ' s="1"' : cell.style === 'date' ? ' s="2"' : '';
        xml += `<c r="${ref}"${style}><v>${cell.value}</v></c>`;
      }
    });
    return `${xml}</row>`;
  };
  let pending = rowXml(
    1,
    BENCH_HEADERS.map((value) => ({ kind: 'text', value })),
  );
  rows.forEach((row, i) => {
    pending += rowXml(i + 2, cells(row));
    if (pending.length > 1_000_000) {
      sheet.push(utf8(pending));
      pending = '';
    }
  });
  sheet.push(utf8(`${pending}</sheetData></worksheet>`));

  const shared: Buffer[] = [
    utf8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">`,
    ),
  ];
  let items = '';
  for (const value of strings.keys()) {
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
    items += `<si><t${space}>${escapeXml(value)}</t></si>`;
    if (items.length > 1_000_000) {
      shared.push(utf8(items));
      items = '';
    }
  }
  shared.push(utf8(`${items}</sst>`));

  const part = (name: string, data: string | Buffer) => ({
    name,
    data: typeof data === 'string' ? utf8(data) : data,
  });
  return buildZip([
    part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${PKG}/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        `<sheets><sheet name="Korisnici" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    part(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
        `<numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy\\."/></numFmts>` +
        `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
        `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
        `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
        `<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
        `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
        `</styleSheet>`,
    ),
    part('xl/sharedStrings.xml', Buffer.concat(shared)),
    part('xl/worksheets/sheet1.xml', Buffer.concat(sheet)),
  ]);
}

function csvField(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Lines as Serbian Excel saves a CSV: `;`, decimal comma, dotted dates, CRLF. */
export function registerCsvLines(rows: readonly RegisterRow[]): string[] {
  const lines = [BENCH_HEADERS.map(csvField).join(';')];
  for (const row of rows) {
    lines.push(
      cells(row)
        .map((cell, c) => {
          if (cell === null) return '';
          if (cell.kind === 'text') return csvField(cell.value);
          if (cell.style === 'amount') return serbianAmount(cell.value);
          if (cell.style === 'date') {
            return serbianDate(c === 4 ? birthDate(row.jmbg) : row.datumResenja);
          }
          return String(cell.value);
        })
        .join(';'),
    );
  }
  return lines;
}

/** UTF-8 with a BOM, or Windows-1250 (Cyrillic has no bytes there and becomes `?`, as in real files). */
export function registerCsvBytes(rows: readonly RegisterRow[], encoding: 'utf-8' | 'windows-1250') {
  const lines = registerCsvLines(rows);
  const parts: Uint8Array[] = encoding === 'utf-8' ? [Uint8Array.from([0xef, 0xbb, 0xbf])] : [];
  for (let i = 0; i < lines.length; i += 50_000) {
    const text = `${lines.slice(i, i + 50_000).join('\r\n')}\r\n`;
    parts.push(encoding === 'utf-8' ? utf8(text) : encodeSingleByte(text, 'windows-1250'));
  }
  return Buffer.concat(parts);
}

export { generateRegisterRows };
