import { describe, expect, it } from 'vitest';
import {
  isAllowedHost,
  isAllowedOrigin,
  tokenMatches,
} from '../../../electron/backend/web-host/request-guard';

describe('web host request guard', () => {
  it('accepts only loopback Host headers with our port', () => {
    expect(isAllowedHost('127.0.0.1:4321', 4321)).toBe(true);
    expect(isAllowedHost('localhost:4321', 4321)).toBe(true);
    for (const spoof of [
      undefined,
      '127.0.0.1',
      '127.0.0.1:4322',
      'evil.example:4321',
      '127.0.0.1.evil.example:4321',
      'localhost.evil:4321',
      '127.0.0.1:4321@evil',
      ' 127.0.0.1:4321',
      '[::1]:4321x',
    ]) {
      expect(isAllowedHost(spoof, 4321), String(spoof)).toBe(false);
    }
  });

  it('accepts an absent Origin or exactly ours', () => {
    expect(isAllowedOrigin(undefined, 80)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:80', 80)).toBe(true);
    for (const spoof of [
      'null',
      'https://127.0.0.1:80',
      'http://127.0.0.1:81',
      'http://evil.example',
      'http://127.0.0.1:80.evil',
    ]) {
      expect(isAllowedOrigin(spoof, 80), spoof).toBe(false);
    }
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
    expect(tokenMatches('ABC', 'abc')).toBe(false);
  });
});
