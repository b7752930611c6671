import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHANNEL_NAMES,
  ok,
  type EventName,
  type JobProgress,
  type Result,
} from '../../../shared/contract';
import type { HandlerContext, HandlerMap } from '../../../electron/backend/handlers/types';
import { registerIpc, type IpcBackend } from '../../../electron/main/ipc';

type IpcListener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<Result<unknown>>;

class FakeIpcMain {
  readonly handlers = new Map<string, IpcListener>();
  readonly handle = vi.fn((channel: string, listener: IpcListener) => {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  call(channel: string, event: unknown, payload: unknown): Promise<Result<unknown>> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event as IpcMainInvokeEvent, payload);
  }
}

function fakeWindow() {
  const webContents = { id: 7, send: vi.fn(), isDestroyed: vi.fn(() => false) };
  return {
    webContents,
    isDestroyed: vi.fn(() => false),
  };
}
type FakeWindow = ReturnType<typeof fakeWindow>;

const info = { name: 'Otvori', version: '0.1.0', host: 'electron', dataDir: '/d' } as const;
const progress: JobProgress = { jobId: 'job-1', phase: 'reading', done: 10, total: 100 };

function fakeBackend() {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [channel, vi.fn(async () => ok({}))]),
  ) as unknown as Record<string, ReturnType<typeof vi.fn>>;
  handlers['app:app:info'] = vi.fn(async () => ok(info));
  const context: HandlerContext = {
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
  };
  const backend = {
    handlers: handlers as unknown as HandlerMap,
    context,
    subscribe: vi.fn((listener: (event: EventName, payload: unknown) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
  };
  return { backend: backend satisfies IpcBackend, handlers, listeners };
}

let ipcMain: FakeIpcMain;
let window: FakeWindow | null;
let backend: ReturnType<typeof fakeBackend>;
let dispose: () => void;

function trustedEvent(overrides: Record<string, unknown> = {}) {
  return {
    sender: window?.webContents,
    senderFrame: { url: 'app://otvori/index.html', parent: null },
    ...overrides,
  };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  ipcMain = new FakeIpcMain();
  window = fakeWindow();
  backend = fakeBackend();
  dispose = registerIpc(
    ipcMain as unknown as IpcMain,
    backend.backend,
    () => window as unknown as BrowserWindow | null,
  );
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('passes a valid request from the app window to its handler and returns its Result', async () => {
    const result = await ipcMain.call('app:app:info', trustedEvent(), {});
    expect(result).toEqual({ ok: true, value: info });
    expect(backend.handlers['app:app:info']).toHaveBeenCalledExactlyOnceWith(
      {},
      backend.backend.context,
    );
  });

  it('validates the payload before the handler runs', async () => {
    const result = await ipcMain.call('app:workbook:rows', trustedEvent(), {
      workbookId: '../../etc',
      offset: -1,
      limit: 10_000_000,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(backend.handlers['app:workbook:rows']).not.toHaveBeenCalled();
  });

  it.each([
    ['a spoofed origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a look-alike origin', { senderFrame: { url: 'app://otvori.evil/index.html', parent: null } }],
    ['a file:// page', { senderFrame: { url: 'file:///tmp/index.html', parent: null } }],
    ['a missing senderFrame', { senderFrame: null }],
    ['an undefined senderFrame', { senderFrame: undefined }],
    ['a subframe of the app', { senderFrame: { url: 'app://otvori/x.html', parent: {} } }],
    ['another web-contents', { sender: { id: 99 } }],
    ['a sender without an id', { sender: {} }],
    ['no sender at all', { sender: undefined }],
  ])('answers FORBIDDEN to %s without calling the handler', async (_label, overrides) => {
    const result = await ipcMain.call('app:app:info', trustedEvent(overrides), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(backend.handlers['app:app:info']).not.toHaveBeenCalled();
  });

  it('answers FORBIDDEN, never throws, when the frame was disposed mid-call', async () => {
    const event = {
      sender: window?.webContents,
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    await expect(ipcMain.call('app:app:info', event, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('answers FORBIDDEN when the window is gone', async () => {
    const event = trustedEvent();
    window = null;
    const result = await ipcMain.call('app:app:info', event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('turns a throwing handler into an INTERNAL Result', async () => {
    backend.handlers['app:recent:list']?.mockImplementationOnce(async () => {
      throw new Error('boom with C:\\Users\\clerk\\secret.xlsx');
    });
    const result = await ipcMain.call('app:recent:list', trustedEvent(), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret.xlsx');
  });

  it('forwards backend events to a live window', () => {
    backend.backend.context.emit('app:job:progress', progress);
    expect(window?.webContents.send).toHaveBeenCalledExactlyOnceWith('app:job:progress', progress);
  });

  it('drops events when the window or its contents are destroyed, or absent', () => {
    const current = window;
    if (current === null) throw new Error('window expected');
    current.isDestroyed.mockReturnValue(true);
    backend.backend.context.emit('app:job:progress', progress);
    current.isDestroyed.mockReturnValue(false);
    current.webContents.isDestroyed.mockReturnValue(true);
    backend.backend.context.emit('app:job:progress', progress);
    window = null;
    expect(() => backend.backend.context.emit('app:job:progress', progress)).not.toThrow();
    expect(current.webContents.send).not.toHaveBeenCalled();
  });

  it('does not forward event names outside the contract', () => {
    for (const listener of backend.listeners) listener('app:evil' as EventName, {});
    expect(window?.webContents.send).not.toHaveBeenCalled();
  });

  it('disposes: handlers removed and events no longer forwarded', () => {
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(CHANNEL_NAMES.length);
    expect(backend.listeners.size).toBe(0);
    backend.backend.context.emit('app:job:progress', progress);
    expect(window?.webContents.send).not.toHaveBeenCalled();
  });
});
