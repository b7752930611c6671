/**
 * The parts of an xlsx package the streaming reader needs besides the sheet itself (ECMA-376
 * Part 1 §18.2, §18.4, §18.8): the workbook (sheet names, hidden state, 1904 date system), its
 * relationships (which part is which sheet), the number formats of the cell styles, and the
 * shared strings. Values are read the way SheetJS reads them, so both readers agree.
 */
import { fail, ok, type Result } from '../../../../shared/contract';
import type { ByteSource } from '../byte-source';
import type { ZipEntry } from '../zip-directory';
import { readZipEntry } from '../zip-entry';
import { BUILTIN_NUMBER_FORMATS } from './builtin-number-formats';
import { forEachEntryChunk, inflateEntryStart } from './entry-chunks';
import { rootPrefix, XmlChunks } from './xml-chunks';
import { attribute, stringItemText, unescapeXml, xmlTrue } from './xml-text';

/** Small parts (workbook, relationships, styles) are inflated whole, up to this size. */
const MAX_SMALL_PART_BYTES = 64 * 1024 * 1024;

export interface WorkbookSheet {
  readonly name: string;
  readonly hidden: boolean;
  /** Lower-case part name inside the ZIP, e.g. `xl/worksheets/sheet1.xml`; null when unresolved. */
  readonly part: string | null;
}

export interface WorkbookParts {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
  /** Number format code per cell style index (`s` attribute), undefined where SheetJS has none. */
  readonly styleFormats: readonly (string | undefined)[];
  readonly sharedStrings: ZipEntry | null;
}

const corrupt = (why: string): Result<never> => fail('FILE_CORRUPT', `xlsx: ${why}`);
const utf8 = new TextDecoder('utf-8');

export class PackageParts {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    readonly source: ByteSource,
    entries: readonly ZipEntry[],
  ) {
    // OPC part names are case-insensitive (ECMA-376 Part 2 §9.1.1.1).
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, '').toLowerCase());
  }

  /** A small part's text; null when it is absent; an error when it cannot be read. */
  text(name: string): Result<string | null> {
    const entry = this.entry(name);
    if (entry === undefined) return ok(null);
    const bytes = readZipEntry(this.source, entry, MAX_SMALL_PART_BYTES);
    if (bytes === null) return corrupt(`unreadable ${name}`);
    return ok(utf8.decode(bytes));
  }
}

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
];

