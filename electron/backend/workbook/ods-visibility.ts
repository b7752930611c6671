/**
 * What SheetJS does not read from an OpenDocument spreadsheet: which sheets, rows and columns
 * are hidden (ODF 1.2 §9.1.2 table:style-name → style:table-properties table:display="false";
 * §9.1.3 and §9.1.6 table:visibility="collapse" or "filter"). Hidden data is a classic leak, so
 * the clerk must see it flagged for ODS as for xlsx. Rows and columns are counted as SheetJS
 * counts them (repeats included), so the indexes line up with its dense rows.
 */
import { bufferByteSource } from './byte-source';
import { readZipDirectory } from './zip-directory';
import { readZipEntry } from './zip-entry';

export interface OdsSheetVisibility {
  readonly hidden: boolean;
  readonly hiddenRows: ReadonlySet<number>;
  readonly hiddenColumns: ReadonlySet<number>;
}

/** content.xml larger than this is not scanned (its sheets then read as visible, as before). */
const MAX_CONTENT_BYTES = 512 * 1024 * 1024;
/** Most rows or columns marked hidden from one repeated element (a hidden tail of a million rows). */
const MAX_HIDDEN_SPAN = 100_000;

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}=["']([^"']*)["']`).exec(tag);
  return match?.[1];
}

function hiddenTableStyles(xml: string): Set<string> {
  const styles = new Set<string>();
  const style = /<style:style\b[^>]*>[\s\S]*?<\/style:style>/g;
  for (const match of xml.matchAll(style)) {
    const block = match[0];
    const open = block.slice(0, block.indexOf('>') + 1);
    if (attr(open, 'style:family') !== 'table') continue;
    if (!/<style:table-properties\b[^>]*\stable:display=["']false["']/.test(block)) continue;
    const name = attr(open, 'style:name');
    if (name !== undefined) styles.add(name);
  }
  return styles;
}

function isCollapsed(tag: string): boolean {
  const visibility = attr(tag, 'table:visibility');
  return visibility === 'collapse' || visibility === 'filter';
}

function repeat(tag: string, name: string): number {
  const count = parseInt(attr(tag, name) ?? '1', 10);
  return Number.isFinite(count) && count > 0 ? count : 1;
}

function markSpan(into: Set<number>, from: number, count: number): void {
  for (let i = 0; i < Math.min(count, MAX_HIDDEN_SPAN); i++) into.add(from + i);
}

/** Per sheet in document order, or null when content.xml cannot be read. */
export function readOdsVisibility(bytes: Uint8Array): OdsSheetVisibility[] | null {
  const source = bufferByteSource(bytes);
  const directory = readZipDirectory(source, 10_000);
  if (!directory.ok) return null;
  const entry = directory.value.find((e) => e.name === 'content.xml');
  if (entry === undefined) return null;
  const content = readZipEntry(source, entry, MAX_CONTENT_BYTES);
  if (content === null) return null;
  const xml = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
  const hiddenStyles = hiddenTableStyles(xml);
  const sheets: OdsSheetVisibility[] = [];
  const tags = /<(\/?)table:(table|table-row|table-column)(?=[\s/>])[^>]*>/g;
  let current: { hidden: boolean; hiddenRows: Set<number>; hiddenColumns: Set<number> } | null =
    null;
  let row = 0;
  let column = 0;
  for (const match of xml.matchAll(tags)) {
    const [tag, closing, name] = match;
    if (name === 'table') {
      if (closing === '/') {
        if (current !== null) sheets.push(current);
        current = null;
      } else if (!tag.endsWith('/>')) {
        const style = attr(tag, 'table:style-name');
        current = {
          hidden: style !== undefined && hiddenStyles.has(style),
          hiddenRows: new Set(),
          hiddenColumns: new Set(),
        };
        row = 0;
        column = 0;
      }
      continue;
    }
    if (current === null || closing === '/') continue;
    if (name === 'table-row') {
      const count = repeat(tag, 'table:number-rows-repeated');
      if (isCollapsed(tag)) markSpan(current.hiddenRows, row, count);
      // SheetJS moves to the next row on the closing tag, so an empty `<table:table-row/>` does not.
      if (!tag.endsWith('/>')) row += count;
    } else {
      const count = repeat(tag, 'table:number-columns-repeated');
      if (isCollapsed(tag)) markSpan(current.hiddenColumns, column, count);
      column += count;
    }
  }
  return sheets;
}
