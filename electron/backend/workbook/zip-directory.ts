/**
 * Reads a ZIP's central directory (APPNOTE.TXT §4.3.12–4.3.16, with ZIP64) from a ByteSource:
 * entry names and declared sizes, so the bomb guard can judge the archive before a single byte
 * is inflated. Only the directory is read, a few kilobytes for a workbook.
 */
import { fail, ok, type Result } from '../../../shared/contract';
import type { ByteSource } from './byte-source';

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflate. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;
/** A directory larger than this cannot belong to a workbook of any sane size. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(data: DataView, offset: number): number {
  // Exact up to 2^53, far beyond any file we accept.
  return data.getUint32(offset, true) + data.getUint32(offset + 4, true) * 0x1_0000_0000;
}

const corrupt = (why: string): Result<never> => fail('FILE_CORRUPT', `ZIP: ${why}`);

interface EndRecord {
  readonly entries: number;
  readonly directorySize: number;
  readonly directoryOffset: number;
}

function findEndRecord(source: ByteSource): Result<EndRecord> {
  const tailLength = Math.min(source.size, EOCD_SIZE + MAX_COMMENT);
  const tailStart = source.size - tailLength;
  const tail = source.read(tailStart, tailLength);
  const data = view(tail);
  let at = -1;
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (data.getUint32(i, true) === EOCD_SIGNATURE) {
      at = i;
      break;
    }
  }
  // A truncated download or a partly copied file loses the end record first.
  if (at < 0) return corrupt('no end of central directory (truncated?)');
  const diskNumber = data.getUint16(at + 4, true);
  let entries = data.getUint16(at + 10, true);
  let directorySize = data.getUint32(at + 12, true);
  let directoryOffset = data.getUint32(at + 16, true);
  if (diskNumber !== 0 && diskNumber !== U16_MAX) return corrupt('multi-disk archive');

  const needsZip64 =
    entries === U16_MAX || directorySize === U32_MAX || directoryOffset === U32_MAX;
  const locatorAt = tailStart + at - 20;
  if (needsZip64 && locatorAt >= 0) {
    const locator = view(source.read(locatorAt, 20));
    if (locator.byteLength === 20 && locator.getUint32(0, true) === ZIP64_LOCATOR_SIGNATURE) {
      const recordOffset = u64(locator, 8);
      const record = view(source.read(recordOffset, 56));
      if (record.byteLength < 56 || record.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE) {
        return corrupt('bad ZIP64 end record');
      }
      entries = u64(record, 32);
      directorySize = u64(record, 40);
      directoryOffset = u64(record, 48);
    }
  }
  if (directoryOffset + directorySize > source.size) return corrupt('directory outside the file');
  return ok({ entries, directorySize, directoryOffset });
}

function zip64Sizes(
  data: DataView,
  extraStart: number,
  extraLength: number,
  entry: { uncompressedSize: number; compressedSize: number; localHeaderOffset: number },
): void {
  let p = extraStart;
  const end = extraStart + extraLength;
  while (p + 4 <= end) {
    const id = data.getUint16(p, true);
    const size = data.getUint16(p + 2, true);
    if (id === 0x0001) {
      // Fields appear only for the values that overflowed, in this order (APPNOTE §4.5.3).
      let q = p + 4;
      if (entry.uncompressedSize === U32_MAX && q + 8 <= end) {
        entry.uncompressedSize = u64(data, q);
        q += 8;
      }
      if (entry.compressedSize === U32_MAX && q + 8 <= end) {
        entry.compressedSize = u64(data, q);
        q += 8;
      }
      if (entry.localHeaderOffset === U32_MAX && q + 8 <= end) {
        entry.localHeaderOffset = u64(data, q);
      }
      return;
    }
    p += 4 + size;
  }
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/**
 * The central directory entries. Refuses (FILE_SUSPICIOUS) before parsing when the declared
 * entry count is above `maxEntries`, so a million-entry directory costs nothing.
 */
export function readZipDirectory(source: ByteSource, maxEntries: number): Result<ZipEntry[]> {
  const end = findEndRecord(source);
  if (!end.ok) return end;
  const { entries: count, directorySize, directoryOffset } = end.value;
  if (count > maxEntries) {
    return fail('FILE_SUSPICIOUS', 'ZIP: too many entries', { entries: count, limit: maxEntries });
  }
  if (directorySize > MAX_DIRECTORY_BYTES) {
    return fail('FILE_SUSPICIOUS', 'ZIP: oversized central directory', { size: directorySize });
  }
  const bytes = source.read(directoryOffset, directorySize);
  if (bytes.length < directorySize) return corrupt('short central directory');
  const data = view(bytes);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || data.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      return corrupt('bad central directory entry');
    }
    const flags = data.getUint16(p + 8, true);
    const nameLength = data.getUint16(p + 28, true);
    const extraLength = data.getUint16(p + 30, true);
    const commentLength = data.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength + commentLength > bytes.length) {
      return corrupt('central directory entry past its end');
    }
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise CP437, where the ASCII part (all we compare) is shared.
    const name = (flags & 0x0800 ? utf8 : latin1).decode(nameBytes);
    const entry = {
      name,
      method: data.getUint16(p + 10, true),
      encrypted: (flags & 0x0001) !== 0,
      compressedSize: data.getUint32(p + 20, true),
      uncompressedSize: data.getUint32(p + 24, true),
      localHeaderOffset: data.getUint32(p + 42, true),
    };
    zip64Sizes(data, p + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return ok(entries);
}
