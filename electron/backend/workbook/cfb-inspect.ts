/**
 * What an OLE compound file (D0 CF 11 E0) holds: an Excel 97–2003 workbook, or an encrypted
 * OOXML workbook (Office wraps password-protected .xlsx in a compound file with
 * EncryptionInfo + EncryptedPackage streams, MS-OFFCRYPTO §2.3.4), or something else (.doc).
 */
import * as XLSX from 'xlsx';

export type CfbContent = 'xls' | 'encrypted' | 'other' | 'corrupt';

// SheetJS types its CFB module as `any`; this is the part used here.
interface CfbContainer {
  readonly FullPaths: readonly string[];
}
const CFB = XLSX.CFB as { read(data: Uint8Array, options: { type: 'buffer' }): CfbContainer };

function streamName(fullPath: string): string {
  const slash = fullPath.lastIndexOf('/', fullPath.length - 2);
  return fullPath.slice(slash + 1).toLowerCase();
}

export function inspectCfb(bytes: Uint8Array): CfbContent {
  let container: CfbContainer;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    return 'corrupt';
  }
  const names = new Set(container.FullPaths.map(streamName));
  if (names.has('encryptioninfo') || names.has('encryptedpackage')) return 'encrypted';
  // BIFF8 calls the stream "Workbook", BIFF5 "Book".
  if (names.has('workbook') || names.has('book')) return 'xls';
  return 'other';
}
