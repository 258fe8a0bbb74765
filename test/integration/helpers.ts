// Real SQLite workspaces in temporary folders, with a fixed clock, for integration tests.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CREDENTIAL_TABLES, setPassphrase } from '../../main/core/auth/credentials';
import { hashPassphrase } from '../../main/core/auth/passphrase';
import { generateDemo } from '../../main/core/demo/generate';
import { createDispatcher, type Dispatcher } from '../../main/core/dispatcher';
import { openWorkspace, type Workspace } from '../../main/core/db/workspace';
import { Writer, userTables } from '../../main/core/db/write';
import type { ApiErrorBody, ApiResult, MethodName, MethodOutput } from '../../shared/api/contract';
import { addDays } from '../../shared/domain/dates';

export const TODAY = '2026-11-29';
export const noonOf = (day: string) => Date.parse(`${day}T12:00:00.000Z`);

export interface TestWorkspace {
  dir: string;
  path: string;
  ws: Workspace;
  api: Dispatcher;
  /** Calls a method and returns its value, failing the test with the error when it fails. */
  value<M extends MethodName>(method: M, input: unknown, user?: string): MethodOutput<M>;
  /** The same for any method, those that answer later (e.g. XLSX exports) included. */
  valueLater<M extends MethodName>(
    method: M,
    input: unknown,
    user?: string,
  ): Promise<MethodOutput<M>>;
  /** The same, with the clock set to another day (for steps that happened before the test's today). */
  on(day: string): Pick<TestWorkspace, 'value'>;
  /** Writes fixture rows through the one write path, as the admin. */
  seed(fn: (w: Writer) => void): void;
  close(): void;
}

