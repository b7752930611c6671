/**
 * Guards installed on every web-contents the app ever creates, before any page loads: the app
 * shows its own `app://otvori` page and nothing else (architecture.md §8). A renderer tricked
 * by a crafted cell value or file name must not navigate away, open windows, embed a webview,
 * or get camera, microphone, geolocation, notification or device access.
 */
import type { App, Session, WebContents } from 'electron';
import type { OpenExternal } from './open-external';
import { isAppOrigin } from './trusted-url';

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

export function installWebContentsGuards(app: Pick<App, 'on'>, openExternal: OpenExternal): void {
  const guardedSessions = new WeakSet<GuardedSession>();

  app.on('web-contents-created', (_event, contents) => {
    guardContents(contents, openExternal);
    const session: GuardedSession = contents.session;
    if (!guardedSessions.has(session)) {
      guardedSessions.add(session);
      denyAllPermissions(session);
    }
  });
}

function guardContents(contents: WebContents, openExternal: OpenExternal): void {
  // Top-level navigation away from the app (a link, `location = …`, a form): the page would
  // keep the preload's API under a foreign origin. An allow-listed link opens in the browser.
  contents.on('will-navigate', (event) => {
    if (isAppOrigin(event.url)) return;
    event.preventDefault();
    openExternal(event.url);
  });
  // A server redirect cannot come from app://, but a redirect chain must never leave it either.
  contents.on('will-redirect', (event) => {
    if (!isAppOrigin(event.url)) event.preventDefault();
  });
  // Subframes: CSP already forbids frames; this covers a CSP mistake.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppOrigin(event.url)) event.preventDefault();
  });
  // window.open and target=_blank: never a new Electron window (it would get a fresh
  // web-contents with defaults chosen by the opener); allow-listed https goes to the browser.
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
  // <webview> can load arbitrary content with its own preferences.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

function denyAllPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
