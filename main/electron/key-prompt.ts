// The Electron side of workspace-key.ts, for main.ts: the key prompt window and its IPC channel,
// the question "encrypt the new workspace?", and the remembered keys sealed with safeStorage.
import { BrowserWindow, dialog, ipcMain, safeStorage } from 'electron';
import { basename } from 'node:path';
import { WORKSPACE_KEY_CHANNEL } from './channel';
import { isTrustedSender, secureWebPreferences } from './security';
import {
  canRememberKeys,
  createWithKey,
  forgetKey,
  keyPromptUrl,
  openWithKey,
  parseKeyAnswer,
  parseRememberedKeys,
  rememberedKeyOf,
  rememberKey,
  serializeRememberedKeys,
  type KeyAnswer,
  type KeyActions,
  type KeyPromptMode,
  type KeyProblem,
  type RememberedKey,
} from './workspace-key';

/** The question's words, kept together (the renderer's translation table is not reachable here). */
export const NEW_WORKSPACE_TEXT = {
  title: 'New workspace',
  message: 'Encrypt the new workspace?',
  detail:
    'An encrypted workspace can be read only with its key, even by someone who copies the file. Keep the key safe: without it, nobody can open the workspace.',
  encrypt: 'Encrypt with a key…',
  plain: 'Do not encrypt',
  cancel: 'Cancel',
} as const;

export interface WorkspaceKeysOptions {
  preload: string;
  packaged: boolean;
  /** The window the prompt belongs to (none at start-up). */
  parent(): BrowserWindow | null;
  /** The remembered keys file's text (null when there is none), and how to save it. */
  readStore(): string | null;
  writeStore(text: string): void;
  /** Called when keys were remembered or forgotten (the menu shows whether any are). */
  changed(): void;
}

export class WorkspaceKeys {
  /** The prompt window of the flow under way, and who waits for its answer. */
  private prompt: {
    window: BrowserWindow;
    waiting: ((answer: KeyAnswer | null) => void) | null;
  } | null = null;

  constructor(private readonly options: WorkspaceKeysOptions) {
    // Only the prompt's own page, in its top frame, may answer it, once per question.
    ipcMain.handle(WORKSPACE_KEY_CHANNEL, (event, answer: unknown) => {
      const prompt = this.prompt;
      if (!prompt?.waiting || !isTrustedSender(event, prompt.window.webContents)) return false;
      const settle = prompt.waiting;
      prompt.waiting = null;
      settle(parseKeyAnswer(answer));
      return true;
    });
  }

  /**
   * Opens the workspace at `path` with `open`, asking for its key when it is encrypted; null when
   * the person cancels (or another prompt is already open).
   */
  open<W>(path: string | undefined, open: (key: string | undefined) => W): Promise<W | null> {
    return this.flow(() => openWithKey(this.actions(path, 'open', open)));
  }

  /** Creates a workspace at `path` with `open`, encrypted if the person chooses; null: cancelled. */
  create<W>(path: string, open: (key: string | undefined) => W): Promise<W | null> {
    return this.flow(async () => {
      const parent = this.options.parent();
      const options = {
        type: 'question' as const,
        title: NEW_WORKSPACE_TEXT.title,
        message: NEW_WORKSPACE_TEXT.message,
        detail: NEW_WORKSPACE_TEXT.detail,
        buttons: [NEW_WORKSPACE_TEXT.encrypt, NEW_WORKSPACE_TEXT.plain, NEW_WORKSPACE_TEXT.cancel],
        defaultId: 0,
        cancelId: 2,
      };
      const { response } = parent
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
      if (response === 2) return null;
      if (response === 1) return open(undefined);
      return createWithKey(this.actions(path, 'create', open));
    });
  }

  /** Creates an encrypted workspace at `path` (a field workspace always is): its new key, typed twice. */
  createEncrypted<W>(path: string, open: (key: string | undefined) => W): Promise<W | null> {
    return this.flow(() => createWithKey(this.actions(path, 'create', open)));
  }

