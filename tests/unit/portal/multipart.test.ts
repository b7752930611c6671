import { describe, expect, it } from 'vitest';
import {
  MultipartError,
  multipartBoundary,
  parseMultipart,
} from '../../../electron/backend/portal/training-portal/multipart';

function body(boundary: string, parts: string[]): Buffer {
  return Buffer.from(
    parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('') + `--${boundary}--\r\n`,
  );
}

describe('multipart parser', () => {
  it('reads the boundary, quoted or not', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('application/json')).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });

  it('splits fields and files, keeping binary data intact', () => {
    const b = 'XyZ';
    const parsed = parseMultipart(
      body(b, [
        'Content-Disposition: form-data; name="uuid"\r\n\r\n123',
        'Content-Disposition: form-data; name="file"; filename="Буџет.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n1,2',
      ]),
      b,
    );
    expect(parsed.map((p) => [p.name, p.filename, p.data.toString()])).toEqual([
      ['uuid', null, '123'],
      ['file', 'Буџет.csv', 'a,b\r\n1,2'],
    ]);
  });

  it('prefers filename* (RFC 5987)', () => {
    const b = 'q';
    const [part] = parseMultipart(
      body(b, [
        `Content-Disposition: form-data; name="file"; filename="x.csv"; filename*=UTF-8''%D0%91.csv\r\n\r\n1`,
      ]),
      b,
    );
    expect(part?.filename).toBe('Б.csv');
  });

  it('refuses malformed bodies', () => {
    expect(() => parseMultipart(Buffer.from('nothing'), 'b')).toThrow(MultipartError);
    expect(() =>
      parseMultipart(
        Buffer.from('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nno end'),
        'b',
      ),
    ).toThrow(MultipartError);
    const many = body(
      'b',
      Array.from({ length: 40 }, (_, i) => `Content-Disposition: form-data; name="f${i}"\r\n\r\nx`),
    );
    expect(() => parseMultipart(many, 'b')).toThrow(/too many/);
  });
});
