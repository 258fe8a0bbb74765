// The Electron main process: window, app:// protocol, security settings and the one IPC channel
// to the dispatcher. Thin by design: all behaviour lives in main/core (DESIGN §2, §7).
import {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createDispatcher, type Dispatcher } from '../core/dispatcher';
import { openWorkspaceOrDemo } from '../core/open';
import { INVOKE_CHANNEL } from './channel';

const APP_ORIGIN = 'app://renderer';
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};
/** The only external addresses the app may open in the system browser. */
const EXTERNAL_ALLOW_LIST = ['https://www.un.org/securitycouncil/ctc/'];

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function serveRenderer(request: Request): Promise<Response> | Response {
  const url = new URL(request.url);
  if (url.host !== 'renderer') return new Response('Not found', { status: 404 });
  const relative =
    normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '') || 'index.html';
  const file = join(RENDERER_DIR, relative);
  if (!file.startsWith(RENDERER_DIR + sep)) return new Response('Not found', { status: 404 });
  return readFile(file).then(
    (body) =>
      new Response(new Uint8Array(body), {
        headers: {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CSP,
        },
      }),
    () => new Response('Not found', { status: 404 }),
  );
}

/** Only our own page, in our own top frame, may call the backend. */
function fromOwnFrame(event: IpcMainInvokeEvent, window: BrowserWindow): boolean {
  const frame = event.senderFrame;
  return (
    event.sender === window.webContents &&
    frame !== null &&
    frame === window.webContents.mainFrame &&
    new URL(frame.url).origin === APP_ORIGIN
  );
}

function createWindow(dispatcher: Dispatcher): void {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'CTED Visit Planner',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown, user: unknown) => {
    if (!fromOwnFrame(event, window))
      return {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Refused a call from an unknown page.' },
      };
    if (typeof method !== 'string' || (user !== null && typeof user !== 'string')) {
      return { ok: false, error: { code: 'VALIDATION', message: 'Malformed call.' } };
    }
    return dispatcher.call(method, input, { user });
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (EXTERNAL_ALLOW_LIST.some((prefix) => url.startsWith(prefix))) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== APP_ORIGIN) event.preventDefault();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

void app.whenReady().then(() => {
  protocol.handle('app', serveRenderer);
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
  const dbArg = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
  const ws = openWorkspaceOrDemo(dbArg, Date.now, {
    dataDir: app.getPath('userData'),
    nativeBinding: process.env.CTED_SQLITE_BINDING,
  });
  createWindow(createDispatcher(ws));
  app.on('window-all-closed', () => {
    ws.close();
    app.quit();
  });
});