/** Start tags named `local` (any prefix) in `xml`, as [start, end) of each tag. */
function* tags(xml: string, local: string): Generator<[number, number]> {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${local}[\\s/>]`, 'g');
  for (let match = pattern.exec(xml); match !== null; match = pattern.exec(xml)) {
    const end = xml.indexOf('>', match.index);
    if (end < 0) return;
    yield [match.index, end];
    pattern.lastIndex = end;
  }
}

function workbookPartName(contentTypes: string): string {
  for (const [start, end] of tags(contentTypes, 'Override')) {
    const type = attribute(contentTypes, start, end, 'ContentType');
    const part = attribute(contentTypes, start, end, 'PartName');
    if (type !== undefined && part !== undefined && MAIN_TYPES.includes(type)) {
      return part.replace(/^\//, '');
    }
  }
  return 'xl/workbook.xml';
}

function relsPartName(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the directory of the part that owns it. */
function resolveTarget(owner: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1).toLowerCase();
  const parts = owner.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/').toLowerCase();
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function relationships(xml: string, owner: string): Map<string, Relationship> {
  const map = new Map<string, Relationship>();
  for (const [start, end] of tags(xml, 'Relationship')) {
    const id = attribute(xml, start, end, 'Id');
    const target = attribute(xml, start, end, 'Target');
    if (id === undefined || target === undefined) continue;
    if (attribute(xml, start, end, 'TargetMode') === 'External') continue;
    map.set(id, {
      type: attribute(xml, start, end, 'Type') ?? '',
      target: resolveTarget(owner, unescapeXml(target)),
    });
  }
  return map;
}

function relationshipOf(xml: string, start: number, end: number): string | undefined {
  // The relationship id is `r:id` where `r` is bound to the relationships namespace.
  const tag = xml.slice(start, end);
  const match = /\s([\w.-]+:)?id=["']([^"']*)["']/.exec(tag);
  return match?.[2];
}

/** Number format per style index, as SheetJS gives `z` with `cellNF` (its table, custom formats). */
function styleFormats(styles: string | null): (string | undefined)[] {
  if (styles === null) return [];
  const custom = new Map<number, string>();
  const numFmts = /<(?:[\w.-]+:)?numFmts\b[\s\S]*?<\/(?:[\w.-]+:)?numFmts>/.exec(styles)?.[0] ?? '';
  for (const [start, end] of tags(numFmts, 'numFmt')) {
    const id = parseInt(attribute(numFmts, start, end, 'numFmtId') ?? '', 10);
    const code = attribute(numFmts, start, end, 'formatCode');
    if (Number.isNaN(id) || code === undefined) continue;
    custom.set(id, unescapeXml(code));
  }
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(styles)?.[0] ?? '';
  const formats: (string | undefined)[] = [];
  for (const [start, end] of tags(cellXfs, 'xf')) {
    const id = parseInt(attribute(cellXfs, start, end, 'numFmtId') ?? '0', 10) || 0;
    formats.push(custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id]);
  }
  return formats;
}

/** Reads everything but the sheets' cells and the shared strings. */
export function readWorkbookParts(parts: PackageParts): Result<WorkbookParts> {
  const types = parts.text('[Content_Types].xml');
  if (!types.ok) return types;
  const workbookName = workbookPartName(types.value ?? '');
  const workbook = parts.text(workbookName);
  if (!workbook.ok) return workbook;
  if (workbook.value === null) return corrupt('no workbook part');
  const rels = parts.text(relsPartName(workbookName));
  if (!rels.ok) return rels;
  const links = relationships(rels.value ?? '', workbookName);

  const xml = workbook.value;
  const sheets: WorkbookSheet[] = [];
  for (const [start, end] of tags(xml, 'sheet')) {
    const name = attribute(xml, start, end, 'name');
    if (name === undefined) continue;
    const state = attribute(xml, start, end, 'state');
    const id = relationshipOf(xml, start, end);
    const link = id === undefined ? undefined : links.get(id);
    sheets.push({
      name: unescapeXml(name),
      hidden: state === 'hidden' || state === 'veryHidden',
      part: link?.target ?? null,
    });
  }
  let date1904 = false;
  for (const [start, end] of tags(xml, 'workbookPr')) {
    date1904 = xmlTrue(attribute(xml, start, end, 'date1904'));
  }
  let stylesPart: string | null = null;
  let stringsPart: string | null = null;
  for (const { type, target } of links.values()) {
    if (type.endsWith('/styles')) stylesPart = target;
    else if (type.endsWith('/sharedStrings')) stringsPart = target;
  }
  const styles = stylesPart === null ? ok(null) : parts.text(stylesPart);
  if (!styles.ok) return styles;
  return ok({
    sheets,
    date1904,
    styleFormats: styleFormats(styles.value),
    sharedStrings: stringsPart === null ? null : (parts.entry(stringsPart) ?? null),
  });
}

/** The complete string items at the start of the table (best effort, for the preview). */
export function readSharedStringsStart(
  source: ByteSource,
  entry: ZipEntry | null,
): (string | null)[] {
  if (entry === null) return [];
  const start = inflateEntryStart(source, entry);
  if (start === null) return [];
  const strings: (string | null)[] = [];
  const prefix = rootPrefix(utf8.decode(start.subarray(0, 4096)));
  const open = `<${prefix}si>`;
  const close = `</${prefix}si>`;
  new XmlChunks(close, (text) => collectItems(text, open, close, strings)).push(start);
  return strings;
}

function collectItems(text: string, open: string, close: string, into: (string | null)[]): void {
  let at = 0;
  for (;;) {
    const start = text.indexOf(open, at);
    if (start < 0) return;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) return;
    into.push(stringItemText(text.slice(start + open.length, end)));
    at = end + close.length;
  }
}

/** The shared string table, read in chunks; null items are string items SheetJS reads no text from. */
export function readSharedStrings(
  source: ByteSource,
  entry: ZipEntry | null,
): Result<(string | null)[]> {
  const strings: (string | null)[] = [];
  if (entry === null) return ok(strings);
  let chunks: XmlChunks | null = null;
  let open = '<si>';
  let close = '</si>';
  const onText = (text: string): void => collectItems(text, open, close, strings);
  const read = forEachEntryChunk(source, entry, (bytes) => {
    if (chunks === null) {
      const prefix = rootPrefix(utf8.decode(bytes.subarray(0, 4096)));
      open = `<${prefix}si>`;
      close = `</${prefix}si>`;
      chunks = new XmlChunks(close, onText);
    }
    chunks.push(bytes);
  });
  if (!read.ok) return read;
  (chunks as XmlChunks | null)?.end();
  return ok(strings);
}
