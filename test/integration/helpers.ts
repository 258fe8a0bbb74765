// Real SQLite workspaces in temporary folders, with a fixed clock, for integration tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDispatcher, type Dispatcher } from '../../main/core/dispatcher';
import { openWorkspace, type Workspace } from '../../main/core/db/workspace';
import { Writer, userTables } from '../../main/core/db/write';
import type { MethodName, MethodOutput } from '../../shared/api/contract';

export const TODAY = '2026-11-29';
export const noonOf = (day: string) => Date.parse(`${day}T12:00:00.000Z`);

export interface TestWorkspace {
  dir: string;
  path: string;
  ws: Workspace;
  api: Dispatcher;
  /** Calls a method and returns its value, failing the test with the error when it fails. */
  value<M extends MethodName>(method: M, input: unknown, user?: string): MethodOutput<M>;
  /** Writes fixture rows through the one write path, as the admin. */
  seed(fn: (w: Writer) => void): void;
  close(): void;
}

export function tempDir(prefix = 'cted-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function createTestWorkspace(today = TODAY): TestWorkspace {
  const dir = tempDir();
  const path = join(dir, 'workspace.sqlite');
  const ws = openWorkspace(path, { create: true });
  const now = () => noonOf(today);
  const api = createDispatcher(ws, { now });
  return {
    dir,
    path,
    ws,
    api,
    value(method, input, user) {
      const result = api.call(method, input, { user: user ?? null });
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    seed(fn) {
      ws.db.transaction(() => fn(new Writer(ws.db, ws.siteId, null, now))).immediate();
    },
    close() {
      ws.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every user table plus the log, to prove that a failed call changed nothing. */
export function snapshot(ws: Workspace): string {
  const tables = [...userTables(ws.db), 'change_log', 'meta'];
  return JSON.stringify(tables.map((t) => [t, ws.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

/** A planner, a CTC member and a field user, returned by name. */
export function seedUsers(t: TestWorkspace): { planner: string; ctc: string; field: string } {
  const ids = { planner: '', ctc: '', field: '' };
  t.seed((w) => {
    ids.planner = w.insert('users', { name: 'Paula Planner', role: 'planner' });
    ids.ctc = w.insert('users', { name: 'Carl Committee', role: 'ctc_member' });
    ids.field = w.insert('users', { name: 'Fatima Field', role: 'field' });
  });
  return ids;
}
