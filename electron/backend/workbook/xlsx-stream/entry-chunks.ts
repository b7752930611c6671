/**
 * Inflating ZIP entries for the streaming xlsx reader. A sheet part is inflated into one Buffer
 * (outside the JS heap, no V8 string limit) and then decoded and tokenized a chunk at a time, so
 * the sheet is never one string and never a cell object per cell. Node has no public synchronous
 * streaming inflate (zlib's internal `_processChunk` closes its handle after one call), so the
 * whole part is inflated first; for the preview, the part's first compressed bytes are inflated
 * on their own (`finishFlush: Z_SYNC_FLUSH` accepts a cut stream), which takes milliseconds.
 * The output may never exceed the entry's declared size: the bomb guard judged that size.
 */
import { constants, inflateRawSync } from 'node:zlib';
import { fail, ok, type Result } from '../../../../shared/contract';
import type { ByteSource } from '../byte-source';
import type { ZipEntry } from '../zip-directory';

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
/** Uncompressed bytes handed on per step: small enough for steady progress, large enough to be cheap. */
export const CHUNK_BYTES = 1024 * 1024;
/** Compressed bytes inflated for the preview: tens of rows of any register. */
export const PREVIEW_COMPRESSED_BYTES = 64 * 1024;

const corrupt = (why: string): Result<never> => fail('FILE_CORRUPT', `ZIP: ${why}`);

function dataStart(source: ByteSource, entry: ZipEntry): number | null {
  const header = source.read(entry.localHeaderOffset, LOCAL_HEADER_SIZE);
  if (header.length < LOCAL_HEADER_SIZE) return null;
  const data = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (data.getUint32(0, true) !== LOCAL_SIGNATURE) return null;
  return (
    entry.localHeaderOffset +
    LOCAL_HEADER_SIZE +
    data.getUint16(26, true) +
    data.getUint16(28, true)
  );
}

/** The whole uncompressed entry. */
export function inflateEntry(source: ByteSource, entry: ZipEntry): Result<Uint8Array> {
  if (entry.encrypted) return fail('FILE_ENCRYPTED', 'ZIP: encrypted entries');
  const start = dataStart(source, entry);
  if (start === null) return corrupt(`bad local header of ${entry.name}`);
  const compressed = source.read(start, entry.compressedSize);
  if (compressed.length < entry.compressedSize) return corrupt(`${entry.name} is truncated`);
  if (entry.method === 0) return ok(compressed);
  if (entry.method !== 8) return corrupt(`${entry.name} uses an unknown compression method`);
  try {
    // One byte more than declared is allowed so that a lying entry is caught, not cut.
    return ok(inflateRawSync(compressed, { maxOutputLength: entry.uncompressedSize + 1 }));
  } catch (error) {
    if (error instanceof RangeError) {
      return fail('FILE_SUSPICIOUS', 'ZIP: a part inflates past its declared size', {
        size: entry.uncompressedSize,
      });
    }
    return corrupt(`${entry.name} has a damaged deflate stream`);
  }
}

/** The first uncompressed bytes of an entry (best effort, for the preview); null on any trouble. */
export function inflateEntryStart(source: ByteSource, entry: ZipEntry): Uint8Array | null {
  if (entry.encrypted) return null;
  const start = dataStart(source, entry);
  if (start === null) return null;
  const compressed = source.read(start, Math.min(entry.compressedSize, PREVIEW_COMPRESSED_BYTES));
  if (entry.method === 0) return compressed;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(compressed, {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: Math.max(1, entry.uncompressedSize),
    });
  } catch {
    return null;
  }
}

/**
 * Calls `onChunk` with the entry's uncompressed bytes in order, `chunkBytes` at a time;
 * `onChunk` returns false to stop early. Fails on damaged data or output past the declared size.
 */
export function forEachEntryChunk(
  source: ByteSource,
  entry: ZipEntry,
  onChunk: (bytes: Uint8Array) => boolean | undefined,
  chunkBytes = CHUNK_BYTES,
): Result<Uint8Array> {
  const whole = inflateEntry(source, entry);
  if (!whole.ok) return whole;
  const bytes = whole.value;
  if (bytes.length > entry.uncompressedSize) {
    return fail('FILE_SUSPICIOUS', 'ZIP: a part inflates past its declared size', {
      size: entry.uncompressedSize,
    });
  }
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    if (onChunk(bytes.subarray(at, Math.min(bytes.length, at + chunkBytes))) === false) break;
  }
  return ok(bytes);
}
