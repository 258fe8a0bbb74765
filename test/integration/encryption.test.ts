// Encryption at rest (issue "Trust"): an encrypted workspace is a SQLCipher file whose bytes hold
// no readable text; it opens only with its key, and a missing or wrong key changes nothing; it
// converts to and from a plain workspace in place, keeping every row.
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace } from '../../main/core/db/check';
import { decryptWorkspace, encryptWorkspace } from '../../main/core/db/encryption';
import { loadMigrations } from '../../main/core/db/migrations';
import {
  backupWorkspace,
  inspectWorkspace,
  openWorkspace,
  type Workspace,
} from '../../main/core/db/workspace';
import { WorkspaceError, WorkspaceKeyError } from '../../main/core/errors';
import {
  createTestWorkspace,
  demoTemplate,
  grantConsent,
  seedUsers,
  snapshot,
  tempDir,
  type TestWorkspace,
} from './helpers';

const KEY = 'a long key for the Kenya visit';
const TITLE = 'Assessment of Freedonia border controls';
const RECOMMENDATION = 'Freedonia should screen travellers against INTERPOL notices';
/** What must never be read in an encrypted file's bytes. */
const SECRETS = [TITLE, RECOMMENDATION, 'SQLite format 3', 'Kenya'];

/** The file's SHA-256 and whatever SQLite keeps beside it. */
function fingerprint(path: string): { sha256: string; beside: string[] } {
  return {
    sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
    beside: readdirSync(dirname(path))
      .filter((f) => f.startsWith(`${basename(path)}`) && f !== basename(path))
      .sort(),
  };
}

/** The secrets found in a file's bytes (as SQLite stores text: UTF-8). */
function readableIn(path: string): string[] {
  const bytes = readFileSync(path);
  return SECRETS.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
}

/** A report and a recommendation written through the API, as a planner would. */
function writeAssessment(t: TestWorkspace): void {
  const users = seedUsers(t);
  const consentRequestId = grantConsent(t, 'KEN', users.planner, { sentOn: '2024-10-01' });
  const visitId = t.value(
    'visits.create',
    {
      iso3: 'KEN',
      kind: 'comprehensive',
      mode: 'in_person',
      status: 'conducted',
      startDate: '2025-02-03',
      endDate: '2025-02-07',
      consentRequestId,
    },
    users.planner,
  ).id;
  const reportId = t.value(
    'reports.create',
    { visitId, title: TITLE, draftedOn: '2025-04-10' },
    users.planner,
  ).id;
  t.value(
    'recommendations.create',
    {
      reportId,
      code: 'R-01',
      text: RECOMMENDATION,
      thematicArea: 'border_control',
      priority: 'high',
    },
    users.planner,
  );
}

/** The snapshot of every row (helpers.ts) of the workspace at `path`, looked at read-only. */
function digestOf(path: string, key?: string): string {
  const ws = inspectWorkspace(path, { key });
  try {
    return snapshot(ws);
  } finally {
    ws.close();
  }
}

let t: TestWorkspace | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

/** An encrypted workspace holding an assessment, closed; returns its path. */
function encryptedWorkspace(): string {
  const made = createTestWorkspace(undefined, KEY);
  writeAssessment(made);
  made.ws.close();
  return made.path;
}

