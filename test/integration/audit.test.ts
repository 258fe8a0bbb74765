// The tamper-evident audit trail on real SQLite files: every change chained to the one before,
// edits refused by triggers, an edit made with raw SQL (triggers dropped) found at its row, an
// event changed behind the app's back found, and a rewritten history caught by an anchor even
// when the whole chain was recomputed.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditAnchor, chainHash, verifyAudit, type LoggedChange } from '../../main/core/db/audit';
import { loadMigrations } from '../../main/core/db/migrations';
import { openWorkspace } from '../../main/core/db/workspace';
import {
  createTestWorkspace,
  expectRefused,
  grantConsent,
  seedUsers,
  type TestWorkspace,
} from './helpers';

let t: TestWorkspace;
let users: ReturnType<typeof seedUsers>;
beforeEach(() => {
  t = createTestWorkspace();
  users = seedUsers(t);
  grantConsent(t, 'KEN', users.planner, { sentOn: '2026-03-02' });
  grantConsent(t, 'PER', users.planner, { sentOn: '2026-04-06' });
});
afterEach(() => t.close());

/** Raw SQL on the workspace file, as someone with the sqlite3 shell would write it. */
function outsideTheApp(sql: string): void {
  t.ws.close();
  const raw = new Database(t.path);
  raw.exec(sql);
  raw.close();
  t.ws = openWorkspace(t.path);
}

const verdict = (anchor?: ReturnType<typeof auditAnchor>) => verifyAudit(t.ws.db, anchor);

