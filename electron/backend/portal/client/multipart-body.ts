/**
 * multipart/form-data bodies for uploads: field `file` with an ASCII filename (udata-api.md §4.4,
 * §9.1), plus the chunk-protocol fields. The file itself is streamed from disk, never buffered.
 */
import { randomBytes } from 'node:crypto';
import type { BodyPart, FileSlice } from './transport';

export interface MultipartBody {
  readonly contentType: string;
  readonly parts: readonly BodyPart[];
}

function quoted(value: string): string {
  // Names are ASCII by construction; quotes and line breaks would break the header.
  return value.replace(/["\r\n\\]/g, '_');
}

export function buildMultipart(
  fields: ReadonlyArray<readonly [string, string]>,
  file: {
    readonly filename: string;
    readonly contentType: string;
    readonly slice: FileSlice;
  } | null,
): MultipartBody {
  const boundary = `----otvori${randomBytes(16).toString('hex')}`;
  const parts: BodyPart[] = [];
  const text = (s: string): void => {
    parts.push(Buffer.from(s, 'utf8'));
  };
  for (const [name, value] of fields) {
    text(
      `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`,
    );
  }
  if (file !== null) {
    text(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(file.filename)}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
    );
    parts.push(file.slice);
    text('\r\n');
  }
  text(`--${boundary}--\r\n`);
  return { contentType: `multipart/form-data; boundary=${boundary}`, parts };
}
