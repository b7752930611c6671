import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../../renderer/src/api/envelope';
import { SseParser } from '../../../renderer/src/api/sse-parser';
import { readTokenFromHash } from '../../../renderer/src/api/web-token';

describe('server-sent events parser', () => {
  it('handles CRLF, split chunks, comments, multi-line data and a missing space', () => {
    const parser = new SseParser();
    const events = [
      ...parser.push('event: app:job:progress\r'),
      ...parser.push('\ndata: {"a":1}\r\n\r'),
      ...parser.push('\n: comment\n\nevent: x\ndata: l1\ndata: l2\n'),
      ...parser.push('\n'),
      ...parser.push('data:nospace\n\n'),
    ];
    expect(events).toEqual([
      { event: 'app:job:progress', data: '{"a":1}' },
      { event: 'x', data: 'l1\nl2' },
      { event: 'message', data: 'nospace' },
    ]);
  });
});

describe('result envelope from HTTP', () => {
  it('passes results through and keeps only scalar details', () => {
    expect(parseEnvelope(200, '{"ok":true,"value":{"x":1}}')).toEqual({
      ok: true,
      value: { x: 1 },
    });
    expect(
      parseEnvelope(
        400,
        '{"ok":false,"error":{"code":"FILE_EMPTY","message":"m","details":{"a":1,"b":{}}}}',
      ),
    ).toEqual({ ok: false, error: { code: 'FILE_EMPTY', message: 'm', details: { a: 1 } } });
  });

  it('synthesizes an error for bodies that are not results', () => {
    expect(parseEnvelope(403, '<html>')).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'HTTP 403 without a Result body' },
    });
    expect(parseEnvelope(500, '')).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'HTTP 500 without a Result body' },
    });
    expect(parseEnvelope(400, '{"ok":false,"error":{"code":"WAT","message":"m"}}').ok).toBe(false);
  });
});

describe('launch token', () => {
  it('is read from the URL fragment only', () => {
    expect(readTokenFromHash('#token=abc-123')).toBe('abc-123');
    expect(readTokenFromHash('#main')).toBeNull();
    expect(readTokenFromHash('')).toBeNull();
  });
});