describe('the audit chain', () => {
  it('chains every change to the one before, whichever writer made it', () => {
    const rows = t.ws.db
      .prepare(
        'SELECT hlc, site_id, author_id, tbl, row_id, col, old_value, new_value, hash FROM change_log ORDER BY seq',
      )
      .all() as (LoggedChange & { hash: string })[];
    expect(rows.length).toBeGreaterThan(20);
    let previous: string | null = null;
    for (const row of rows) {
      expect(row.hash).toBe(chainHash(previous, row));
      previous = row.hash;
    }
    expect(verdict()).toMatchObject({ ok: true, rows: rows.length });
    expect(verdict().lines[0]).toBe(
      `Audit trail: ${rows.length} changes, each chained to the one before.`,
    );
  });

  it('chains, on upgrade, the changes written before the chain existed', () => {
    const path = `${t.dir}/older.sqlite`;
    const older = openWorkspace(path, {
      create: true,
      migrations: loadMigrations().filter((m) => m.version <= 5),
    });
    const log = older.db.prepare(
      "INSERT INTO change_log (hlc, site_id, author_id, tbl, row_id, col, old_value, new_value) VALUES (?, 'site', NULL, 'visits', ?, 'status', NULL, ?)",
    );
    for (let i = 0; i < 50; i++) log.run(`hlc-${String(i).padStart(3, '0')}`, `v${i}`, 'planned');
    older.close();
    const upgraded = openWorkspace(path);
    expect(upgraded.schemaVersion).toBeGreaterThanOrEqual(6);
    expect(verifyAudit(upgraded.db)).toMatchObject({ ok: true, rows: 50 });
    const first = upgraded.db
      .prepare('SELECT * FROM change_log ORDER BY seq LIMIT 1')
      .get() as LoggedChange & {
      hash: string;
    };
    expect(first.hash).toBe(chainHash(null, first));
    upgraded.close();
  });

  it('refuses to update or delete the change log and the events', () => {
    for (const sql of [
      "UPDATE change_log SET new_value = 'declined' WHERE col = 'reply'",
      'DELETE FROM change_log WHERE seq = 3',
      "UPDATE events SET kind = 'nothing'",
      'DELETE FROM events',
    ])
      expect(() => t.ws.db.exec(sql), sql).toThrow(/cannot be changed/);
    expect(verdict().ok).toBe(true);
  });

  it('names the first row broken by an edit made with raw SQL, the guards once dropped, and a removed row', () => {
    const granted = t.ws.db
      .prepare(
        "SELECT seq, tbl FROM change_log WHERE col = 'reply' AND new_value = 'granted' ORDER BY seq LIMIT 1",
      )
      .get() as { seq: number; tbl: string };
    outsideTheApp(`DROP TRIGGER change_log_no_update;
      UPDATE change_log SET new_value = 'declined' WHERE seq = ${granted.seq};`);
    const edited = verdict();
    expect(edited.ok).toBe(false);
    expect(edited.lines[0]).toMatch(
      new RegExp(
        `^The audit trail is broken at change ${granted.seq} \\(${granted.tbl}\\.reply of `,
      ),
    );
    expect(edited.lines.join('\n')).toMatch(/guards .* are missing \(change_log_no_update\)/);

    outsideTheApp(`UPDATE change_log SET new_value = 'granted' WHERE seq = ${granted.seq};
      CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, 'x'); END;`);
    expect(verdict().ok).toBe(true);
    outsideTheApp(`DROP TRIGGER change_log_no_delete; DELETE FROM change_log WHERE seq = 5;`);
    expect(verdict().lines[0]).toMatch(/^The audit trail is broken at change 6 /);
  });

  it('finds an event changed or added behind the app’s back', () => {
    outsideTheApp(
      `DROP TRIGGER events_no_update; UPDATE events SET kind = 'consent.withdrawn' WHERE kind = 'consent.replied';`,
    );
    expect(verdict().lines.join('\n')).toMatch(
      /The event .* differs from what the audit trail recorded for it \(kind\)/,
    );
    t.close();
    t = createTestWorkspace();
    outsideTheApp(
      `INSERT INTO events (id, kind, at) VALUES ('forged', 'plan.adopted', '2026-01-01T00:00:00Z');`,
    );
    expect(verdict().lines.join('\n')).toContain('The event forged is not in the audit trail');
  });

  it('lets an administrator verify the chain and take its anchor through the API', () => {
    const anchor = t.value('audit.anchor', {});
    expect(anchor).toEqual(auditAnchor(t.ws.db, anchor.takenAt));
    expect(t.value('audit.verify', { anchor })).toMatchObject({ ok: true });
    expectRefused(t, 'audit.anchor', {}, 'FORBIDDEN', users.planner);
    expectRefused(t, 'audit.verify', {}, 'FORBIDDEN', users.ctc);
    expectRefused(t, 'audit.verify', { anchor: { ...anchor, hash: 'nope' } }, 'VALIDATION', null);
  });

  it('proves with an anchor that nothing before it was rewritten, even when the chain was recomputed', () => {
    const anchor = auditAnchor(t.ws.db, '2026-11-29T12:00:00.000Z');
    expect(anchor).toMatchObject({ kind: 'cted-audit-anchor', count: expect.any(Number) });
    grantConsent(t, 'JOR', users.planner, { sentOn: '2026-05-04' });
    expect(verdict(anchor)).toMatchObject({ ok: true });
    expect(verdict(anchor).lines.at(-1)).toMatch(/the \d+ changes recorded up to it are unchanged/);
    // Rewrite one early change and recompute every hash after it, as a careful forger would.
    outsideTheApp(`DROP TRIGGER change_log_no_update;
      UPDATE change_log SET new_value = 'declined' WHERE seq = (SELECT MIN(seq) FROM change_log WHERE col = 'reply');`);
    const rows = t.ws.db
      .prepare(
        'SELECT seq, hlc, site_id, author_id, tbl, row_id, col, old_value, new_value FROM change_log ORDER BY seq',
      )
      .all() as (LoggedChange & { seq: number })[];
    let previous: string | null = null;
    const rehash = t.ws.db.prepare('UPDATE change_log SET hash = ? WHERE seq = ?');
    for (const row of rows) {
      previous = chainHash(previous, row);
      rehash.run(previous, row.seq);
    }
    t.ws.db.exec(
      "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log BEGIN SELECT RAISE(ABORT, 'x'); END;",
    );
    expect(verdict().ok).toBe(true);
    const caught = verdict(anchor);
    expect(caught.ok).toBe(false);
    expect(caught.lines.at(-1)).toMatch(
      /no longer matches it .* the history before it was rewritten/,
    );
  });
});
