/** IT's proxy policy as Electron's proxy config, and the unpacked path of the reader worker. */
import { describe, expect, it } from 'vitest';
import { toProxyConfig } from '../../../electron/main/proxy-config';
import { toUnpackedPath } from '../../../electron/main/unpacked-path';

describe('toProxyConfig', () => {
  it('leaves the OS settings alone for "system"', () => {
    expect(toProxyConfig('system')).toBeNull();
  });
  it('goes direct for "direct"', () => {
    expect(toProxyConfig('direct')).toEqual({ mode: 'direct' });
  });
  it('uses a fixed server, keeping local names off the proxy', () => {
    expect(
      toProxyConfig({
        server: 'http://proxy.intranet.example:8080',
        bypass: ['*.intranet.example'],
      }),
    ).toEqual({
      mode: 'fixed_servers',
      proxyRules: 'http://proxy.intranet.example:8080',
      proxyBypassRules: '<local>,*.intranet.example',
    });
  });
});

describe('toUnpackedPath', () => {
  it('maps app.asar to app.asar.unpacked on Windows and Linux paths', () => {
    expect(
      toUnpackedPath(
        'C:\\Users\\a\\AppData\\Local\\Programs\\Otvori\\resources\\app.asar\\dist\\node\\reader-worker.mjs',
      ),
    ).toBe(
      'C:\\Users\\a\\AppData\\Local\\Programs\\Otvori\\resources\\app.asar.unpacked\\dist\\node\\reader-worker.mjs',
    );
    expect(toUnpackedPath('/opt/Otvori/resources/app.asar/dist/node/reader-worker.mjs')).toBe(
      '/opt/Otvori/resources/app.asar.unpacked/dist/node/reader-worker.mjs',
    );
  });
  it('leaves paths outside an archive alone (npm start)', () => {
    expect(toUnpackedPath('/work/main/dist/node/reader-worker.mjs')).toBe(
      '/work/main/dist/node/reader-worker.mjs',
    );
    expect(toUnpackedPath('/x/my.app.asar.d/y.mjs')).toBe('/x/my.app.asar.d/y.mjs');
  });
});
