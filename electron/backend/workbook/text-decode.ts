/**
 * Decoding of CSV/text files: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
 * text"), and otherwise Windows-1250, the legacy code page of Serbian Latin on Windows.
 * Telling 1250 from 1251 (Cyrillic) and repairing mojibake is a later issue (serbian-pii §3.4);
 * this is its seam.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1250';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

export function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Decodes a whole file. `lenient` decoding (for sniffing a sample that may end mid-character)
 * replaces bad sequences instead of falling back to Windows-1250.
 */
export function decodeText(bytes: Uint8Array, lenient = false): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom !== null) {
    const text = new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(
      bytes.subarray(bom.length),
    );
    return { text, encoding: bom.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: !lenient }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1250').decode(bytes), encoding: 'windows-1250' };
  }
}
