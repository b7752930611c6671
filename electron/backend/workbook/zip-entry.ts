/**
 * Reads one small ZIP entry ([Content_Types].xml, mimetype) to tell xlsx, xlsm and ods apart.
 * Inflation is capped, so even a lying entry cannot expand past `maxBytes`.
 */
import { inflateRawSync } from 'node:zlib';
import type { ByteSource } from './byte-source';
import type { ZipEntry } from './zip-directory';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;

/** The entry's bytes, or null when it is damaged, encrypted, too big or uses another method. */
export function readZipEntry(
  source: ByteSource,
  entry: ZipEntry,
  maxBytes: number,
): Uint8Array | null {
  if (entry.encrypted || entry.uncompressedSize > maxBytes || entry.compressedSize > maxBytes) {
    return null;
  }
  const header = source.read(entry.localHeaderOffset, LOCAL_HEADER_SIZE);
  if (header.length < LOCAL_HEADER_SIZE) return null;
  const data = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (data.getUint32(0, true) !== LOCAL_SIGNATURE) return null;
  const start =
    entry.localHeaderOffset +
    LOCAL_HEADER_SIZE +
    data.getUint16(26, true) +
    data.getUint16(28, true);
  const compressed = source.read(start, entry.compressedSize);
  if (compressed.length < entry.compressedSize) return null;
  if (entry.method === 0) return compressed;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(compressed, { maxOutputLength: maxBytes });
  } catch {
    return null; // corrupt deflate stream, or more output than declared
  }
}