export function tempDir(prefix = 'cted-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A new, empty workspace; encrypted with `key` when one is given. */
export function createTestWorkspace(today = TODAY, key?: string): TestWorkspace {
  const dir = tempDir();
  return openTestWorkspace(
    dir,
    openWorkspace(join(dir, 'workspace.sqlite'), { create: true, key }),
    today,
  );
}

/** Generates the seeded demo workspace once (per test file) and returns its path. */
export function demoTemplate(today = TODAY): string {
  const path = join(tempDir('cted-demo-'), 'demo.sqlite');
  const ws = openWorkspace(path, { create: true });
  generateDemo(ws, { seed: 2617, scale: 1, today });
  ws.close();
  return path;
}

/** A fresh copy of a demo template, for a test that may change it. */
export function copyOfDemo(template: string, today = TODAY): TestWorkspace {
  const dir = tempDir();
  const path = join(dir, 'workspace.sqlite');
  copyFileSync(template, path);
  return openTestWorkspace(dir, openWorkspace(path), today);
}

export function openTestWorkspace(dir: string, ws: Workspace, today: string): TestWorkspace {
  const now = () => noonOf(today);
  const api = createDispatcher(ws, { now });
  const valueOf =
    (dispatcher: Dispatcher): TestWorkspace['value'] =>
    (method, input, user) => {
      const result = dispatcher.call(method, input, { user: user ?? null });
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    };
  return {
    dir,
    path: ws.path,
    ws,
    api,
    value: valueOf(api),
    async valueLater(method, input, user) {
      const result = await api.callAsync(method, input, { user: user ?? null });
      if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    on: (day) => ({ value: valueOf(createDispatcher(ws, { now: () => noonOf(day) })) }),
    seed(fn) {
      ws.db.transaction(() => fn(new Writer(ws.db, ws.siteId, null, now))).immediate();
    },
    close() {
      ws.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The id of the first user (by name) with a role. */
export function userWithRole(t: TestWorkspace, role: string): string {
  const row = t.ws.db
    .prepare('SELECT id FROM users WHERE deleted = 0 AND role = ? ORDER BY name LIMIT 1')
    .get(role) as { id: string } | undefined;
  if (!row) throw new Error(`No ${role} in the workspace`);
  return row.id;
}

/**
 * A digest of every row of every user table, of meta and of the local credential tables, plus the
 * extent of the append-only change log, to prove that a failed call changed nothing.
 */
export function snapshot(ws: Workspace): string {
  const hash = createHash('sha256');
  for (const table of [...userTables(ws.db), 'meta', ...CREDENTIAL_TABLES]) {
    hash.update(`\n${table}\n`);
    for (const row of ws.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().iterate())
      hash.update(JSON.stringify(row));
  }
  hash.update(
    JSON.stringify(ws.db.prepare('SELECT COUNT(*), MAX(seq) FROM change_log').raw().get()),
  );
  return hash.digest('hex');
}

/** The passphrase `givePassphrase` sets (long enough for the minimum length). */
export const PASSPHRASE = 'correct horse battery staple';

/**
 * Lets users sign in with a passphrase (PASSPHRASE unless given): one key derivation for all of
 * them, written where users.create and the demo write it.
 */
export function givePassphrase(t: TestWorkspace, userIds: string[], passphrase = PASSPHRASE): void {
  const hash = hashPassphrase(passphrase);
  for (const id of userIds) setPassphrase(t.ws.db, id, hash, new Date(noonOf(TODAY)).toISOString());
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

export interface ConsentOptions {
  year?: number;
  sentOn?: string;
  grantedOn?: string;
  proposedFrom?: string;
  proposedTo?: string;
  confidential?: boolean;
  /** Defaults to a reference made from the State and the dates. */
  noteVerbaleRef?: string;
}

/** Asks a State's consent outside the list and records it as granted, through the API; returns the request's id. */
export function grantConsent(
  t: TestWorkspace,
  iso3: string,
  user: string,
  options: ConsentOptions = {},
): string {
  const sentOn = options.sentOn ?? '2023-06-01';
  const request = t.value(
    'consent.create',
    {
      iso3,
      year: options.year ?? Number(sentOn.slice(0, 4)) + 1,
      sentOn,
      noteVerbaleRef: options.noteVerbaleRef ?? `NV/${iso3}/${sentOn}`,
    },
    user,
  );
  t.value(
    'consent.reply',
    {
      id: request.id,
      reply: 'granted',
      receivedOn: options.grantedOn ?? sentOn,
      proposedFrom: options.proposedFrom,
      proposedTo: options.proposedTo,
      confidential: options.confidential,
    },
    user,
  );
  return request.id;
}

/**
 * Calls a method that must fail as `user` (null: the administrator): checks the error code, that
 * the message is in words (no stack trace), and that nothing at all changed. Returns the error.
 */
export function expectRefused(
  t: TestWorkspace,
  method: string,
  input: unknown,
  code: string,
  user: string | null,
): ApiErrorBody | null {
  const before = snapshot(t.ws);
  return checkRefusal(t, before, t.api.call(method, input, { user }), code);
}

/** The same for a method that answers later (e.g. an XLSX export), called through callAsync. */
export async function expectRefusedLater(
  t: TestWorkspace,
  method: string,
  input: unknown,
  code: string,
  user: string | null,
): Promise<ApiErrorBody | null> {
  const before = snapshot(t.ws);
  return checkRefusal(t, before, await t.api.callAsync(method, input, { user }), code);
}

function checkRefusal(
  t: TestWorkspace,
  before: string,
  result: ApiResult<unknown>,
  code: string,
): ApiErrorBody | null {
  expect(result.ok, JSON.stringify(result)).toBe(false);
  if (!result.ok) {
    expect(result.error.code, result.error.message).toBe(code);
    expect(result.error.message.length).toBeGreaterThan(10);
    expect(result.error.message).not.toMatch(/at .*\.ts:\d+/);
  }
  expect(snapshot(t.ws)).toBe(before);
  return result.ok ? null : result.error;
}

export interface ReportLife {
  iso3: string;
  kind?: 'comprehensive' | 'focused' | 'follow_up';
  /** The visit's first day; it lasts five days, and consent was granted 60 days before. */
  visitOn: string;
  draftedOn: string;
  /** Recommendations written into the draft: code, thematic area and priority. */
  recommendations?: [code: string, thematicArea: string, priority: 'high' | 'medium' | 'low'][];
  /** The dates of the steps taken, in order (a CTC member records the adoption). */
  steps?: Partial<
    Record<
      'sent_to_state' | 'observations_received' | 'submitted_to_ctc' | 'adopted' | 'transmitted',
      string
    >
  >;
}

/** A conducted visit and its report taken through the given steps, all through the API; returns the report's id. */
export function recordReport(
  t: TestWorkspace,
  users: { planner: string; ctc: string },
  life: ReportLife,
): { reportId: string; visitId: string } {
  const consentRequestId = grantConsent(t, life.iso3, users.planner, {
    sentOn: addDays(life.visitOn, -60),
    noteVerbaleRef: `NV/${life.iso3}/${life.visitOn}`,
  });
  const visitId = t.value(
    'visits.create',
    {
      iso3: life.iso3,
      kind: life.kind ?? 'comprehensive',
      mode: 'in_person',
      status: 'conducted',
      startDate: life.visitOn,
      endDate: addDays(life.visitOn, 4),
      consentRequestId,
    },
    users.planner,
  ).id;
  const reportId = t.value(
    'reports.create',
    { visitId, title: `Report on ${life.iso3}`, draftedOn: life.draftedOn },
    users.planner,
  ).id;
  for (const [code, thematicArea, priority] of life.recommendations ?? [])
    t.value(
      'recommendations.create',
      { reportId, code, text: `Recommendation ${code} to ${life.iso3}.`, thematicArea, priority },
      users.planner,
    );
  for (const [step, on] of Object.entries(life.steps ?? {}))
    t.value(
      'reports.advance',
      { id: reportId, step, on },
      step === 'adopted' ? users.ctc : users.planner,
    );
  return { reportId, visitId };
}
