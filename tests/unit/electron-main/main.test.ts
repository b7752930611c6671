/**
 * The composition root with a fake `electron` and a fake backend: the order of startup steps
 * (privileged scheme and guards before ready; protocol, backend, IPC, then the window), the
 * single-instance lock, quitting, and closing the backend before the process exits.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/contract';

const fakes = vi.hoisted(() => ({ current: null as unknown as Record<string, unknown> }));

// Getters, so each test's fresh fakes are seen even if the mocked module object is cached.
vi.mock('electron', () => {
  const names = [
    'app',
    'BrowserWindow',
    'protocol',
    'ipcMain',
    'dialog',
    'shell',
    'safeStorage',
    'session',
  ];
  return Object.defineProperties(
    {},
    Object.fromEntries(
      names.map((name) => [name, { enumerable: true, get: () => fakes.current[name] }]),
    ),
  );
});
vi.mock('../../../electron/backend/backend', () => ({
  createBackend: (...args: unknown[]) =>
    (fakes.current['createBackend'] as (...a: unknown[]) => unknown)(...args),
}));

class FakeWindow extends EventEmitter {
  static instances: FakeWindow[] = [];
  readonly webContents = { send: vi.fn(), isDestroyed: () => false };
  readonly loadURL = vi.fn(async () => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => true);
  destroyed = false;
  constructor(readonly options: { webPreferences: { preload: string } }) {
    super();
    FakeWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

function makeFakes(options: { lock?: boolean; backendFails?: boolean } = {}) {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const steps: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => {
      steps.push('lock');
      return options.lock ?? true;
    }),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(() => steps.push('enableSandbox')),
    whenReady: vi.fn(() => ready),
    getVersion: vi.fn(() => '9.9.9'),
    getPath: vi.fn((name: string) => path.join(tmp, `electron-${name}`)),
    setPath: vi.fn(),
  });
  const backend = {
    handlers: Object.fromEntries(CHANNEL_NAMES.map((c) => [c, vi.fn()])),
    context: { emit: vi.fn() },
    subscribe: vi.fn(() => () => undefined),
    close: vi.fn(async () => undefined),
  };
  FakeWindow.instances = [];
  return {
    steps,
    markReady,
    backend,
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => steps.push('registerScheme')),
      handle: vi.fn(() => steps.push('protocol.handle')),
    },
    ipcMain: { handle: vi.fn(() => steps.push('ipc')), removeHandler: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn((text: string) => Buffer.from(text)),
      decryptString: vi.fn((data: Buffer) => data.toString()),
    },
    session: { defaultSession: { resolveProxy: vi.fn(async () => 'DIRECT'), setProxy: vi.fn() } },
    createBackend: vi.fn(async () => {
      steps.push('createBackend');
      if (options.backendFails) throw new Error('SQLITE_CANTOPEN');
      return backend;
    }),
  };
}

type Fakes = ReturnType<typeof makeFakes>;

async function boot(options: Parameters<typeof makeFakes>[0] = {}): Promise<Fakes> {
  const current = makeFakes(options);
  fakes.current = current as unknown as Record<string, unknown>;
  vi.resetModules();
  await import('../../../electron/main/main');
  return current;
}

async function bootReady(options: Parameters<typeof makeFakes>[0] = {}): Promise<Fakes> {
  const current = await boot(options);
  current.markReady();
  await vi.waitFor(() => {
    expect(current.createBackend).toHaveBeenCalled();
  });
  await new Promise((resolve) => setImmediate(resolve));
  return current;
}

const savedDataDir = process.env['OTVORI_DATA_DIR'];
// main.ts creates the data folder for real: keep it inside a temp folder.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'otvori-main-'));
const overrideDir = path.join(tmp, 'override-data');

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  delete process.env['OTVORI_DATA_DIR'];
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  if (savedDataDir === undefined) delete process.env['OTVORI_DATA_DIR'];
  else process.env['OTVORI_DATA_DIR'] = savedDataDir;
});

describe('main: before ready', () => {
  it('quits at once when another instance holds the lock', async () => {
    const f = await boot({ lock: false });
    expect(f.app.quit).toHaveBeenCalledTimes(1);
    expect(f.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(f.app.whenReady).not.toHaveBeenCalled();
  });

  it('sandboxes all renderers, privileges app:// and installs guards before ready', async () => {
    const f = await boot();
    expect(f.steps).toEqual(['lock', 'enableSandbox', 'registerScheme']);
    expect(f.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(f.app.listenerCount('web-contents-created')).toBe(1);
    expect(f.createBackend).not.toHaveBeenCalled();
    expect(FakeWindow.instances).toHaveLength(0);
  });

  it('keeps Chromium data beside the database', async () => {
    const f = await boot();
    expect(f.app.setPath).toHaveBeenCalledWith('sessionData', expect.stringContaining('chromium'));
    expect(f.app.setPath).not.toHaveBeenCalledWith('userData', expect.anything());
  });
});

describe('main: on ready', () => {
  it('serves app://, then creates the backend, then IPC, then the window', async () => {
    const f = await bootReady();
    const order = f.steps.filter((s, i, all) => s !== 'ipc' || all.indexOf('ipc') === i);
    expect(order.slice(3)).toEqual(['protocol.handle', 'createBackend', 'ipc']);
    expect(f.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(f.ipcMain.handle).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
    expect(FakeWindow.instances).toHaveLength(1);
    expect(FakeWindow.instances[0]?.options.webPreferences.preload).toMatch(/preload\.cjs$/u);
  });

  it('creates the backend as the electron host with the app version and a local data dir', async () => {
    process.env['OTVORI_DATA_DIR'] = overrideDir;
    const f = await bootReady();
    expect(f.createBackend).toHaveBeenCalledTimes(1);
    const [options] = f.createBackend.mock.calls[0] as unknown as [
      {
        host: { kind: string; version: string; dataDir: string };
        files: object;
        workerFile: string;
      },
    ];
    expect(options.host).toEqual({ kind: 'electron', version: '9.9.9', dataDir: overrideDir });
    expect(options.workerFile).toMatch(/reader-worker\.mjs$/u);
    expect(Object.keys(options.files).sort()).toEqual(['pickFile', 'register', 'resolve', 'save']);
    // A separate data dir is a separate instance: the lock follows userData.
    expect(f.app.setPath).toHaveBeenCalledWith('userData', overrideDir);
  });

  it('gives the backend the safeStorage secret store and the session proxy resolver', async () => {
    const f = await bootReady();
    const [options] = f.createBackend.mock.calls[0] as unknown as [
      {
        secrets: { protection: string };
        resolveProxy: (url: string) => Promise<string>;
      },
    ];
    expect(options.secrets.protection).toBe('os-keychain');
    await expect(options.resolveProxy('https://data.gov.rs/')).resolves.toBe('DIRECT');
    expect(f.session.defaultSession.resolveProxy).toHaveBeenCalledWith('https://data.gov.rs/');
  });

  it('uses Electron userData off Windows when nothing overrides it', async () => {
    if (process.platform === 'win32') return;
    const f = await bootReady();
    const [options] = f.createBackend.mock.calls[0] as unknown as [{ host: { dataDir: string } }];
    expect(options.host.dataDir).toBe(path.join(tmp, 'electron-userData'));
  });

  it('focuses the existing window when a second instance starts', async () => {
    const f = await bootReady();
    f.app.emit('second-instance');
    const window = FakeWindow.instances[0];
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
    expect(FakeWindow.instances).toHaveLength(1);
  });

  it('shows an error and exits with 1 when the backend cannot start', async () => {
    const f = await boot({ backendFails: true });
    f.markReady();
    await vi.waitFor(() => {
      expect(f.app.exit).toHaveBeenCalledWith(1);
    });
    expect(f.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    expect(FakeWindow.instances).toHaveLength(0);
  });
});

describe('main: quitting', () => {
  it('quits when the window is closed', async () => {
    const f = await bootReady();
    f.app.emit('window-all-closed');
    expect(f.app.quit).toHaveBeenCalledTimes(1);
  });

  it('closes the backend and removes IPC handlers before the process exits', async () => {
    const f = await bootReady();
    const first = { preventDefault: vi.fn() };
    f.app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalledTimes(1);
    expect(f.ipcMain.removeHandler).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
    await vi.waitFor(() => {
      expect(f.app.quit).toHaveBeenCalledTimes(1);
    });
    expect(f.backend.close).toHaveBeenCalledTimes(1);
    // The second will-quit (from that app.quit) lets the process go.
    const second = { preventDefault: vi.fn() };
    f.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(f.backend.close).toHaveBeenCalledTimes(1);
  });

  it('still quits when closing the backend fails', async () => {
    const f = await bootReady();
    f.backend.close.mockRejectedValueOnce(new Error('disk gone'));
    f.app.emit('will-quit', { preventDefault: vi.fn() });
    await vi.waitFor(() => {
      expect(f.app.quit).toHaveBeenCalledTimes(1);
    });
  });
});
