/**
 * Pre-flight format detection (architecture.md §4): magic bytes, then for ZIP files the central
 * directory (bomb guard first) and the part that names the format. Works on a ByteSource, so a
 * 200 MB file is judged from a few kilobytes before it is loaded.
 */
import { fail, ok, type Result } from '../../../shared/contract';
import type { ByteSource } from './byte-source';
import { detectDelimiter } from './csv-delimiter';
import type { ZipLimits } from './read-limits';
import { SNIFF_BYTES, sniffContainer } from './sniff-format';
import { decodeText } from './text-decode';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { readZipEntry } from './zip-entry';
import { checkZipEntries } from './zip-guard';

export type DetectedFormat =
  | {
      readonly kind: 'zip';
      readonly format: 'xlsx' | 'xlsm' | 'ods';
      /** The central directory, for the streaming reader and the SheetJS part-size check. */
      readonly entries: readonly ZipEntry[];
    }
  /** xls or an encrypted xlsx: told apart once the whole file is read (cfb-inspect.ts). */
  | { readonly kind: 'cfb' }
  | { readonly kind: 'text' };

/** Extensions under which a text file is taken as CSV even when it has a single column. */
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv', 'tab']);
const MAX_MANIFEST_BYTES = 1024 * 1024;

export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const unsupported = (detected: string, fileName: string): Result<never> =>
  fail('FILE_UNSUPPORTED', `content is ${detected}, not a workbook Otvori reads`, {
    detected,
    extension: fileExtension(fileName),
  });

// Content types of the workbook part (ECMA-376 Part 1 §12.3.23; MS-OFFMACRO2 for macro-enabled).
const OOXML_WORKBOOK_TYPES: readonly [string, 'xlsx' | 'xlsm'][] = [
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml', 'xlsx'],
  ['application/vnd.ms-excel.sheet.macroEnabled.main+xml', 'xlsm'],
  ['application/vnd.ms-excel.template.macroEnabled.main+xml', 'xlsm'],
];
const XLSB_TYPE = 'application/vnd.ms-excel.sheet.binary.macroEnabled.main';
const ODS_MIMETYPES = new Set([
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet-template',
]);

function findEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  // OPC part names are case-insensitive (ECMA-376 Part 2 §9.1.1.1).
  return entries.find((entry) => entry.name.toLowerCase() === name);
}

function zipFormat(
  source: ByteSource,
  entries: readonly ZipEntry[],
  fileName: string,
): Result<DetectedFormat> {
  const contentTypes = findEntry(entries, '[content_types].xml');
  if (contentTypes !== undefined) {
    const bytes = readZipEntry(source, contentTypes, MAX_MANIFEST_BYTES);
    if (bytes === null) return fail('FILE_CORRUPT', 'ZIP: unreadable [Content_Types].xml');
    const xml = new TextDecoder('utf-8').decode(bytes);
    for (const [type, format] of OOXML_WORKBOOK_TYPES) {
      if (xml.includes(`"${type}"`)) return ok({ kind: 'zip', format, entries });
    }
    return unsupported(xml.includes(XLSB_TYPE) ? 'xlsb' : 'office-document', fileName);
  }
  const mimetype = findEntry(entries, 'mimetype');
  if (mimetype !== undefined) {
    const bytes = readZipEntry(source, mimetype, 256);
    if (bytes === null) return fail('FILE_CORRUPT', 'ZIP: unreadable mimetype');
    const type = new TextDecoder('utf-8').decode(bytes).trim();
    return ODS_MIMETYPES.has(type)
      ? ok({ kind: 'zip', format: 'ods', entries })
      : unsupported('opendocument', fileName);
  }
  return unsupported('zip', fileName);
}

export function detectFormat(
  source: ByteSource,
  fileName: string,
  zipLimits: ZipLimits,
): Result<DetectedFormat> {
  if (source.size === 0) return fail('FILE_EMPTY', 'the file has no bytes');
  const head = source.read(0, SNIFF_BYTES);
  const container = sniffContainer(head);
  switch (container) {
    case 'zip': {
      const directory = readZipDirectory(source, zipLimits.maxEntries);
      if (!directory.ok) return directory;
      const guard = checkZipEntries(directory.value, zipLimits);
      if (!guard.ok) return guard;
      if (directory.value.some((entry) => entry.encrypted)) {
        return fail('FILE_ENCRYPTED', 'ZIP: encrypted entries');
      }
      return zipFormat(source, directory.value, fileName);
    }
    case 'cfb':
      return ok({ kind: 'cfb' });
    case 'text': {
      if (TEXT_EXTENSIONS.has(fileExtension(fileName))) return ok({ kind: 'text' });
      // A text file under a spreadsheet's name: accept it only when it is clearly a table
      // (systems export CSV as ".xls"); prose renamed to .xlsx is not a workbook.
      const sample = decodeText(head, true).text;
      return detectDelimiter(sample) === null
        ? unsupported('text', fileName)
        : ok({ kind: 'text' });
    }
    case 'markup':
      return unsupported('markup', fileName);
    case 'binary':
      return unsupported('binary', fileName);
    case 'empty':
      return fail('FILE_EMPTY', 'the file has no bytes');
  }
}
