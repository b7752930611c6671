/**
 * Random access to a file's bytes without reading all of it: pre-flight checks look at the
 * first bytes and at the ZIP central directory at the end before a large file is loaded.
 */
import { readSync } from 'node:fs';

export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes at `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Uint8Array;
}

export function bufferByteSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
  };
}

export function fileByteSource(fd: number, size: number): ByteSource {
  return {
    size,
    read(offset, length) {
      const want = Math.max(0, Math.min(length, size - offset));
      const buffer = new Uint8Array(want);
      let got = 0;
      while (got < want) {
        const n = readSync(fd, buffer, got, want - got, offset + got);
        if (n === 0) break; // the file shrank since it was measured
        got += n;
      }
      return got === want ? buffer : buffer.subarray(0, got);
    },
  };
}
