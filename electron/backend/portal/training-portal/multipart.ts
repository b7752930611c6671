/**
 * A small, bounded multipart/form-data parser (RFC 7578) for the training portal's upload
 * endpoints. The body is already in memory and capped by the caller; this only splits it.
 * Filenames are decoded as UTF-8 like werkzeug does (udata-api.md §9.1); `filename*=` (RFC 5987)
 * wins when present.
 */

export interface MultipartPart {
  readonly name: string;
  readonly filename: string | null;
  readonly contentType: string | null;
  readonly data: Buffer;
}

export class MultipartError extends Error {
  override readonly name = 'MultipartError';
}

const MAX_PARTS = 32;
const MAX_HEADER_BYTES = 16 * 1024;

/** The boundary of a multipart Content-Type header, or null when it is not multipart. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (contentType === undefined || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

function headerParam(header: string, key: string): string | null {
  const re = new RegExp(`;\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
  const match = re.exec(header);
  if (match === null) return null;
  if (match[1] !== undefined) return match[1].replace(/\\(.)/g, '$1');
  return match[2] ?? null;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError('malformed part header');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeExtended(value: string): string | null {
  const match = /^utf-8''(.*)$/i.exec(value);
  if (match?.[1] === undefined) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new MultipartError('no boundary in body');
  for (;;) {
    pos += delimiter.length;
    // "--" after a delimiter closes the body.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return parts;
    if (body[pos] !== 0x0d || body[pos + 1] !== 0x0a) throw new MultipartError('bad delimiter');
    pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0 || headerEnd - pos > MAX_HEADER_BYTES) {
      throw new MultipartError('part headers missing or too long');
    }
    const headers = parseHeaders(body.subarray(pos, headerEnd).toString('utf8'));
    const dataStart = headerEnd + 4;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), dataStart);
    if (next < 0) throw new MultipartError('unterminated part');
    const disposition = headers.get('content-disposition') ?? '';
    if (!/^form-data\b/i.test(disposition)) throw new MultipartError('not form-data');
    const name = headerParam(disposition, 'name');
    if (name === null) throw new MultipartError('part without a name');
    const extended = headerParam(disposition, 'filename\\*');
    const filename =
      (extended === null ? null : decodeExtended(extended)) ?? headerParam(disposition, 'filename');
    parts.push({
      name,
      filename,
      contentType: headers.get('content-type') ?? null,
      data: body.subarray(dataStart, next),
    });
    if (parts.length > MAX_PARTS) throw new MultipartError('too many parts');
    pos = next + 2;
  }
}
