// The desktop app's handling of encrypted workspaces' keys (main/electron/workspace-key.ts),
// without the Electron runtime: the prompt's address and answer, the remembered keys, and the
// flow that opens or creates a workspace, driven against real workspace files. The prompt and
// safeStorage are the only stand-ins: an answer list, and keys kept as they are.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../main/core/db/workspace';
import { isAppUrl, rendererFileFor } from '../../main/electron/security';
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
  type KeyProblem,
  type RememberedKey,
} from '../../main/electron/workspace-key';
import { tempDir } from '../integration/helpers';

const KEY = 'key of the Nairobi workspace';

describe('the key prompt', () => {
  it('is an app page that shows the file and the problem, and carries no key', () => {
    const url = keyPromptUrl({
      mode: 'open',
      fileName: 'Visits & plans #2.sqlite',
      problem: 'wrong',
      canRemember: true,
    });
    expect(isAppUrl(url)).toBe(true);
    expect(rendererFileFor(url, '/app/renderer')).toBe(join('/app/renderer', 'key-prompt.html'));
    const query = new URL(url).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      mode: 'open',
      file: 'Visits & plans #2.sqlite',
      remember: '1',
      problem: 'wrong',
    });
    const create = new URL(
      keyPromptUrl({ mode: 'create', fileName: 'a.sqlite', problem: null, canRemember: false }),
    ).searchParams;
    expect(create.get('remember')).toBe('0');
    expect(create.has('problem')).toBe(false);
  });

  it('accepts only a well-formed answer from the page', () => {
    expect(parseKeyAnswer({ key: KEY, remember: true })).toEqual({ key: KEY, remember: true });
    expect(parseKeyAnswer({ key: 'a', repeat: 'a', remember: false })).toEqual({
      key: 'a',
      repeat: 'a',
      remember: false,
    });
    for (const bad of [
      null,
      undefined,
      'key',
      { key: KEY },
      { key: 42, remember: true },
      { key: KEY, remember: 'yes' },
      { key: KEY, remember: true, path: '/etc/passwd' },
      { key: 'x'.repeat(5000), remember: false },
    ])
      expect(parseKeyAnswer(bad)).toBeNull();
  });

  it('offers "remember" only where the operating system really encrypts the key', () => {
    expect(canRememberKeys(true, null)).toBe(true);
    expect(canRememberKeys(true, 'gnome_libsecret')).toBe(true);
    expect(canRememberKeys(true, 'kwallet5')).toBe(true);
    expect(canRememberKeys(true, 'basic_text')).toBe(false);
    expect(canRememberKeys(true, 'unknown')).toBe(false);
    expect(canRememberKeys(false, null)).toBe(false);
  });
});

describe('the remembered keys', () => {
  it('keeps one sealed key per workspace file, as the platform compares paths', () => {
    let keys: RememberedKey[] = [];
    keys = rememberKey(keys, 'C:\\Data\\Kenya.sqlite', 'sealed-1', 'win32');
    keys = rememberKey(keys, 'C:\\Data\\Fiji.sqlite', 'sealed-2', 'win32');
    keys = rememberKey(keys, 'c:\\data\\KENYA.sqlite', 'sealed-3', 'win32');
    expect(keys).toHaveLength(2);
    expect(rememberedKeyOf(keys, 'C:\\Data\\Kenya.sqlite', 'win32')).toBe('sealed-3');
    expect(rememberedKeyOf(keys, '/data/kenya.sqlite', 'linux')).toBeNull();
    keys = forgetKey(keys, 'C:\\DATA\\fiji.sqlite', 'win32');
    expect(keys.map((k) => k.sealed)).toEqual(['sealed-3']);
    expect(parseRememberedKeys(serializeRememberedKeys(keys))).toEqual(keys);
  });

  it('remembers nothing from a damaged or foreign file', () => {
    for (const text of [null, '', 'not json', '[]', '{"keys":[{"path":""}]}', '{"keys":3}'])
      expect(parseRememberedKeys(text)).toEqual([]);
  });
});

