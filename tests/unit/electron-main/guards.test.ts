import { EventEmitter } from 'node:events';
import type { App, HandlerDetails, Shell, WindowOpenHandlerResponse } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installWebContentsGuards } from '../../../electron/main/security/guards';
import { createOpenExternal } from '../../../electron/main/security/open-external';

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: ((...args: unknown[]) => boolean) | null = null;
  deviceHandler: ((...args: unknown[]) => boolean) | null = null;
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.requestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.checkHandler = handler;
  });
  readonly setDevicePermissionHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.deviceHandler = handler;
  });
}

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  constructor(readonly session: FakeSession) {
    super();
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron: an Event carrying the details, with preventDefault. */
  fire(name: string, details: Record<string, unknown>): boolean {
    let prevented = false;
    const event = { ...details, preventDefault: () => (prevented = true) };
    this.emit(name, event, details['url']);
    return prevented;
  }
  open(url: string): WindowOpenHandlerResponse {
    if (this.windowOpenHandler === null) throw new Error('no window open handler installed');
    return this.windowOpenHandler({ url } as HandlerDetails);
  }
}

let app: EventEmitter;
let shell: { openExternal: ReturnType<typeof vi.fn> };
let session: FakeSession;
let contents: FakeWebContents;

function createContents(withSession = session): FakeWebContents {
  const created = new FakeWebContents(withSession);
  app.emit('web-contents-created', {}, created);
  return created;
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  app = new EventEmitter();
  shell = { openExternal: vi.fn(async () => undefined) };
  session = new FakeSession();
  installWebContentsGuards(
    app as unknown as App,
    createOpenExternal(shell as unknown as Shell, ['data.gov.rs']),
  );
  contents = createContents();
});

describe('navigation guards', () => {
  it.each(['app://otvori/index.html', 'app://otvori/index.html#/podesavanja'])(
    'lets the app navigate within itself (%s)',
    (url) => {
      expect(contents.fire('will-navigate', { url })).toBe(false);
      expect(contents.fire('will-redirect', { url })).toBe(false);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://otvori.evil/index.html',
    'app://otvori@evil/',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
  ])('prevents navigating the app away to %s', (url) => {
    expect(contents.fire('will-navigate', { url, isMainFrame: true })).toBe(true);
    expect(contents.fire('will-redirect', { url, isMainFrame: true })).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('prevents a link to the portal but opens it in the browser instead', () => {
    expect(contents.fire('will-navigate', { url: 'https://data.gov.rs/sr/datasets/' })).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://data.gov.rs/sr/datasets/');
  });

  it('prevents subframe navigation away from the app', () => {
    expect(
      contents.fire('will-frame-navigate', { url: 'https://example.com/', isMainFrame: false }),
    ).toBe(true);
    expect(
      contents.fire('will-frame-navigate', { url: 'app://otvori/x.html', isMainFrame: false }),
    ).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    expect(contents.fire('will-attach-webview', {})).toBe(true);
  });

  it('guards every web-contents, not just the first', () => {
    const second = createContents(new FakeSession());
    expect(second.fire('will-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(second.open('https://example.com/')).toEqual({ action: 'deny' });
  });
});

describe('window.open', () => {
  it('denies a new window for an allow-listed https URL and opens it externally once', () => {
    expect(contents.open('https://data.gov.rs/sr/')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://data.gov.rs/sr/');
  });

  it.each([
    'https://example.com/',
    'https://data.gov.rs.evil.com/',
    'https://data.gov.rs@evil.com/',
    'http://data.gov.rs/',
    'file:///C:/Windows/System32/calc.exe',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'app://otvori/index.html',
    'about:blank',
  ])('denies %s and does not open it', (url) => {
    expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'hid',
    'fullscreen',
  ])('denies the %s permission request', (permission) => {
    const callback = vi.fn();
    session.requestHandler?.(contents, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('denies every permission check and device request', () => {
    expect(session.checkHandler).not.toBeNull();
    expect(session.checkHandler?.(contents, 'media', 'app://otvori', {})).toBe(false);
    expect(session.checkHandler?.(null, 'geolocation', 'app://otvori', {})).toBe(false);
    expect(session.deviceHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('installs the session handlers once per session', () => {
    createContents();
    createContents();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(session.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    const other = new FakeSession();
    createContents(other);
    expect(other.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
  });
});

describe('openExternal wrapper', () => {
  it('reports whether it opened, and survives a failing shell', async () => {
    const failing = { openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) };
    const open = createOpenExternal(failing as unknown as Shell, ['data.gov.rs']);
    expect(open('https://data.gov.rs/')).toBe(true);
    expect(open('https://evil.com/')).toBe(false);
    await Promise.resolve();
    expect(failing.openExternal).toHaveBeenCalledTimes(1);
  });
});
