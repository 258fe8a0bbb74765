// The keys of encrypted workspaces in the desktop app (issue "Trust"). When a workspace opens only
// with its key, the app asks for it in a small window (key-prompt.ts shows it; the page is
// renderer/key-prompt.html), and keeps it on this computer only when the person ticks "remember on
// this computer": encrypted by the operating system's keychain through Electron's safeStorage,
// per workspace file, in a small JSON file in userData. Pure: no Electron at run time; the flow
// takes its actions as functions, so test/unit drives it with real workspace files.
import { z } from 'zod';
import { WorkspaceKeyError } from '../core/errors';
import { samePath } from './recent';
import { APP_ORIGIN } from './security';

export const KEY_STORE_FILE_NAME = 'workspace-keys.json';
export const KEY_PROMPT_URL = `${APP_ORIGIN}/key-prompt.html`;

/** `open`: the key of an encrypted workspace; `create`: a new key, typed twice. */
export type KeyPromptMode = 'open' | 'create';
/** Why the prompt is shown again: the key does not open the workspace, the two differ, or none. */
export type KeyProblem = 'wrong' | 'mismatch' | 'empty';

export interface KeyAnswer {
  key: string;
  /** The key typed a second time (create only). */
  repeat?: string | undefined;
  remember: boolean;
}

const answerSchema = z
  .object({
    key: z.string().max(4096),
    repeat: z.string().max(4096).optional(),
    remember: z.boolean(),
  })
  .strict();

/** The page's answer, validated: the key and the choices, or null (cancelled, or malformed). */
export function parseKeyAnswer(input: unknown): KeyAnswer | null {
  const parsed = answerSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

export interface KeyPromptPage {
  mode: KeyPromptMode;
  /** The workspace's file name, shown so that the person knows which key is asked. */
  fileName: string;
  problem: KeyProblem | null;
  /** Whether "remember on this computer" is offered (see canRememberKeys). */
  canRemember: boolean;
}

/** The prompt page's address: what it shows travels in its query, never any key. */
export function keyPromptUrl(page: KeyPromptPage): string {
  const query = new URLSearchParams({
    mode: page.mode,
    file: page.fileName,
    remember: page.canRemember ? '1' : '0',
  });
  if (page.problem) query.set('problem', page.problem);
  return `${KEY_PROMPT_URL}?${query.toString()}`;
}

/**
 * A key is remembered only where safeStorage really encrypts it: on Linux, not with the
 * "basic_text" fallback used when no keyring is running, which only obfuscates.
 */
export function canRememberKeys(available: boolean, linuxBackend: string | null): boolean {
  return available && linuxBackend !== 'basic_text' && linuxBackend !== 'unknown';
}

// ---- The remembered keys ---------------------------------------------------------------------

/** One workspace's key, as safeStorage encrypted it (base64). */
export interface RememberedKey {
  path: string;
  sealed: string;
}

const storeSchema = z.object({
  keys: z.array(z.object({ path: z.string().min(1), sealed: z.string().min(1) })),
});

/** Reads the file's text; anything unreadable or malformed remembers nothing. */
export function parseRememberedKeys(text: string | null): RememberedKey[] {
  if (!text) return [];
  try {
    const parsed = storeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.keys : [];
  } catch {
    return [];
  }
}

export function serializeRememberedKeys(keys: readonly RememberedKey[]): string {
  return `${JSON.stringify({ keys }, null, 2)}\n`;
}

/** The sealed key remembered for the workspace at `path`, or null. */
export function rememberedKeyOf(
  keys: readonly RememberedKey[],
  path: string,
  platform: NodeJS.Platform,
): string | null {
  return keys.find((k) => samePath(k.path, path, platform))?.sealed ?? null;
}

/** The list without the key of `path`. */
export function forgetKey(
  keys: readonly RememberedKey[],
  path: string,
  platform: NodeJS.Platform,
): RememberedKey[] {
  return keys.filter((k) => !samePath(k.path, path, platform));
}

/** The list with `sealed` as the key of `path`, in place of any earlier one. */
export function rememberKey(
  keys: readonly RememberedKey[],
  path: string,
  sealed: string,
  platform: NodeJS.Platform,
): RememberedKey[] {
  return [...forgetKey(keys, path, platform), { path, sealed }];
}

// ---- Opening and creating --------------------------------------------------------------------

/** What the flow does with the world: open the file, ask the person, keep or drop the key. */
export interface KeyActions<W> {
  /** Opens the workspace with this key, or with none; throws WorkspaceError. */
  open(key: string | undefined): W;
  /** The key remembered for this workspace, or null. */
  remembered(): string | null;
  /** Shows the prompt (with why it is shown again); the answer, or null when cancelled. */
  ask(problem: KeyProblem | null): Promise<KeyAnswer | null>;
  remember(key: string): void;
  forget(): void;
}

const isKeyError = (e: unknown, reason: WorkspaceKeyError['reason']) =>
  e instanceof WorkspaceKeyError && e.reason === reason;

/**
 * Opens a workspace: as it is when it needs no key; else with the remembered key; else with the
 * key the person types, asked again while it is wrong. Null when the person cancels. A remembered
 * key that no longer opens the file is forgotten; a typed key is remembered only when asked to,
 * and unticking "remember" forgets the one kept before. Any other failure is thrown.
 */
export async function openWithKey<W>(actions: KeyActions<W>): Promise<W | null> {
  try {
    return actions.open(undefined);
  } catch (e) {
    if (!isKeyError(e, 'needed')) throw e;
  }
  const kept = actions.remembered();
  if (kept !== null) {
    try {
      return actions.open(kept);
    } catch (e) {
      if (!isKeyError(e, 'wrong')) throw e;
      actions.forget();
    }
  }
  let problem: KeyProblem | null = null;
  for (;;) {
    const answer = await actions.ask(problem);
    if (!answer) return null;
    if (answer.key === '') {
      problem = 'empty';
      continue;
    }
    let ws: W;
    try {
      ws = actions.open(answer.key);
    } catch (e) {
      if (!isKeyError(e, 'wrong')) throw e;
      problem = 'wrong';
      continue;
    }
    if (answer.remember) actions.remember(answer.key);
    else actions.forget();
    return ws;
  }
}

/**
 * Creates a workspace encrypted with a new key, typed twice, asked again while it is empty or the
 * two differ. Null when the person cancels. The key is remembered only when asked to.
 */
export async function createWithKey<W>(
  actions: Omit<KeyActions<W>, 'remembered'>,
): Promise<W | null> {
  let problem: KeyProblem | null = null;
  for (;;) {
    const answer = await actions.ask(problem);
    if (!answer) return null;
    problem = answer.key === '' ? 'empty' : answer.key !== answer.repeat ? 'mismatch' : null;
    if (problem) continue;
    const ws = actions.open(answer.key);
    if (answer.remember) actions.remember(answer.key);
    else actions.forget();
    return ws;
  }
}
