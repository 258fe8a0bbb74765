// The Electron main process: one window, the app:// protocol, the security settings of
// security.ts, the IPC channels to the sign-in gate and through it the dispatcher (the main process
// holds each window's session: the renderer never names a user), and what desktop users expect (one instance,
// File → Open / New workspace, recent workspaces, the window where it was, the key of an encrypted
// workspace: key-prompt.ts). Thin by design: all behaviour lives in main/core (DESIGN §2, §7); the
// pure parts are in security.ts, recent.ts, window-state.ts, menu.ts and workspace-key.ts, tested
// in test/unit.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ApiResult, ErrorCode } from '../../shared/api/contract';
import { Gate } from '../core/auth/gate';
import { createDispatcher } from '../core/dispatcher';
import { openWorkspace, type Workspace } from '../core/db/workspace';
import { openWorkspaceOrDemo } from '../core/open';
import { hashPassphrase } from '../core/auth/passphrase';
import { openPack, packSigner, packTeam, PACK_EXTENSION } from '../core/field/pack';
import { INVOKE_CHANNEL, SESSION_CHANNEL } from './channel';
import { WorkspaceKeys } from './key-prompt';
import { applicationMenuTemplate } from './menu';
import {
  addRecent,
  parseRecent,
  RECENT_FILE_NAME,
  removeRecent,
  samePath,
  serializeRecent,
} from './recent';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_REGISTRATION,
  EXTERNAL_ALLOW_LIST,
  hardenSession,
  hardenWebContents,
  isAllowedExternal,
  isTrustedSender,
  rendererFileFor,
  rendererResponseHeaders,
  secureWebPreferences,
} from './security';
import { KEY_STORE_FILE_NAME } from './workspace-key';
import {
  parseWindowState,
  placeWindow,
  serializeWindowState,
  WINDOW_STATE_FILE_NAME,
} from './window-state';

const PRODUCT_NAME = 'CTED Visit Planner';
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');
const WORKSPACE_FILTERS = [
  { name: 'CTED workspace', extensions: ['sqlite'] },
  { name: 'All files', extensions: ['*'] },
];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);

// ---------------------------------------------------------------------------------------------
// Small JSON files in userData (recent workspaces, window state).

