/**
 * Chunked decoding of a text file for the large-CSV path: the same encoding decision as
 * decodeText (text-decode.ts) — a clerk's choice, a BOM, BOM-less UTF-16, valid UTF-8, else the
 * best-scoring single-byte code page — but the text comes out a few megabytes at a time.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { TextEncoding } from '../../../shared/contract/read-options';
import { decodeSingleByte, type SingleByteEncoding } from './code-pages';
import { bomEncoding, bomlessUtf16, detectSingleByte } from './text-decode';

/** Bytes decoded per chunk. */
export const TEXT_CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * The first chunk is small, so the first rows show after a fraction of a megabyte is decoded
 * and parsed (still more than the delimiter sample needs, 64K characters).
 */
export const FIRST_CHUNK_BYTES = 256 * 1024;

export function chooseTextEncoding(
  bytes: Uint8Array,
  forced?: TextEncoding,
): { encoding: TextEncoding; confidence: number } {
  if (forced !== undefined) return { encoding: forced, confidence: 1 };
  const bom = bomEncoding(bytes);
  if (bom !== null) return { encoding: bom.encoding, confidence: 1 };
  const wide = bomlessUtf16(bytes);
  if (wide !== null) return { encoding: wide, confidence: 0.9 };
  if (isUtf8(bytes)) return { encoding: 'utf-8', confidence: 1 };
  return detectSingleByte(bytes);
}

export interface TextPiece {
  readonly text: string;
  /** Bytes decoded so far. */
  readonly done: number;
  readonly last: boolean;
}

export class TextChunks {
  private offset: number;
  private first = true;
  private readonly decoder: TextDecoder | null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly encoding: TextEncoding,
    private readonly chunkBytes = TEXT_CHUNK_BYTES,
  ) {
    const bom = bomEncoding(bytes);
    // As decodeAs: a BOM is skipped when it belongs to the encoding the text is read in.
    this.offset = bom !== null && bom.encoding === encoding ? bom.length : 0;
    this.decoder =
      encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be'
        ? new TextDecoder(encoding, { ignoreBOM: true })
        : null;
  }

  /** The next piece of text, or null after the last. */
  next(): TextPiece | null {
    if (this.offset > this.bytes.length) return null;
    const size = this.first ? Math.min(this.chunkBytes, FIRST_CHUNK_BYTES) : this.chunkBytes;
    this.first = false;
    const end = Math.min(this.bytes.length, this.offset + size);
    const last = end === this.bytes.length;
    const chunk = this.bytes.subarray(this.offset, end);
    this.offset = last ? this.bytes.length + 1 : end;
    const text =
      this.decoder === null
        ? decodeSingleByte(chunk, this.encoding as SingleByteEncoding)
        : this.decoder.decode(chunk, { stream: !last });
    return { text, done: end, last };
  }
}
