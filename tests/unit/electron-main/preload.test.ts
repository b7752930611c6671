import type { EventEmitter } from 'node:events';
import { beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import {
  CHANNEL_NAMES,
  type Channel,
  type JobProgress,
  type OtvoriApi,
} from '../../../shared/contract';

interface FakeElectron {
  readonly ipcRenderer: EventEmitter & {
    invoke: Mock<(channel: string, ...args: unknown[]) => Promise<unknown>>;
  };
  readonly contextBridge: { exposeInMainWorld: Mock<(key: string, value: unknown) => void> };
}

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    ipcRenderer: Object.assign(new Emitter(), { invoke: vi.fn() }),
    contextBridge: { exposeInMainWorld: vi.fn() },
  };
});

let electron: FakeElectron;
/** What the preload handed to contextBridge when it loaded, before any test ran. */
let exposeCalls: [string, unknown][];
type ExposedApi = OtvoriApi & { readonly host: string };
let api: ExposedApi;

beforeAll(async () => {
  electron = (await import('electron')) as unknown as FakeElectron;
  await import('../../../electron/preload/preload');
  exposeCalls = [...electron.contextBridge.exposeInMainWorld.mock.calls];
  api = exposeCalls[0]?.[1] as ExposedApi;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
  electron.ipcRenderer.removeAllListeners();
});

const progress: JobProgress = { jobId: 'job-1', phase: 'parsing', done: 5, total: 10 };

describe('preload', () => {
  it('exposes one object, window.otvori, with exactly invoke, subscribe and host', () => {
    expect(exposeCalls.map(([key]) => key)).toEqual(['otvori']);
    expect(Object.keys(api).sort()).toEqual(['host', 'invoke', 'subscribe']);
    expect(api.host).toBe('electron');
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.subscribe).toBe('function');
  });

  it('never exposes ipcRenderer or anything that reaches it', () => {
    const values = Object.values(api) as unknown[];
    expect(values).not.toContain(electron.ipcRenderer);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|send|on\b|emit/iu);
  });

  it.each(CHANNEL_NAMES)(
    'invokes %s over IPC with the same channel and request',
    async (channel) => {
      electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { channel } });
      const result = await api.invoke(channel, {} as never);
      expect(result).toEqual({ ok: true, value: { channel } });
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, {});
    },
  );

  it.each([
    'app:evil:run',
    'app:app:info ',
    'APP:APP:INFO',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'toString',
    '',
    42,
    null,
    { toString: () => 'app:app:info' },
  ])('refuses the unknown channel %j without touching IPC', async (channel) => {
    const result = await api.invoke(channel as Channel, {} as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC failure into an INTERNAL Result instead of a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'x'"));
    await expect(api.invoke('app:app:info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('delivers event payloads without the IpcRendererEvent', () => {
    const listener = vi.fn();
    api.subscribe('app:job:progress', listener);
    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0, ports: [] };
    electron.ipcRenderer.emit('app:job:progress', ipcEvent, progress);
    expect(listener).toHaveBeenCalledExactlyOnceWith(progress);
    expect(listener.mock.calls[0]).not.toContain(ipcEvent);
  });

  it('unsubscribes, and unsubscribing twice is harmless', () => {
    const listener = vi.fn();
    const other = vi.fn();
    const unsubscribe = api.subscribe('app:job:progress', listener);
    api.subscribe('app:job:progress', other);
    unsubscribe();
    unsubscribe();
    electron.ipcRenderer.emit('app:job:progress', {}, progress);
    expect(listener).not.toHaveBeenCalled();
    expect(other).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.listenerCount('app:job:progress')).toBe(1);
  });

  it.each(['app:evil', 'app:app:info', '__proto__', 42])(
    'ignores a subscription to the unknown event %j',
    (event) => {
      const unsubscribe = api.subscribe(event as 'app:job:progress', vi.fn());
      expect(typeof unsubscribe).toBe('function');
      expect(() => unsubscribe()).not.toThrow();
      expect(electron.ipcRenderer.eventNames()).toEqual([]);
    },
  );

  it('ignores a listener that is not a function', () => {
    api.subscribe('app:job:progress', 'alert(1)' as never);
    expect(electron.ipcRenderer.listenerCount('app:job:progress')).toBe(0);
  });
});
