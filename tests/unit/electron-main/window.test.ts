import { EventEmitter } from 'node:events';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/main/window';

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly show = vi.fn();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}

function create(devTools?: boolean): FakeBrowserWindow {
  FakeBrowserWindow.created = [];
  const Ctor = FakeBrowserWindow as unknown as typeof BrowserWindow;
  const window =
    devTools === undefined
      ? createMainWindow(Ctor, '/app/dist/electron/preload.cjs')
      : createMainWindow(Ctor, '/app/dist/electron/preload.cjs', { devTools });
  expect(FakeBrowserWindow.created).toHaveLength(1);
  return window as unknown as FakeBrowserWindow;
}

describe('createMainWindow', () => {
  it('hardens every webPreference', () => {
    const prefs = create().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    });
    // Nothing that would loosen the sandbox sneaks in.
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs).not.toHaveProperty('session');
  });

  it('uses the given preload bundle', () => {
    expect(create().options.webPreferences?.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('keeps DevTools off unless asked (packaged builds)', () => {
    expect(create().options.webPreferences?.devTools).toBe(false);
    expect(create(true).options.webPreferences?.devTools).toBe(true);
  });

  it('is hidden until ready-to-show, then shown once', () => {
    const window = create();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('has a title, a background colour and sensible sizes', () => {
    const { options } = create();
    expect(options.title).toBe('Otvori');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/iu);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });

  it('loads the app page over app://, never file://', () => {
    const window = create();
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://otvori/index.html');
  });

  it('logs instead of crashing when the page fails to load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    FakeBrowserWindow.created = [];
    const Ctor = class extends FakeBrowserWindow {
      override readonly loadURL = vi.fn(async () => {
        throw new Error('ERR_FILE_NOT_FOUND');
      });
    } as unknown as typeof BrowserWindow;
    createMainWindow(Ctor, '/p.cjs');
    await vi.waitFor(() => {
      expect(error).toHaveBeenCalledWith(expect.stringContaining('ERR_FILE_NOT_FOUND'));
    });
    error.mockRestore();
  });
});
