import type { Session, WebContents } from 'electron';

/**
 * The page never leaves the app: it cannot navigate (links, `location =`, form posts, redirects),
 * cannot open windows and cannot host `<webview>`. Our own `loadURL` is programmatic and does not
 * raise these events, so the first load is unaffected.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** For webContents we did not create ourselves: no popups and no `<webview>`, whatever they are. */
export function hardenForeignWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * A point-of-sale screen needs no camera, microphone, location, notifications, HID/USB/serial or
 * clipboard-read: every request and every check is refused. Printing and the save dialog go through
 * main, not through web permissions.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
