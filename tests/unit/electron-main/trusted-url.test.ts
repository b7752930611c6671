import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  EXTERNAL_HOSTS,
  isAllowedExternalUrl,
  isAppOrigin,
  isInsideRoot,
  resolveInsideRoot,
  toAllowedExternalUrl,
} from '../../../electron/main/security/trusted-url';

describe('isAppOrigin', () => {
  it.each([
    'app://otvori',
    'app://otvori/',
    'app://otvori/index.html',
    'app://otvori/index.html#/publikacije',
    'app://otvori/assets/index-3f2a.js?v=1',
    APP_ENTRY_URL,
  ])('accepts the app page %s', (url) => {
    expect(isAppOrigin(url)).toBe(true);
  });

  it.each([
    'app://otvori.evil',
    'app://otvori.evil/index.html',
    'app://otvori@evil/index.html',
    'app://otvori:pass@evil/',
    'app://user@otvori/',
    'app://otvori:80/',
    'app://otvori:/',
    'app://otvorix/',
    'app://otvor/',
    'app://evil/otvori/',
    'app://evil?app://otvori/',
    'app://evil#app://otvori/',
    'app://otvori\\evil',
    'app://otvori\\@evil/',
    'APP://otvori/',
    'App://otvori/',
    'app://OTVORI/',
    'app:otvori/',
    'app:/otvori/',
    'app:///otvori/',
    ' app://otvori/',
    'app://otvori/\n',
    'app://otv\tori/',
    'app://otvori/\u0000',
    'app://otvori%2eevil/',
    'app://otvori%40evil/',
    'apps://otvori/',
    'file:///app/otvori/index.html',
    'file://otvori/index.html',
    'http://otvori/',
    'https://otvori/',
    'http://localhost/',
    'http://127.0.0.1:5173/',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    'about:blank',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'blob:app://otvori/1234',
    '',
    'otvori',
  ])('rejects the spoof %j', (url) => {
    expect(isAppOrigin(url)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['app://otvori/'], { toString: () => 'app://otvori/' }])(
    'rejects the non-string %j',
    (value) => {
      expect(isAppOrigin(value)).toBe(false);
    },
  );
});

describe('isAllowedExternalUrl', () => {
  const hosts = ['data.gov.rs'];

  it.each([
    'https://data.gov.rs/',
    'https://data.gov.rs',
    'https://data.gov.rs/sr/datasets/budzet-grada-panceva/',
    'https://DATA.gov.rs/sr/',
    'https://www.data.gov.rs/',
    'https://portal.data.gov.rs/a?b=c#d',
    'https://data.gov.rs:443/',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(true);
  });

  it.each([
    'http://data.gov.rs/',
    'https://data.gov.rs.evil.com/',
    'https://data.gov.rs.',
    'https://evil-data.gov.rs/',
    'https://evildata.gov.rs/',
    'https://gov.rs/',
    'https://evil.com/data.gov.rs',
    'https://evil.com/?https://data.gov.rs',
    'https://evil.com#https://data.gov.rs',
    'https://data.gov.rs@evil.com/',
    'https://user:pass@data.gov.rs/',
    'https://user@data.gov.rs/',
    'https://evil.com\\@data.gov.rs/',
    'https://evil.com%2f@data.gov.rs/',
    'https://data.gov.rs%2eevil.com/',
    'https://data.gov.rs:8443/',
    'https://data.gov.rs:80/',
    ' https://data.gov.rs/',
    'https://data.gov.rs/\n',
    'https://data.gov.\trs/',
    'https://data%2egov%2ers.evil.com/',
    'javascript:alert(1)//https://data.gov.rs',
    'javascript://data.gov.rs/%0aalert(1)',
    'data:text/html,https://data.gov.rs',
    'file://data.gov.rs/c$/windows',
    'file:///C:/Windows/System32/calc.exe',
    'smb://data.gov.rs/share',
    'ms-msdt:/id PCWDiagnostic',
    'ftp://data.gov.rs/',
    'wss://data.gov.rs/',
    'app://otvori/',
    '//data.gov.rs/',
    'data.gov.rs',
    '',
    `https://data.gov.rs/${'a'.repeat(3000)}`,
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url, hosts)).toBe(false);
  });

  it('refuses everything with an empty allow-list or an empty entry', () => {
    expect(isAllowedExternalUrl('https://data.gov.rs/', [])).toBe(false);
    expect(isAllowedExternalUrl('https://data.gov.rs/', [''])).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAllowedExternalUrl(undefined, hosts)).toBe(false);
    expect(isAllowedExternalUrl({ href: 'https://data.gov.rs/' }, hosts)).toBe(false);
  });

  it('returns the normalized URL that goes to the OS, not the raw text', () => {
    expect(toAllowedExternalUrl('https://DATA.gov.rs:443/a b'.replace(' ', '%20'), hosts)).toBe(
      'https://data.gov.rs/a%20b',
    );
  });

  it('ships with data.gov.rs allow-listed', () => {
    expect(EXTERNAL_HOSTS).toContain('data.gov.rs');
  });
});