function userFile(name: string): string {
  return join(app.getPath('userData'), name);
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Written beside and renamed, so that a crash never leaves half a file. */
function writeText(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.tmp`, text);
    renameSync(`${path}.tmp`, path);
  } catch {
    // Remembering is a convenience: failing to write it must not stop the app.
  }
}

const recentOptions = { platform: process.platform };
let recent: string[] = [];

function saveRecent(list: string[]): void {
  recent = list;
  writeText(userFile(RECENT_FILE_NAME), serializeRecent(recent));
  refreshMenu();
  if (process.platform !== 'linux') {
    app.clearRecentDocuments();
    for (const path of [...recent].reverse()) app.addRecentDocument(path);
  }
}

// ---------------------------------------------------------------------------------------------
// The SQLite binding. Packaged: node_modules/better-sqlite3-multiple-ciphers, built for Electron
// at packaging.
// Development (`npm start`): the Electron build that scripts/start-electron.mjs keeps beside the
// project, at a fixed place: never a path from the environment (anyone setting it could make the
// app load their own native code).

function developmentBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const binding = join(
    app.getAppPath(),
    '.electron-native',
    process.versions.electron ?? '',
    'better-sqlite3-multiple-ciphers',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  return existsSync(binding) ? binding : undefined;
}

// ---------------------------------------------------------------------------------------------
// The workspace and its dispatcher; File → Open / New replaces them.

let current: { ws: Workspace; gate: Gate } | null = null;
let mainWindow: BrowserWindow | null = null;
/** Each window's session id (by its WebContents id), as the gate gave it; never sent to the page. */
const sessions = new Map<number, string>();

function use(ws: Workspace): void {
  const previous = current;
  current = { ws, gate: new Gate(ws, createDispatcher(ws)) };
  // A new workspace is signed in to afresh.
  sessions.clear();
  previous?.ws.close();
  mainWindow?.setTitle(windowTitle());
}

function windowTitle(): string {
  return current ? `${basename(current.ws.path)} — ${PRODUCT_NAME}` : PRODUCT_NAME;
}

/** Encrypted workspaces' keys: asked for in a prompt, remembered only when the user says so. */
const workspaceKeys = new WorkspaceKeys({
  preload: PRELOAD,
  packaged: app.isPackaged,
  parent: () => mainWindow,
  readStore: () => readText(userFile(KEY_STORE_FILE_NAME)),
  writeStore: (text) => writeText(userFile(KEY_STORE_FILE_NAME), text),
  changed: () => refreshMenu(),
});

/**
 * Opens (or creates) a workspace, asking for its key if it is encrypted (or, new, whether to
 * encrypt it); on failure the current one stays and the user is told why.
 */
async function switchWorkspace(path: string, create: boolean): Promise<void> {
  if (current && samePath(resolve(current.ws.path), path, process.platform)) return;
  const openAt = (key: string | undefined) =>
    openWorkspace(path, { create, key, nativeBinding: developmentBinding() });
  let ws: Workspace | null;
  try {
    ws = create ? await workspaceKeys.create(path, openAt) : await workspaceKeys.open(path, openAt);
    if (!ws) return; // cancelled
  } catch (e) {
    if (!create && !existsSync(path)) saveRecent(removeRecent(recent, path, recentOptions));
    dialog.showErrorBox(
      create ? 'The workspace could not be created' : 'The workspace could not be opened',
      `${(e as Error).message}\n\nThe workspace you were using is still open.`,
    );
    return;
  }
  use(ws);
  saveRecent(addRecent(recent, path, recentOptions));
  // The page starts again on the new workspace, so that nothing of the previous one stays shown.
  void mainWindow?.loadURL(APP_ENTRY_URL);
}

async function chooseWorkspaceToOpen(): Promise<void> {
  const options = {
    title: 'Open a workspace',
    properties: ['openFile'] as Array<'openFile'>,
    filters: WORKSPACE_FILTERS,
  };
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (!result.canceled && path) await switchWorkspace(path, false);
}

async function chooseNewWorkspace(): Promise<void> {
  const options = {
    title: 'New workspace',
    defaultPath: join(app.getPath('documents'), 'workspace.sqlite'),
    filters: WORKSPACE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
  const result = mainWindow
    ? await dialog.showSaveDialog(mainWindow, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return;
  if (existsSync(result.filePath)) {
    dialog.showErrorBox(
      'The workspace could not be created',
      `${result.filePath} already exists. Choose File → Open workspace to open it, or another name.`,
    );
    return;
  }
  await switchWorkspace(result.filePath, true);
}

/** Asks a question with buttons; the index of the one chosen. */
async function choose(options: Electron.MessageBoxOptions): Promise<number> {
  const { response } = mainWindow
    ? await dialog.showMessageBox(mainWindow, options)
    : await dialog.showMessageBox(options);
  return response;
}

/**
 * File → Open visit pack…: the pack, its signer shown to compare with what HQ gave, its
 * passphrase, the team member who signs in (with the pack passphrase at first), then the new
 * field workspace, always encrypted (main/core/field/pack.ts checks everything before a file
 * exists).
 */
async function openVisitPack(): Promise<void> {
  const failed = (e: unknown) =>
    dialog.showErrorBox(
      'The visit pack could not be opened',
      `${(e as Error).message}\n\nThe workspace you were using is still open.`,
    );
  const chosen = await (mainWindow
    ? dialog.showOpenDialog(mainWindow, VISIT_PACK_DIALOG)
    : dialog.showOpenDialog(VISIT_PACK_DIALOG));
  const packPath = chosen.filePaths[0];
  if (chosen.canceled || !packPath) return;
  let pack: Uint8Array;
  let signer: ReturnType<typeof packSigner>;
  try {
    pack = new Uint8Array(readFileSync(packPath));
    signer = packSigner(pack);
  } catch (e) {
    failed(e);
    return;
  }
  const fromHq = await choose({
    type: 'question',
    title: 'Open a visit pack',
    message: 'Was this pack signed by HQ?',
    detail: `It is signed by installation ${signer.siteId}, key fingerprint ${signer.fingerprint}. Compare the fingerprint with the one HQ gave you, by phone or in person, before going on.`,
    buttons: ['It is HQ’s', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  });
  if (fromHq !== 0) return;
  const passphrase = await workspaceKeys.askSecret(basename(packPath));
  if (passphrase === null) return;
  let team: string[];
  try {
    team = packTeam(pack, passphrase, Date.now());
  } catch (e) {
    failed(e);
    return;
  }
  if (team.length === 0) {
    failed(
      new Error(
        'The visit in this pack has no team member who is a user of the app: at HQ, add the team to the visit, then issue a new pack.',
      ),
    );
    return;
  }
  const who = await choose({
    type: 'question',
    title: 'Open a visit pack',
    message: 'Who signs in to this field workspace?',
    detail:
      'Choose yourself among the visit’s team. You sign in with the pack passphrase at first; change it once signed in.',
    buttons: [...team, 'Cancel'],
    cancelId: team.length,
  });
  if (who === team.length) return;
  const saved = await (mainWindow
    ? dialog.showSaveDialog(mainWindow, fieldWorkspaceDialog(packPath))
    : dialog.showSaveDialog(fieldWorkspaceDialog(packPath)));
  const path = saved.filePath;
  if (saved.canceled || !path) return;
  if (existsSync(path)) {
    failed(new Error(`${path} already exists: choose a new file name for the field workspace.`));
    return;
  }
  const nativeBinding = developmentBinding();
  const member = { name: team[who]!, passphraseHash: hashPassphrase(passphrase) };
  let ws: Workspace | null;
  try {
    ws = await workspaceKeys.createEncrypted(path, (key) => {
      if (key === undefined) throw new Error('A field workspace is always encrypted.');
      openPack({ path, pack, passphrase, key, member, nowMs: Date.now(), nativeBinding });
      return openWorkspace(path, { key, nativeBinding });
    });
    if (!ws) return;
  } catch (e) {
    failed(e);
    return;
  }
  use(ws);
  saveRecent(addRecent(recent, path, recentOptions));
  void mainWindow?.loadURL(APP_ENTRY_URL);
}

const VISIT_PACK_DIALOG = {
  title: 'Open a visit pack',
  properties: ['openFile'] as Array<'openFile'>,
  filters: [{ name: 'Visit packs', extensions: [PACK_EXTENSION.slice(1)] }],
};

function fieldWorkspaceDialog(packPath: string) {
  return {
    title: 'Save the field workspace',
    defaultPath: join(
      app.getPath('documents'),
      `${basename(packPath, PACK_EXTENSION)}-field.sqlite`,
    ),
    filters: WORKSPACE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
}

// ---------------------------------------------------------------------------------------------
// Menu, window, protocol, IPC.

function refreshMenu(): void {
  if (!app.isReady()) return;
  const template = applicationMenuTemplate({
    packaged: app.isPackaged,
    platform: process.platform,
    appName: PRODUCT_NAME,
    recent,
    rememberedKeys: workspaceKeys.hasRemembered(),
    actions: {
      openWorkspace: () => void chooseWorkspaceToOpen(),
      newWorkspace: () => void chooseNewWorkspace(),
      openVisitPack: () => void openVisitPack(),
      openRecent: (path) => void switchWorkspace(path, false),
      clearRecent: () => saveRecent([]),
      forgetKeys: () => workspaceKeys.forgetAll(),
      openHelp: () => void shell.openExternal(EXTERNAL_ALLOW_LIST[0]!),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function serveRenderer(request: Request): Promise<Response> | Response {
  const file = rendererFileFor(request.url, RENDERER_DIR);
  if (!file) return new Response('Not found', { status: 404 });
  return readFile(file).then(
    (body) =>
      new Response(new Uint8Array(body), {
        headers: rendererResponseHeaders(TYPES[extname(file)] ?? 'application/octet-stream'),
      }),
    () => new Response('Not found', { status: 404 }),
  );
}

function createWindow(): void {
  const statePath = userFile(WINDOW_STATE_FILE_NAME);
  const displays = [
    screen.getPrimaryDisplay(),
    ...screen.getAllDisplays().filter((d) => d.id !== screen.getPrimaryDisplay().id),
  ];
  const placed = placeWindow(
    parseWindowState(readText(statePath)),
    displays.map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...placed.bounds,
    title: windowTitle(),
    show: false,
    webPreferences: secureWebPreferences(PRELOAD, { packaged: app.isPackaged }),
  });
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (placed.maximized) window.maximize();
    window.show();
  });
  window.on('close', () =>
    writeText(
      statePath,
      serializeWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }),
    ),
  );
  const contentsId = window.webContents.id;
  window.on('closed', () => {
    sessions.delete(contentsId);
    if (mainWindow === window) mainWindow = null;
  });
  // Keeps the workspace's name in the title, whatever the page sets.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(APP_ENTRY_URL);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function refusal(code: ErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/** Only the app's own page, in the main window's top frame, may call the backend: as its session's user. */
ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => {
  if (!isTrustedSender(event, mainWindow?.webContents))
    return refusal('FORBIDDEN', 'Refused a call from an unknown page.');
  if (typeof method !== 'string') return refusal('VALIDATION', 'Malformed call.');
  if (!current) return refusal('INTERNAL', 'No workspace is open.');
  return current.gate.call(sessions.get(event.sender.id) ?? null, method, input);
});

/** Sign in, first administrator, lock, unlock, sign out: the window's session is kept here. */
ipcMain.handle(SESSION_CHANNEL, async (event, action: unknown, input: unknown) => {
  if (!isTrustedSender(event, mainWindow?.webContents))
    return refusal('FORBIDDEN', 'Refused a call from an unknown page.');
  if (typeof action !== 'string') return refusal('VALIDATION', 'Malformed call.');
  const open = current;
  if (!open) return refusal('INTERNAL', 'No workspace is open.');
  const window = event.sender.id;
  const reply = await open.gate.session(action, sessions.get(window) ?? null, input);
  // A sign-in that finished after File → Open belongs to the workspace that was closed.
  if (current !== open) return refusal('UNAUTHENTICATED', 'The workspace changed: sign in again.');
  if (reply.sessionId) sessions.set(window, reply.sessionId);
  else sessions.delete(window);
  return reply.result;
});

// Every WebContents (the window's, and any other that would appear) gets the same limits.
app.on('web-contents-created', (_event, contents) =>
  hardenWebContents(contents, (url) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
  }),
);

// One instance only, so that two windows never write one workspace: a second launch focuses the
// first window and ends.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  // macOS: a workspace chosen from the Dock's or Finder's recent documents.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady() && current) void switchWorkspace(path, false);
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, serveRenderer);
    hardenSession(session.defaultSession);
    recent = parseRecent(readText(userFile(RECENT_FILE_NAME)), recentOptions);
    const dbOption = process.argv.find((a) => a.startsWith('--db='))?.slice('--db='.length);
    const dbArg = dbOption ? resolve(dbOption) : undefined;
    try {
      const ws = await workspaceKeys.open(dbArg, (key) =>
        openWorkspaceOrDemo(dbArg, Date.now, {
          dataDir: app.getPath('userData'),
          nativeBinding: developmentBinding(),
          key,
        }),
      );
      if (!ws) {
        app.quit(); // the key prompt was cancelled
        return;
      }
      use(ws);
      if (dbArg) saveRecent(addRecent(recent, current!.ws.path, recentOptions));
    } catch (e) {
      dialog.showErrorBox('The workspace could not be opened', (e as Error).message);
      app.exit(1);
      return;
    }
    refreshMenu();
    createWindow();
    // macOS: clicking the dock icon with no window open opens one again.
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
      else focusMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    // macOS keeps the app (and its workspace) open without windows, as its users expect.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    current?.ws.close();
    current = null;
  });
}
