/**
 * The IPC adapter: one `ipcMain.handle` per contract channel, registered by a loop, each
 * checking who is asking before the shared dispatch validates and runs the handler
 * (architecture.md §3, §8). Handlers answer with Result values; nothing here throws, because
 * Electron would forward only a thrown error's message and lose the error code.
 */
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  CHANNEL_NAMES,
  fail,
  isEventName,
  type EventName,
  type Result,
} from '../../shared/contract';
import type { Backend } from '../backend/backend';
import { dispatch } from '../backend/contract/dispatch';
import { isAppOrigin } from './security/trusted-url';

/** What the adapter needs of the backend. */
export type IpcBackend = Pick<Backend, 'handlers' | 'context' | 'subscribe'>;

export type GetWindow = () => BrowserWindow | null;

type SenderCheck = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Only the top frame of the main window, showing the app's own page, may call the backend.
 * Answers a page that navigated elsewhere (guards should prevent it), a subframe, another
 * web-contents (DevTools extension, a future popup), and a frame disposed mid-call, whose
 * `senderFrame` is null or throws on access.
 */
export function isTrustedSender(event: SenderCheck, getWindow: GetWindow): boolean {
  try {
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return false;
    if (frame.parent !== null) return false;
    if (!isAppOrigin(frame.url)) return false;
    const window = getWindow();
    // Compared by id: the id names the web-contents, whatever JS wrapper carries it.
    return window !== null && !window.isDestroyed() && event.sender.id === window.webContents.id;
  } catch {
    return false;
  }
}

/** Sends an event to the main window if it is still alive; events to a closed window are dropped. */
function sendToWindow(getWindow: GetWindow, event: EventName, payload: unknown): void {
  if (!isEventName(event)) return;
  const window = getWindow();
  if (window === null || window.isDestroyed() || window.webContents.isDestroyed()) return;
  window.webContents.send(event, payload);
}

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  backend: IpcBackend,
  getWindow: GetWindow,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event, getWindow)) {
        console.warn(`[otvori] refused ${channel} from an untrusted sender`);
        return fail('FORBIDDEN', `Channel ${channel} refused: the sender is not the app window`);
      }
      try {
        return await dispatch(backend.handlers, channel, payload, backend.context);
      } catch (error) {
        return fail(
          'INTERNAL',
          `Dispatch of ${channel} failed (${error instanceof Error ? error.name : typeof error})`,
        );
      }
    });
  }

  // Handlers emit through backend.context; every event reaches the window through this one
  // subscription, so nothing is sent twice.
  const unsubscribe = backend.subscribe((event, payload) => {
    sendToWindow(getWindow, event, payload);
  });

  return () => {
    unsubscribe();
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}
