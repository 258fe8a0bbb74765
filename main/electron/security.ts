// Every Electron security setting of the desktop shell, in one place (DESIGN §7 and the Electron
// security checklist). Pure: it imports Electron's types only, so test/unit checks each rule
// without the Electron runtime; main.ts applies them to the real window, session and IPC.
import type { CustomScheme, WebPreferences } from 'electron';
import { isAbsolute, join, normalize, relative } from 'node:path';

/** The renderer is served from app://renderer/ (a custom protocol, never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The page's Content-Security-Policy, sent with every app:// response: only the app's own
 * scripts (no inline script, no eval), no plugins, no <base>, no framing by others, no forms
 * posted anywhere. Inline styles stay allowed for the charts' style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers sent with every file of the renderer. */
export function rendererResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/**
 * app:// behaves as a secure standard scheme (origin, relative URLs, fetch), and gains nothing
 * else: it does not bypass the CSP, registers no service worker, and is not CORS-enabled.
 */
export const APP_SCHEME_REGISTRATION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    bypassCSP: false,
    allowServiceWorkers: false,
    corsEnabled: false,
    stream: false,
  },
};

/**
 * The main window's webPreferences: isolated, sandboxed, no Node in any frame or worker, web
 * security on, no insecure content, no experimental or Blink features, no <webview>; developer
 * tools only in development.
 */
export function secureWebPreferences(
  preload: string,
  options: { packaged: boolean },
): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: !options.packaged,
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether a URL is one of the app's own pages. Node's URL gives a non-special scheme the origin
 * "null", so the scheme and host are compared instead (Chromium sends them lower-cased).
 */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.host === APP_HOST &&
    u.username === '' &&
    u.password === ''
  );
}

/**
 * Where a frame may go. The top frame: only the app's own pages. A subframe: the app's pages and
 * `about:srcdoc` (the review pack's preview is an <iframe srcdoc>, sandboxed without scripts).
 */
export function isNavigationAllowed(url: string, isMainFrame: boolean): boolean {
  if (isAppUrl(url)) return true;
  return !isMainFrame && url === 'about:srcdoc';
}

/** The only external addresses the app may open, in the system browser, never in the app. */
export const EXTERNAL_ALLOW_LIST: readonly string[] = ['https://www.un.org/securitycouncil/ctc/'];

/** Whether an address is under one of the allow-list's prefixes, compared once parsed. */
export function isAllowedExternal(url: string): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username !== '' || u.password !== '') return false;
  return EXTERNAL_ALLOW_LIST.some((prefix) => {
    const allowed = new URL(prefix);
    return u.origin === allowed.origin && u.pathname.startsWith(allowed.pathname);
  });
}

/** A new window is never opened; an allowed external address goes to the system browser. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isAllowedExternal(url) };
}

/** What the navigation events give their listeners (a subset of Electron's event objects). */
export interface NavigationEvent {
  url: string;
  isMainFrame: boolean;
  preventDefault(): void;
}

/** The part of a WebContents that hardenWebContents uses. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The events that start or redirect a navigation; each is limited to the app's own pages. */
export const NAVIGATION_EVENTS = ['will-navigate', 'will-redirect', 'will-frame-navigate'] as const;

/**
 * Limits navigation in every frame to the app's own pages (including server redirects), denies
 * every new window (opening allowed external addresses in the system browser instead) and
 * refuses any <webview>.
 */
export function hardenWebContents(
  contents: GuardedContents,
  openExternal: (url: string) => void,
): void {
  const guard = (event: NavigationEvent) => {
    if (!isNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) openExternal(url);
    return { action: decision.action };
  });
}

/** The part of a Session that hardenSession uses. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: unknown,
      callback: (granted: boolean) => void,
    ) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

/** The app needs no permission at all: every request and check is refused. */
export function hardenSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** What an IPC event tells about its sender (a subset of IpcMainInvokeEvent). */
export interface IpcSender {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * Only the app's own page, in the main window's top frame, may call the backend: the sender is
 * that window's WebContents, the frame still exists, has no parent, and shows an app:// page.
 */
export function isTrustedSender(event: IpcSender, windowContents: unknown): boolean {
  const frame = event.senderFrame;
  return (
    windowContents !== null &&
    windowContents !== undefined &&
    event.sender === windowContents &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}

/**
 * The file of the renderer an app:// URL names, or null when it names anything else (another
 * host, a path outside the renderer folder, bad percent-encoding, a NUL byte).
 */
export function rendererFileFor(url: string, rendererDir: string): string | null {
  const u = parse(url);
  if (!u || !isAppUrl(url)) return null;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const relativePath = normalize(path).replace(/^[/\\]+/, '') || 'index.html';
  const file = join(rendererDir, relativePath);
  const inside = relative(rendererDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}