describe('resolveInsideRoot (POSIX)', () => {
  const root = '/opt/otvori/dist/renderer';

  it.each([
    ['/index.html', '/opt/otvori/dist/renderer/index.html'],
    ['/assets/index-3f2a.js', '/opt/otvori/dist/renderer/assets/index-3f2a.js'],
    ['/assets/logo%20grad.svg', '/opt/otvori/dist/renderer/assets/logo grad.svg'],
    ['/fonts/..inter.woff2', '/opt/otvori/dist/renderer/fonts/..inter.woff2'],
    ['/%D0%BB%D0%BE%D0%B3%D0%BE.png', '/opt/otvori/dist/renderer/лого.png'],
  ])('maps %s inside the root', (urlPath, expected) => {
    expect(resolveInsideRoot(root, urlPath, path.posix)).toBe(expected);
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../etc/passwd',
    '/..',
    '/.',
    '/./index.html',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/etc/passwd',
    '/%2e%2e%2fetc%2fpasswd',
    '/..%2fetc%2fpasswd',
    '/..%2F..%2Fetc%2Fpasswd',
    '/assets/%2e%2e/%2e%2e/etc/passwd',
    '/%252e%252e/etc/passwd',
    '/..%5c..%5cetc%5cpasswd',
    '/..\\..\\etc\\passwd',
    '/assets\\index.js',
    '//etc/passwd',
    '/assets//index.js',
    '/%2fetc/passwd',
    'etc/passwd',
    '',
    '/index.html%00.png',
    '/index.html\u0000',
    '/index%0a.html',
    '/%ZZ',
    '/%',
    '/index.html.',
    '/index.html%20',
    '/',
  ])('rejects %j', (urlPath) => {
    expect(resolveInsideRoot(root, urlPath, path.posix)).toBeNull();
  });
});

describe('resolveInsideRoot (Windows rules)', () => {
  const root = 'C:\\Program Files\\Otvori\\resources\\renderer';

  it('maps a plain path inside the root', () => {
    expect(resolveInsideRoot(root, '/assets/index.js', path.win32)).toBe(
      'C:\\Program Files\\Otvori\\resources\\renderer\\assets\\index.js',
    );
  });

  it.each([
    '/C:/Windows/win.ini',
    '/c:/Windows/win.ini',
    '/C%3A/Windows/win.ini',
    '/C%3a%5cWindows%5cwin.ini',
    '/%5c%5cserver%5cshare%5cfile',
    '/..%5c..%5c..%5cwin.ini',
    '/index.html:Zone.Identifier',
    '/index.html%3a%24DATA',
    '/NUL',
    '/nul.txt',
    '/assets/CON',
    '/COM1.js',
    '/lpt9',
    '/index.html.',
    '/index.html%20',
    '/assets../index.js',
  ])('rejects %j', (urlPath) => {
    expect(resolveInsideRoot(root, urlPath, path.win32)).toBeNull();
  });
});

describe('isInsideRoot', () => {
  it('tells inside from outside, without the `..foo` false positive', () => {
    expect(isInsideRoot('/r', '/r', path.posix)).toBe(true);
    expect(isInsideRoot('/r', '/r/a/b', path.posix)).toBe(true);
    expect(isInsideRoot('/r', '/r/..foo', path.posix)).toBe(true);
    expect(isInsideRoot('/r', '/rx/a', path.posix)).toBe(false);
    expect(isInsideRoot('/r', '/a', path.posix)).toBe(false);
    expect(isInsideRoot('C:\\r', 'D:\\r\\a', path.win32)).toBe(false);
  });
});