describe('an encrypted workspace at rest', () => {
  it('holds no readable text in its file or its write-ahead log, and the same data decrypted does', () => {
    t = createTestWorkspace(undefined, KEY);
    writeAssessment(t);
    expect(t.ws.encrypted).toBe(true);
    // While open, the latest changes are in the write-ahead log: encrypted as well.
    expect(existsSync(`${t.path}-wal`)).toBe(true);
    expect(readFileSync(`${t.path}-wal`).length).toBeGreaterThan(0);
    expect(readableIn(`${t.path}-wal`)).toEqual([]);
    expect(readableIn(t.path)).toEqual([]);
    t.ws.close();
    expect(readableIn(t.path)).toEqual([]);

    // The search finds the texts in the same workspace once decrypted (it can fail).
    decryptWorkspace(t.path, KEY);
    expect(readableIn(t.path)).toEqual(SECRETS);
  });

  it('reopens with its key, in WAL mode, with everything written', () => {
    const path = encryptedWorkspace();
    const ws = openWorkspace(path, { key: KEY });
    try {
      expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(ws.db.prepare('SELECT title FROM assessment_reports').pluck().all()).toEqual([TITLE]);
      expect(ws.db.prepare('SELECT text FROM recommendations').pluck().all()).toEqual([
        RECOMMENDATION,
      ]);
      expect(checkWorkspace(ws).ok).toBe(true);
    } finally {
      ws.close();
    }
    expect(fingerprint(path).beside).toEqual([]);
  });

  it('runs quick_check after a kill -9, and keeps what was committed before it', () => {
    const path = encryptedWorkspace();
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { openWorkspace } = await import('./main/core/db/workspace.ts');
         const ws = openWorkspace(${JSON.stringify(path)}, { key: ${JSON.stringify(KEY)} });
         ws.db.prepare("UPDATE assessment_reports SET title = 'Written before the crash'").run();
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { encoding: 'utf8' },
    );
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(readableIn(`${path}-wal`)).toEqual([]);
    const ws = openWorkspace(path, { key: KEY });
    try {
      expect(ws.openCheck).toBe('unclean-shutdown');
      expect(ws.db.prepare('SELECT title FROM assessment_reports').pluck().get()).toBe(
        'Written before the crash',
      );
    } finally {
      ws.close();
    }
  });

  it('opens only with its key: no key or a wrong one is refused, changing and creating nothing', () => {
    const path = encryptedWorkspace();
    const before = fingerprint(path);
    expect(before.beside).toEqual([]);
    const attempts: [() => Workspace, RegExp, WorkspaceKeyError['reason']][] = [
      [
        () => openWorkspace(path),
        /is an encrypted workspace: it opens only with its key/,
        'needed',
      ],
      [() => inspectWorkspace(path), /is an encrypted workspace/, 'needed'],
      [
        () => openWorkspace(path, { key: 'not the key' }),
        /^The key does not open this workspace .*The file was not changed\.$/,
        'wrong',
      ],
      [() => openWorkspace(path, { key: `${KEY} ` }), /The key does not open/, 'wrong'],
      [() => openWorkspace(path, { key: 'not the key', create: true }), /does not open/, 'wrong'],
      [() => openWorkspace(path, { key: 'not the key', readOnly: true }), /does not open/, 'wrong'],
      [() => inspectWorkspace(path, { key: 'not the key' }), /does not open/, 'wrong'],
      [() => openWorkspace(path, { key: '' }), /key cannot be empty/, 'wrong'],
    ];
    for (const [attempt, message, reason] of attempts) {
      let error: unknown;
      try {
        attempt().close();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WorkspaceKeyError);
      expect((error as WorkspaceKeyError).message).toMatch(message);
      expect((error as WorkspaceKeyError).reason).toBe(reason);
      expect(fingerprint(path)).toEqual(before);
    }
  });

  it('tells an encrypted workspace from a file that is not a workspace, key or no key', () => {
    const dir = tempDir();
    const files: [string, Buffer][] = [
      ['text.sqlite', Buffer.from('minutes of the meeting with the authorities '.repeat(200))],
      // Random bytes, but not whole pages: not a database.
      ['random.sqlite', randomBytes(5000)],
      ['short.sqlite', randomBytes(100)],
    ];
    for (const [name, bytes] of files) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      for (const key of [undefined, KEY]) {
        expect(() => openWorkspace(path, { key })).toThrow(
          /is not a CTED Visit Planner workspace: it is not an SQLite database\. The file was not changed\./,
        );
        expect(readFileSync(path).equals(bytes)).toBe(true);
      }
    }
    expect(readdirSync(dir).sort()).toEqual(files.map(([name]) => name).sort());
  });

  it('refuses a key given for a plain workspace, which still opens without one', () => {
    t = createTestWorkspace();
    writeAssessment(t);
    t.ws.close();
    const before = fingerprint(t.path);
    expect(() => openWorkspace(t!.path, { key: KEY })).toThrow(
      /is not encrypted, but a key was given\. Open it without a key, or encrypt it first/,
    );
    expect(fingerprint(t.path)).toEqual(before);
    const plain = openWorkspace(t.path);
    expect(plain.encrypted).toBe(false);
    expect(plain.db.prepare('SELECT title FROM assessment_reports').pluck().get()).toBe(TITLE);
    plain.close();
    expect(readableIn(t.path)).toContain(TITLE);
  });

  it('migrates after an encrypted copy of the file as it was', () => {
    const path = join(tempDir(), 'w.sqlite');
    const older = loadMigrations().slice(0, -1);
    const first = openWorkspace(path, { create: true, key: KEY, migrations: older });
    first.db.prepare("INSERT INTO meta (key, value) VALUES ('note', 'Kenya')").run();
    first.close();
    const ws = openWorkspace(path, { key: KEY });
    try {
      expect(ws.schemaVersion).toBe(older.length + 1);
      expect(ws.backupPath).toBeTruthy();
      expect(readableIn(ws.backupPath!)).toEqual([]);
      const copy = inspectWorkspace(ws.backupPath!, { key: KEY });
      expect(copy.schemaVersion).toBe(older.length);
      expect(copy.db.prepare("SELECT value FROM meta WHERE key = 'note'").pluck().get()).toBe(
        'Kenya',
      );
      copy.close();
    } finally {
      ws.close();
    }
  });

  it('backs up into a copy encrypted with the same key', async () => {
    const path = encryptedWorkspace();
    const copy = join(dirname(path), 'copy.sqlite');
    const ws = inspectWorkspace(path, { key: KEY });
    await backupWorkspace(ws, copy);
    const original = snapshot(ws);
    ws.close();
    expect(readableIn(copy)).toEqual([]);
    expect(() => openWorkspace(copy)).toThrow(/is an encrypted workspace/);
    expect(digestOf(copy, KEY)).toBe(original);
  });

  // SQLite cannot even create its -shm file in such a folder; an encrypted file cannot be read
  // from memory as a plain one is, so it is read from a private copy of its ciphertext.
  it('opens read-only in a folder that cannot be written, creating nothing there', () => {
    const top = tempDir();
    chmodSync(top, 0o755);
    const dir = join(top, 'shelf');
    mkdirSync(dir);
    const path = join(dir, 'w.sqlite');
    copyFileSync(encryptedWorkspace(), path);
    chmodSync(path, 0o644);
    chmodSync(dir, 0o555);
    try {
      const script = `
          const { openWorkspace } = await import('./main/core/db/workspace.ts');
          const ws = openWorkspace(${JSON.stringify(path)}, { key: ${JSON.stringify(KEY)} });
          const title = ws.db.prepare('SELECT title FROM assessment_reports').pluck().get();
          ws.close();
          console.log(JSON.stringify({ readOnly: ws.readOnly, encrypted: ws.encrypted, title }));`;
      // As root, the folder is also mounted read-only in a private mount namespace.
      const asRoot = process.getuid?.() === 0;
      const r = spawnSync(
        asRoot ? 'unshare' : process.execPath,
        [
          ...(asRoot
            ? ['-m', 'sh', '-c', 'mount --bind -o ro "$0" "$0" && exec "$@"', dir, process.execPath]
            : []),
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          script,
        ],
        { encoding: 'utf8', env: { ...process.env, HOME: top } },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({
        readOnly: true,
        encrypted: true,
        title: TITLE,
      });
      expect(readdirSync(dir)).toEqual(['w.sqlite']);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('encrypting and decrypting in place', () => {
  let template: string;
  beforeAll(() => {
    template = demoTemplate();
  });

  /** A copy of the demo workspace (plain), with its snapshot. */
  function plainDemo(): { path: string; digest: string } {
    const path = join(tempDir(), 'demo.sqlite');
    copyFileSync(template, path);
    return { path, digest: digestOf(path) };
  }

  it('keeps every row, the audit trail and nothing else beside the file, both ways', () => {
    const { path, digest } = plainDemo();
    encryptWorkspace(path, KEY);
    expect(readFileSync(path).includes('SQLite format 3')).toBe(false);
    expect(fingerprint(path).beside).toEqual([]);
    expect(digestOf(path, KEY)).toBe(digest);
    let ws = inspectWorkspace(path, { key: KEY });
    expect(ws.encrypted).toBe(true);
    expect(checkWorkspace(ws).ok).toBe(true);
    ws.close();

    decryptWorkspace(path, KEY);
    expect(readFileSync(path).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(fingerprint(path).beside).toEqual([]);
    expect(digestOf(path)).toBe(digest);
    ws = inspectWorkspace(path);
    expect(ws.encrypted).toBe(false);
    expect(checkWorkspace(ws).ok).toBe(true);
    ws.close();
  });

  it('refuses what it cannot do, with the file and what is beside it unchanged', () => {
    const { path } = plainDemo();
    const plainBefore = fingerprint(path);
    expect(() => decryptWorkspace(path, KEY)).toThrow(
      /is not encrypted: there is nothing to decrypt\. The file was not changed\./,
    );
    expect(fingerprint(path)).toEqual(plainBefore);

    // Open in the app (another connection, here in this same process): refused.
    const open = openWorkspace(path);
    const openBefore = fingerprint(path);
    expect(() => encryptWorkspace(path, KEY)).toThrow(
      /is open in another program .* Close it there, then try again\. The file was not changed\./,
    );
    expect(fingerprint(path)).toEqual(openBefore);
    open.close();

    encryptWorkspace(path, KEY);
    const encryptedBefore = fingerprint(path);
    for (const [attempt, message] of [
      [
        () => encryptWorkspace(path, 'another key'),
        /is already encrypted\. The file was not changed\./,
      ],
      [() => decryptWorkspace(path, 'not the key'), /The key does not open this workspace/],
    ] as const) {
      expect(attempt).toThrow(WorkspaceError);
      expect(attempt).toThrow(message);
      expect(fingerprint(path)).toEqual(encryptedBefore);
    }
  });

  it('replaces what an interrupted conversion left beside the file', () => {
    const { path, digest } = plainDemo();
    writeFileSync(`${path}.encrypting`, 'half of a file from a conversion cut short');
    encryptWorkspace(path, KEY);
    expect(fingerprint(path).beside).toEqual([]);
    expect(digestOf(path, KEY)).toBe(digest);
  });
});