/** The flow's world: real files, answers given in turn, keys remembered in a list. */
function world(path: string, answers: (KeyAnswer | null)[], remembered: string | null = null) {
  const asked: (KeyProblem | null)[] = [];
  let keys: RememberedKey[] = remembered ? rememberKey([], path, remembered, process.platform) : [];
  const actions = {
    open: (key: string | undefined) => openWorkspace(path, { key, create: true }),
    remembered: () => rememberedKeyOf(keys, path, process.platform),
    ask: (problem: KeyProblem | null) => {
      asked.push(problem);
      return Promise.resolve(answers.shift() ?? null);
    },
    remember: (key: string) => {
      keys = rememberKey(keys, path, key, process.platform);
    },
    forget: () => {
      keys = forgetKey(keys, path, process.platform);
    },
  };
  return { actions, asked, keys: () => rememberedKeyOf(keys, path, process.platform) };
}

function encryptedFile(): string {
  const path = join(tempDir(), 'w.sqlite');
  openWorkspace(path, { create: true, key: KEY }).close();
  return path;
}

const opened = (ws: Workspace | null) => {
  expect(ws).not.toBeNull();
  const encrypted = ws!.encrypted;
  ws!.close();
  return encrypted;
};

describe('opening a workspace in the desktop app', () => {
  it('opens a plain workspace without asking', async () => {
    const path = join(tempDir(), 'plain.sqlite');
    const w = world(path, []);
    expect(opened(await openWithKey(w.actions))).toBe(false);
    expect(w.asked).toEqual([]);
  });

  it('asks again while the key is wrong or empty, and remembers it only when asked to', async () => {
    const path = encryptedFile();
    const w = world(path, [
      { key: 'not the key', remember: true },
      { key: '', remember: true },
      { key: KEY, remember: true },
    ]);
    expect(opened(await openWithKey(w.actions))).toBe(true);
    expect(w.asked).toEqual([null, 'wrong', 'empty']);
    expect(w.keys()).toBe(KEY);

    const notRemembered = world(path, [{ key: KEY, remember: false }]);
    expect(opened(await openWithKey(notRemembered.actions))).toBe(true);
    expect(notRemembered.keys()).toBeNull();
  });

  it('opens with the remembered key without asking', async () => {
    const path = encryptedFile();
    const w = world(path, [], KEY);
    expect(opened(await openWithKey(w.actions))).toBe(true);
    expect(w.asked).toEqual([]);
  });

  it('forgets a remembered key that no longer opens the file, and asks', async () => {
    // (The same path forgets a key kept before when "remember" is left unticked.)
    const path = encryptedFile();
    const w = world(path, [{ key: KEY, remember: false }], 'an old key');
    expect(opened(await openWithKey(w.actions))).toBe(true);
    expect(w.asked).toEqual([null]);
    expect(w.keys()).toBeNull();
  });

  it('opens nothing when the prompt is cancelled, leaving the file as it was', async () => {
    const path = encryptedFile();
    const before = readFileSync(path);
    const w = world(path, [{ key: 'not the key', remember: true }, null]);
    expect(await openWithKey(w.actions)).toBeNull();
    expect(w.asked).toEqual([null, 'wrong']);
    expect(w.keys()).toBeNull();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('does not ask for a key for a file that is not a workspace', async () => {
    const path = join(tempDir(), 'notes.sqlite');
    writeFileSync(path, 'minutes of the meeting '.repeat(100));
    const w = world(path, [{ key: KEY, remember: false }]);
    await expect(openWithKey(w.actions)).rejects.toThrow(/is not an SQLite database/);
    expect(w.asked).toEqual([]);
  });
});

describe('creating an encrypted workspace in the desktop app', () => {
  it('asks for the new key twice until both agree, then makes a file only that key opens', async () => {
    const path = join(tempDir(), 'new.sqlite');
    const w = world(path, [
      { key: KEY, repeat: 'a typo', remember: false },
      { key: '', repeat: '', remember: false },
      { key: KEY, repeat: KEY, remember: true },
    ]);
    expect(opened(await createWithKey(w.actions))).toBe(true);
    expect(w.asked).toEqual([null, 'mismatch', 'empty']);
    expect(w.keys()).toBe(KEY);
    expect(readFileSync(path).includes('SQLite format 3')).toBe(false);
    expect(() => openWorkspace(path)).toThrow(/is an encrypted workspace/);
    expect(opened(openWorkspace(path, { key: KEY }))).toBe(true);
  });

  it('creates nothing when cancelled', async () => {
    const dir = tempDir();
    const w = world(join(dir, 'new.sqlite'), [null]);
    expect(await createWithKey(w.actions)).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });
});