  /**
   * Asks once for the secret that opens a file other than a workspace (a visit pack's passphrase),
   * in the same prompt; null when the person cancels. Never remembered.
   */
  askSecret(fileName: string): Promise<string | null> {
    return this.flow(async () => {
      for (let problem: KeyProblem | null = null; ; problem = 'empty') {
        const answer = await this.ask('open', fileName, problem);
        if (!answer) return null;
        if (answer.key !== '') return answer.key;
      }
    });
  }

  hasRemembered(): boolean {
    return this.stored().length > 0;
  }

  forgetAll(): void {
    this.store([]);
  }

  /** One flow at a time; its prompt window, if it showed one, closes when it ends. */
  private async flow<W>(run: () => Promise<W | null>): Promise<W | null> {
    if (this.prompt) {
      this.prompt.window.focus();
      return null;
    }
    try {
      return await run();
    } finally {
      this.closePrompt();
    }
  }

  private closePrompt(): void {
    const prompt = this.prompt;
    this.prompt = null;
    // Closed once the caller has carried on: at start-up it makes the main window first, so that
    // closing the only window does not end the app.
    if (prompt) setImmediate(() => prompt.window.isDestroyed() || prompt.window.close());
  }

  private actions<W>(
    path: string | undefined,
    mode: KeyPromptMode,
    open: (key: string | undefined) => W,
  ): KeyActions<W> {
    const platform = process.platform;
    return {
      open,
      remembered: () => {
        const sealed = path ? rememberedKeyOf(this.stored(), path, platform) : null;
        if (sealed === null || !safeStorage.isEncryptionAvailable()) return null;
        try {
          return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
        } catch {
          return null; // sealed by another user account or keychain: ask instead
        }
      },
      ask: (problem) => this.ask(mode, path ? basename(path) : '', problem),
      remember: (key) => {
        if (!path || !this.canRemember()) return;
        const sealed = safeStorage.encryptString(key).toString('base64');
        this.store(rememberKey(this.stored(), path, sealed, platform));
      },
      forget: () => {
        if (path && rememberedKeyOf(this.stored(), path, platform) !== null)
          this.store(forgetKey(this.stored(), path, platform));
      },
    };
  }

  private canRemember(): boolean {
    return canRememberKeys(
      safeStorage.isEncryptionAvailable(),
      process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
    );
  }

  private stored(): RememberedKey[] {
    return parseRememberedKeys(this.options.readStore());
  }

  private store(keys: RememberedKey[]): void {
    this.options.writeStore(serializeRememberedKeys(keys));
    this.options.changed();
  }

  /**
   * Shows the question in the prompt window (made on the first question of a flow, then shown
   * again with the problem) and waits for its answer; closing the window cancels.
   */
  private ask(
    mode: KeyPromptMode,
    fileName: string,
    problem: KeyProblem | null,
  ): Promise<KeyAnswer | null> {
    if (!this.prompt) {
      const parent = this.options.parent();
      const window = new BrowserWindow({
        width: 480,
        height: mode === 'create' ? 480 : 400,
        useContentSize: true,
        resizable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        title: mode === 'create' ? NEW_WORKSPACE_TEXT.title : 'Workspace key',
        ...(parent ? { parent, modal: true } : {}),
        show: false,
        webPreferences: secureWebPreferences(this.options.preload, {
          packaged: this.options.packaged,
        }),
      });
      const prompt: NonNullable<WorkspaceKeys['prompt']> = { window, waiting: null };
      this.prompt = prompt;
      window.once('ready-to-show', () => window.show());
      window.on('closed', () => {
        if (this.prompt === prompt) this.prompt = null;
        prompt.waiting?.(null);
        prompt.waiting = null;
      });
    }
    const prompt = this.prompt;
    return new Promise((resolve) => {
      prompt.waiting = resolve;
      void prompt.window.loadURL(
        keyPromptUrl({ mode, fileName, problem, canRemember: this.canRemember() }),
      );
    });
  }
}
