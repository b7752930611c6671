/**
 * Magic bytes decide what a file is, never its extension (architecture.md §4): a clerk's
 * "export.xls" is often CSV or HTML, and a renamed file must not reach the wrong parser.
 */
import { bomEncoding, bomlessUtf16 } from './text-decode';

export type Container = 'zip' | 'cfb' | 'text' | 'markup' | 'binary' | 'empty';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Bytes to look at when telling text from binary. */
export const SNIFF_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Share of control characters above which content is binary; real text files have none. */
const MAX_CONTROL_SHARE = 0.01;

function isControl(byte: number): boolean {
  // Tab, LF, VT, FF, CR and SUB (0x1A, an old DOS end-of-file mark) occur in real text.
  return (
    (byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0b &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1a) ||
    byte === 0x7f
  );
}

function looksLikeMarkup(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8')
    .decode(head.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  // HTML or SpreadsheetML 2003 saved as .xls, or RTF: not tables we read (HTML parsing is off).
  return text.startsWith('<') || text.startsWith('{\\rtf');
}

/** Classifies the first bytes of a file (`head` is at most SNIFF_BYTES long). */
export function sniffContainer(head: Uint8Array): Container {
  if (head.length === 0) return 'empty';
  if (startsWith(head, ZIP_MAGIC) || startsWith(head, ZIP_EMPTY_MAGIC)) return 'zip';
  if (startsWith(head, CFB_MAGIC)) return 'cfb';
  const bom = bomEncoding(head);
  if (bom !== null && bom.encoding !== 'utf-8') return 'text'; // UTF-16: NULs are expected
  if (bom === null && bomlessUtf16(head) !== null) return 'text'; // Unicode text without a BOM
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i] as number;
    if (byte === 0) return 'binary';
    if (isControl(byte)) controls++;
  }
  if (controls > head.length * MAX_CONTROL_SHARE) return 'binary';
  return looksLikeMarkup(head) ? 'markup' : 'text';
}
