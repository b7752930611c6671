import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, CHANNELS, MAX_ROW_WINDOW } from '../../../shared/contract';
import { validateRequest, validateResponse } from '../../../electron/backend/contract/validate';

describe('contract request schemas', () => {
  it('accept well-formed requests', () => {
    expect(validateRequest('app:settings:set', { locale: 'sr-Latn' }).ok).toBe(true);
    expect(
      validateRequest('app:workbook:open', { source: { kind: 'sample' }, jobId: 'job-1' }).ok,
    ).toBe(true);
    expect(
      validateRequest('app:workbook:open', {
        source: { kind: 'file', fileRef: 'a1B2-c3_d4' },
        jobId: 'j',
      }).ok,
    ).toBe(true);
    expect(
      validateRequest('app:workbook:rows', { workbookId: 'w', offset: 0, limit: MAX_ROW_WINDOW })
        .ok,
    ).toBe(true);
  });

  const malformed: [string, Parameters<typeof validateRequest>[0], unknown][] = [
    ['unknown locale', 'app:settings:set', { locale: 'de' }],
    ['extra property', 'app:settings:set', { locale: 'en', admin: true }],
    ['missing property', 'app:workbook:open', { source: { kind: 'sample' } }],
    [
      'raw path instead of a file ref',
      'app:workbook:open',
      { source: { kind: 'file', path: 'C:\\x.xlsx' }, jobId: 'j' },
    ],
    [
      'file ref with path characters',
      'app:workbook:open',
      { source: { kind: 'file', fileRef: '../../etc' }, jobId: 'j' },
    ],
    [
      'unknown source kind',
      'app:workbook:open',
      { source: { kind: 'url', url: 'http://x' }, jobId: 'j' },
    ],
    ['jobId too long', 'app:workbook:cancel', { jobId: 'x'.repeat(65) }],
    [
      'row window too large',
      'app:workbook:rows',
      { workbookId: 'w', offset: 0, limit: MAX_ROW_WINDOW + 1 },
    ],
    ['negative offset', 'app:workbook:rows', { workbookId: 'w', offset: -1, limit: 10 }],
    ['fractional limit', 'app:workbook:rows', { workbookId: 'w', offset: 0, limit: 1.5 }],
    ['string bom', 'app:workbook:export', { workbookId: 'w', bom: 'yes' }],
    ['null request', 'app:recent:list', null],
    ['array request', 'app:app:info', []],
    [
      'prototype pollution key',
      'app:settings:set',
      JSON.parse('{"locale":"en","__proto__":{"x":1}}'),
    ],
  ];
  it.each(malformed)('reject %s', (_label, channel, payload) => {
    const result = validateRequest(channel, payload);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_REQUEST');
  });

  it('every channel has a request and a response schema that compile', () => {
    for (const channel of CHANNEL_NAMES) {
      expect(CHANNELS[channel].doc.length).toBeGreaterThan(10);
      // Compiling happens on first use; an invalid schema throws here.
      validateRequest(channel, {});
      validateResponse(channel, {});
    }
  });

  it('channel names follow app:<domain>:<verb>', () => {
    for (const channel of CHANNEL_NAMES) expect(channel).toMatch(/^app:[a-z]+:[a-z]+$/);
  });
});
