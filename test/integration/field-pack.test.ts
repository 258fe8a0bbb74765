// Field visit packs (issue 9, "The field workspace") on real SQLite files: HQ issues a pack for a
// visit, the team opens it as an encrypted field workspace holding that State's records and
// nothing of any other, edits travel back and forth as bundles (scoped to the State on HQ's side),
// concurrent edits become conflicts resolved at HQ, and damaged or forged packs create nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashPassphrase } from '../../main/core/auth/passphrase';
import { openWorkspace, setMeta, type Db } from '../../main/core/db/workspace';
import { userTables } from '../../main/core/db/write';
import { openPack, packSchema, packTeam, type OpenPackOptions } from '../../main/core/field/pack';
import {
  openPayload,
  parseBundle,
  sealBundle,
  type BundleRefused,
} from '../../main/core/sync/bundle';
import { BUNDLE_KDF_KEY } from '../../main/core/sync/exchange';
import { fingerprint } from '../../main/core/sync/identity';
import { DEMO_PASSPHRASE } from '../../shared/api/session';
import {
  copyOfDemo,
  demoTemplate,
  expectRefused,
  noonOf,
  openTestWorkspace,
  PASSPHRASE,
  tempDir,
  TODAY,
  type TestWorkspace,
} from './helpers';

const PACK_PASSPHRASE = 'pack passphrase for the team';
const BUNDLE_PASSPHRASE = 'bundle passphrase both ways';
const FIELD_KEY = 'field workspace key';
const NOW = noonOf(TODAY);
/** Light key derivation for the many packs and bundles made here (the default is benchmarked). */
const LIGHT_KDF = JSON.stringify({ N: 1024, r: 1, p: 1 });

let template: string;
beforeAll(() => {
  template = demoTemplate();
}, 120_000);

const open: TestWorkspace[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

const userNamed = (db: Db, name: string) =>
  db.prepare('SELECT id FROM users WHERE name = ?').pluck().get(name) as string;

interface Hq {
  t: TestWorkspace;
  planner: string;
  visitId: string;
  iso3: string;
  /** Another State with recommendations: nothing of it may reach the field. */
  otherIso3: string;
}

/** HQ: the demo, with the latest visit that has recommendations staffed by two users of the app. */
function makeHq(): Hq {
  const t = copyOfDemo(template);
  open.push(t);
  setMeta(t.ws.db, BUNDLE_KDF_KEY, LIGHT_KDF);
  t.ws.db.pragma('synchronous = OFF');
  const withRecommendations = t.ws.db
    .prepare(
      `SELECT v.id, v.iso3 FROM visits v JOIN assessment_reports r ON r.visit_id = v.id
       JOIN recommendations c ON c.report_id = r.id
       WHERE v.deleted = 0 GROUP BY v.id ORDER BY v.start_date DESC`,
    )
    .all() as { id: string; iso3: string }[];
  const { id: visitId, iso3 } = withRecommendations[0]!;
  const otherIso3 = withRecommendations.find((v) => v.iso3 !== iso3)!.iso3;
  const planner = userNamed(t.ws.db, 'N. Haddad');
  t.value('visits.update', { id: visitId, team: ['J. Moreau', 'R. Kaur', 'P. Mensah'] }, planner);
  // The demo's recommendations share their wording between States: each gets words of its own.
  for (const state of [iso3, otherIso3])
    t.value(
      'recommendations.update',
      { id: recommendationsOf(t.ws.db, state)[0], text: wordingOf(state) },
      planner,
    );
  return { t, planner, visitId, iso3, otherIso3 };
}

/** Words found in one State's recommendation only. */
const wordingOf = (iso3: string) =>
  `Strengthen the border watchlist of ${iso3} (distinct wording).`;

const recommendationsOf = (db: Db, iso3: string) =>
  rowIdsOf(
    db,
    'recommendations',
    'deleted = 0 AND report_id IN (SELECT id FROM assessment_reports WHERE visit_id IN (SELECT id FROM visits WHERE iso3 = ?))',
    iso3,
  );

function issuePack(hq: Hq) {
  return hq.t.value(
    'field.exportPack',
    { visitId: hq.visitId, passphrase: PACK_PASSPHRASE },
    hq.planner,
  );
}

function packOptions(pack: Uint8Array, path: string): OpenPackOptions {
  return {
    path,
    pack,
    passphrase: PACK_PASSPHRASE,
    key: FIELD_KEY,
    member: { name: 'J. Moreau', passphraseHash: hashPassphrase(PASSPHRASE) },
    nowMs: NOW,
  };
}

/** Opens the pack as the field team does, and the field workspace it made. */
function openField(pack: string): TestWorkspace {
  const dir = tempDir();
  const path = join(dir, 'field.sqlite');
  openPack(packOptions(new Uint8Array(Buffer.from(pack, 'base64')), path));
  const t = openTestWorkspace(dir, openWorkspace(path, { key: FIELD_KEY }), TODAY);
  open.push(t);
  setMeta(t.ws.db, BUNDLE_KDF_KEY, LIGHT_KDF);
  return t;
}

/**
 * The State a row is about, followed by hand through the tables' links (independently of the
 * scoping code), or 'reference' for the rows every installation may hold.
 */
function stateOf(db: Db, table: string, id: string): string | null {
  const get = (sql: string, ...args: string[]) =>
    (db
      .prepare(sql)
      .pluck()
      .get(...args) as string | null | undefined) ?? null;
  const viaVisit = (visitId: string | null) =>
    visitId ? get('SELECT iso3 FROM visits WHERE id = ?', visitId) : null;
  const viaReport = (reportId: string | null) =>
    viaVisit(
      reportId ? get('SELECT visit_id FROM assessment_reports WHERE id = ?', reportId) : null,
    );
  switch (table) {
    case 'users':
    case 'methodologies':
    case 'indicator_definitions':
    case 'settings':
      return 'reference';
    case 'assessment_reports':
    case 'visit_steps':
    case 'field_meetings':
    case 'field_observations':
    case 'field_findings':
    case 'status_proposals':
    case 'visit_parts':
      return viaVisit(get(`SELECT visit_id FROM ${table} WHERE id = ?`, id));
    case 'recommendations':
    case 'followups':
      return viaReport(get(`SELECT report_id FROM ${table} WHERE id = ?`, id));
    case 'recommendation_updates':
      return viaReport(
        get(
          'SELECT report_id FROM recommendations WHERE id = (SELECT recommendation_id FROM recommendation_updates WHERE id = ?)',
          id,
        ),
      );
    case 'consent_steps':
      return get(
        'SELECT iso3 FROM consent_requests WHERE id = (SELECT consent_request_id FROM consent_steps WHERE id = ?)',
        id,
      );
    case 'events': {
      const subject = db
        .prepare('SELECT subject_table, subject_id FROM events WHERE id = ?')
        .raw()
        .get(id) as [string, string];
      return stateOf(db, subject[0], subject[1]);
    }
    case 'conflicts': {
      const cell = db.prepare('SELECT tbl, row_id FROM conflicts WHERE id = ?').raw().get(id) as [
        string,
        string,
      ];
      return stateOf(db, cell[0], cell[1]);
    }
    default:
      return get(`SELECT iso3 FROM ${table} WHERE id = ?`, id);
  }
}

/** Every row of every user table, as text, to search. */
function allRows(db: Db): string {
  return userTables(db)
    .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table}`).raw().all()))
    .join('\n');
}

const recommendationTexts = (db: Db, iso3: string) =>
  db
    .prepare(
      `SELECT c.text FROM recommendations c JOIN assessment_reports r ON r.id = c.report_id
       JOIN visits v ON v.id = r.visit_id WHERE v.iso3 = ? AND c.text IS NOT NULL`,
    )
    .pluck()
    .all(iso3) as string[];

const rowIdsOf = (db: Db, table: string, where: string, ...args: string[]) =>
  db
    .prepare(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`)
    .pluck()
    .all(...args) as string[];

describe('a visit pack', () => {
  it('makes a field workspace holding the State’s records, as HQ logged them, and nothing of any other State', () => {
    const hq = makeHq();
    const issued = issuePack(hq);
    const stateName = hq.t.ws.db
      .prepare('SELECT name_en FROM member_states WHERE iso3 = ?')
      .pluck()
      .get(hq.iso3);
    expect(issued).toMatchObject({
      visitId: hq.visitId,
      state: { iso3: hq.iso3, name: stateName },
      bytes: Buffer.from(issued.pack, 'base64').length,
    });
    expect(issued.fileName).toMatch(/\.cted$/);
    // HQ trusts the new field installation at once, and says so.
    const peer = hq.t.value('sync.peers', {}).find((p) => p.siteId === issued.siteId);
    expect(peer).toMatchObject({ fingerprint: issued.fingerprint });
    expect(peer!.name).toContain(String(stateName));
    expect(
      hq.t.ws.db
        .prepare("SELECT COUNT(*) FROM events WHERE kind = 'field.pack_issued' AND subject_id = ?")
        .pluck()
        .get(hq.visitId),
    ).toBe(1);

    const field = openField(issued.pack);
    const hqDb = hq.t.ws.db;
    const fieldDb = field.ws.db;
    expect(field.value('field.status', {}, userNamed(fieldDb, 'J. Moreau'))).toMatchObject({
      field: true,
      visitId: hq.visitId,
      iso3: hq.iso3,
      stateName,
      hqSiteId: hq.t.ws.siteId,
    });
    expect(field.ws.siteId).toBe(issued.siteId);

    // Every row there is about this State, or reference data.
    for (const table of userTables(fieldDb))
      for (const id of rowIdsOf(fieldDb, table, '1'))
        expect([hq.iso3, 'reference'], `${table} ${id}`).toContain(stateOf(fieldDb, table, id));
    // The State's records are all there, with the very changes HQ logged.
    const ofState = (db: Db) => ({
      visits: rowIdsOf(db, 'visits', 'iso3 = ?', hq.iso3),
      indicators: rowIdsOf(db, 'risk_indicators', 'iso3 = ?', hq.iso3),
      signals: rowIdsOf(db, 'signals', 'iso3 = ?', hq.iso3),
      recommendations: recommendationTexts(db, hq.iso3).sort(),
    });
    expect(ofState(fieldDb)).toEqual(ofState(hqDb));
    expect(ofState(fieldDb).recommendations.length).toBeGreaterThan(0);
    const recommendationLog = (db: Db, ids: Set<string>) =>
      (
        db
          .prepare(
            "SELECT hlc, site_id, row_id, col, new_value FROM change_log WHERE tbl = 'recommendations' ORDER BY hlc, row_id, col",
          )
          .raw()
          .all() as string[][]
      ).filter((r) => ids.has(r[2]!));
    const fieldRecommendations = new Set(rowIdsOf(fieldDb, 'recommendations', '1'));
    expect(recommendationLog(fieldDb, fieldRecommendations)).toEqual(
      recommendationLog(hqDb, fieldRecommendations),
    );
    // The team, but no other user, and no administrator made there.
    expect(
      (fieldDb.prepare('SELECT name FROM users ORDER BY name').pluck().all() as string[]).sort(),
    ).toEqual(['J. Moreau', 'R. Kaur']);

    // Another State's words are nowhere in it; this State's are.
    const rows = allRows(fieldDb);
    expect(rows).not.toContain(wordingOf(hq.otherIso3));
    expect(rows).toContain(wordingOf(hq.iso3));
  });

  it('is encrypted at rest: no assessment text can be read in the field workspace’s bytes', () => {
    const hq = makeHq();
    const dir = tempDir();
    const path = join(dir, 'field.sqlite');
    openPack(packOptions(new Uint8Array(Buffer.from(issuePack(hq).pack, 'base64')), path));
    const texts = recommendationTexts(hq.t.ws.db, hq.iso3);
    expect(texts).toContain(wordingOf(hq.iso3));
    // The search finds the texts where they are in clear (HQ's plain demo workspace)…
    hq.t.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const hqBytes = readFileSync(hq.t.path);
    expect(texts.some((text) => hqBytes.includes(Buffer.from(text, 'utf8')))).toBe(true);
    // …and none of them in the field workspace, which is all there is beside it.
    expect(readdirSync(dir)).toEqual(['field.sqlite']);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    for (const text of texts) {
      expect(bytes.includes(Buffer.from(text, 'utf8'))).toBe(false);
      expect(bytes.includes(Buffer.from(text.slice(0, 24), 'utf8'))).toBe(false);
    }
    expect(() => openWorkspace(path)).toThrow(/encrypted/);
  });

  it('carries edits both ways: HQ’s bundles for the field hold only its State, and a concurrent edit is resolved at HQ', () => {
    const hq = makeHq();
    const issued = issuePack(hq);
    const field = openField(issued.pack);
    const moreau = userNamed(field.ws.db, 'J. Moreau');
    const kaur = userNamed(field.ws.db, 'R. Kaur');
    const [recommendation] = recommendationsOf(hq.t.ws.db, hq.iso3);
    const [elsewhere] = recommendationsOf(hq.t.ws.db, hq.otherIso3);

    // The same recommendation reworded in the field and at HQ, neither knowing of the other; HQ
    // also rewords another State's recommendation.
    field.value('recommendations.update', { id: recommendation, text: 'Field wording' }, moreau);
    hq.t.value('recommendations.update', { id: recommendation, text: 'HQ wording' }, hq.planner);
    hq.t.value('recommendations.update', { id: elsewhere, text: 'Elsewhere wording' }, hq.planner);

    // The field team member makes the bundle for HQ; HQ finds the conflict.
    const fromField = field.value(
      'sync.exportBundle',
      { to: hq.t.ws.siteId, passphrase: BUNDLE_PASSPHRASE },
      kaur,
    );
    const merged = hq.t.value(
      'sync.importBundle',
      { bundle: fromField.bundle, passphrase: BUNDLE_PASSPHRASE },
      hq.planner,
    );
    expect(merged.conflicts).toBe(1);
    const [conflict] = hq.t.value('conflicts.list', {
      table: 'recommendations',
      rowId: recommendation,
    });
    expect([conflict!.kept.value, conflict!.lost.value].sort()).toEqual([
      'Field wording',
      'HQ wording',
    ]);
    hq.t.value(
      'conflicts.resolve',
      { id: conflict!.id, keep: 'value', value: 'Agreed wording' },
      hq.planner,
    );

    // HQ's bundle for the field installation: its State's changes only.
    const toField = hq.t.value(
      'sync.exportBundle',
      { to: issued.siteId, passphrase: BUNDLE_PASSPHRASE },
      hq.planner,
    );
    const payload = openPayload(
      parseBundle(new Uint8Array(Buffer.from(toField.bundle, 'base64'))),
      BUNDLE_PASSPHRASE,
    );
    expect(payload.changes.length).toBeGreaterThan(0);
    for (const [, , , table, rowId] of payload.changes)
      expect([hq.iso3, 'reference'], `${table} ${rowId}`).toContain(
        stateOf(hq.t.ws.db, table, rowId),
      );
    expect(payload.changes.some((c) => c[4] === elsewhere)).toBe(false);
    expect(JSON.stringify(payload)).not.toContain('Elsewhere wording');
    expect(payload.changes.some((c) => c[7] === 'Agreed wording')).toBe(true);

    field.value(
      'sync.importBundle',
      { bundle: toField.bundle, passphrase: BUNDLE_PASSPHRASE },
      kaur,
    );
    expect(
      field.ws.db
        .prepare('SELECT text FROM recommendations WHERE id = ?')
        .pluck()
        .get(recommendation),
    ).toBe('Agreed wording');
    const [settled] = field.value('conflicts.list', { open: false, rowId: recommendation }, moreau);
    expect(settled).toMatchObject({ id: conflict!.id, resolution: 'value' });
    expect(settled!.resolvedAt).not.toBeNull();
    expect(allRows(field.ws.db)).not.toContain('Elsewhere wording');

    // A bundle HQ made for any installation is not for the field workspace.
    const forAny = hq.t.value('sync.exportBundle', { passphrase: BUNDLE_PASSPHRASE }, hq.planner);
    const refused = expectRefused(
      field,
      'sync.importBundle',
      { bundle: forAny.bundle, passphrase: BUNDLE_PASSPHRASE },
      'CONFLICT',
      kaur,
    );
    expect(refused?.message).toMatch(/field workspace takes only the bundles made for it/);
  });

  it('is refused with a clear reason, changing nothing, for bad input and the wrong people', () => {
    const hq = makeHq();
    const ctc = userNamed(hq.t.ws.db, 'C. Lindqvist');
    const kaur = userNamed(hq.t.ws.db, 'R. Kaur');
    const input = { visitId: hq.visitId, passphrase: PACK_PASSPHRASE };
    expectRefused(
      hq.t,
      'field.exportPack',
      { ...input, visitId: 'no-such-visit' },
      'NOT_FOUND',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'field.exportPack',
      { ...input, passphrase: 'short' },
      'VALIDATION',
      hq.planner,
    );
    expectRefused(
      hq.t,
      'field.exportPack',
      { passphrase: PACK_PASSPHRASE },
      'VALIDATION',
      hq.planner,
    );
    // A visit whose team names no user of the app: nobody could sign in in the field.
    const unstaffed = hq.t.ws.db
      .prepare(
        "SELECT id FROM visits WHERE deleted = 0 AND team NOT LIKE '%Moreau%' AND team NOT LIKE '%Kaur%' AND team NOT LIKE '%Novak%' AND team NOT LIKE '%Haddad%' AND team NOT LIKE '%Lindqvist%' AND team NOT LIKE '%Adeyemi%' LIMIT 1",
      )
      .pluck()
      .get() as string;
    const noTeam = expectRefused(
      hq.t,
      'field.exportPack',
      { ...input, visitId: unstaffed },
      'VALIDATION',
      hq.planner,
    );
    expect(noTeam?.message).toMatch(/name the team members on the visit first/);
    expectRefused(hq.t, 'field.exportPack', input, 'FORBIDDEN', ctc);
    expectRefused(hq.t, 'field.exportPack', input, 'FORBIDDEN', kaur);
    // A field team member exchanges bundles in the field workspace, not at HQ.
    const atHq = expectRefused(
      hq.t,
      'sync.exportBundle',
      { passphrase: BUNDLE_PASSPHRASE },
      'FORBIDDEN',
      kaur,
    );
    expect(atHq?.message).toMatch(/field workspace/);

    const field = openField(issuePack(hq).pack);
    expect(hq.t.value('field.status', {}, ctc)).toEqual({ field: false });
    expectRefused(
      field,
      'field.exportPack',
      input,
      'CONFLICT',
      userNamed(field.ws.db, 'J. Moreau'),
    );
  });
});

describe('a damaged, forged or mistaken pack', () => {
  let pack: Uint8Array;
  let hqKey: string;
  beforeAll(() => {
    const hq = makeHq();
    pack = new Uint8Array(Buffer.from(issuePack(hq).pack, 'base64'));
    hqKey = hq.t.value('sync.identity', {}).fingerprint;
    open.splice(0).forEach((t) => t.close());
  }, 120_000);

  /** Opening must fail with this reason and leave the folder as empty as it was. */
  function expectNothingCreated(options: Partial<OpenPackOptions>, reason: string | RegExp) {
    const dir = tempDir();
    const path = join(dir, 'field.sqlite');
    let error: unknown;
    try {
      openPack({ ...packOptions(pack, path), ...options });
    } catch (e) {
      error = e;
    }
    expect(error, 'the pack was accepted').toBeInstanceOf(Error);
    const { details, message } = error as BundleRefused;
    if (typeof reason === 'string') expect((details as { reason: string }).reason).toBe(reason);
    else expect(message).toMatch(reason);
    expect(message).not.toMatch(/at .*\.ts:\d+/);
    expect(readdirSync(dir)).toEqual([]);
    return message;
  }

  const flipped = (at: number) => {
    const copy = pack.slice();
    copy[at] = copy[at]! ^ 0x01;
    return copy;
  };

  it('refuses a changed bit anywhere: header, contents or signature', () => {
    expectNothingCreated({ pack: flipped(40) }, 'tampered');
    expectNothingCreated({ pack: flipped(Math.floor(pack.length / 2)) }, 'tampered');
    expectNothingCreated({ pack: flipped(pack.length - 1) }, 'tampered');
  });

  it('refuses a pack cut short, or a file that is not a pack', () => {
    expect(
      expectNothingCreated({ pack: pack.subarray(0, pack.length - 100) }, 'truncated'),
    ).toMatch(/pack is incomplete/);
    expectNothingCreated({ pack: pack.subarray(0, 6) }, 'not_a_bundle');
    const bundleMagic = pack.slice();
    bundleMagic.set(Buffer.from('CTEDSYNC'), 0);
    expectNothingCreated({ pack: bundleMagic }, 'not_a_bundle');
  });

  it('refuses the wrong pack passphrase', () => {
    expect(expectNothingCreated({ passphrase: 'not the passphrase' }, 'wrong_passphrase')).toMatch(
      /passphrase does not open this pack/,
    );
  });

  it('refuses a pack signed by another key than HQ’s', () => {
    const contents = openPayload(parseBundle(pack, 'pack'), PACK_PASSPHRASE, packSchema);
    const header = parseBundle(pack, 'pack').header;
    const forger = ed25519.utils.randomSecretKey();
    const forgerKey = Buffer.from(ed25519.getPublicKey(forger)).toString('hex');
    const reseal = (payload: typeof contents) =>
      sealBundle({
        kind: 'pack',
        bundleId: header.bundleId,
        sender: { siteId: 'f0f0f0f0', publicKey: forgerKey, privateKey: forger },
        recipient: header.recipient,
        createdHlc: header.createdHlc,
        payload,
        passphrase: PACK_PASSPHRASE,
        kdf: { N: 1024, r: 1, p: 1 },
      });
    // Re-signed with HQ's contents: the signer is not the HQ the contents name.
    expectNothingCreated({ pack: reseal(contents) }, 'tampered');
    // A whole forged pack naming its own "HQ": refused when HQ's fingerprint is given.
    const forgedHq = {
      ...contents,
      field: {
        ...contents.field,
        hq: { siteId: 'f0f0f0f0', name: 'CTED headquarters', publicKey: forgerKey },
      },
    };
    const message = expectNothingCreated(
      { pack: reseal(forgedHq), hqFingerprint: hqKey },
      'untrusted',
    );
    expect(message).toContain(fingerprint(forgerKey));
  });

  it('refuses a team member who is not on the visit’s team, and a file that exists', () => {
    // The team members who can sign in, as the desktop app offers them (P. Mensah is no user).
    expect(packTeam(pack, PACK_PASSPHRASE, NOW)).toEqual(['J. Moreau', 'R. Kaur']);
    expect(() => packTeam(pack, 'not the passphrase', NOW)).toThrow(/passphrase does not open/);
    expectNothingCreated(
      { member: { name: 'C. Lindqvist', passphraseHash: hashPassphrase(PASSPHRASE) } },
      /not on this visit’s team.*J\. Moreau/,
    );
    const dir = tempDir();
    const path = join(dir, 'field.sqlite');
    writeFileSync(path, 'mine');
    expect(() => openPack(packOptions(pack, path))).toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });
});

describe('cted-planner field', () => {
  /** The CLI as a user runs it, with the given secrets in its environment. */
  function cli(env: Record<string, string>, ...args: string[]) {
    const { CTED_PASSPHRASE: _p, CTED_PACK_PASSPHRASE: _k, ...inherited } = process.env;
    const r = spawnSync(process.execPath, ['bin/cted-planner.mjs', ...args, '--today', TODAY], {
      encoding: 'utf8',
      env: { ...inherited, ...env },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('exports a pack at HQ and opens it as a field workspace the team member signs in to', () => {
    const hq = makeHq();
    hq.t.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const dir = tempDir();
    const packFile = join(dir, 'visit.cted');
    const keyFile = join(dir, 'field.key');
    writeFileSync(keyFile, `${FIELD_KEY}\n`);
    const fieldDb = join(dir, 'field.sqlite');

    const exported = cli(
      { CTED_PASSPHRASE: DEMO_PASSPHRASE, CTED_PACK_PASSPHRASE: PACK_PASSPHRASE },
      ...['field', 'export', '--db', hq.t.path, '--visit', hq.visitId, '--to', packFile],
      ...['--user', 'N. Haddad'],
    );
    expect(exported.code, exported.err).toBe(0);
    expect(exported.out).toMatch(/Wrote the pack/);
    expect(existsSync(packFile)).toBe(true);

    const wrong = cli(
      { CTED_PASSPHRASE: PASSPHRASE, CTED_PACK_PASSPHRASE: 'not the pack passphrase' },
      ...['field', 'open', packFile, '--db', fieldDb, '--key-file', keyFile, '--user', 'R. Kaur'],
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/passphrase does not open this pack/);
    expect(existsSync(fieldDb)).toBe(false);

    const opened = cli(
      { CTED_PASSPHRASE: PASSPHRASE, CTED_PACK_PASSPHRASE: PACK_PASSPHRASE },
      ...['field', 'open', packFile, '--db', fieldDb, '--key-file', keyFile, '--user', 'R. Kaur'],
    );
    expect(opened.code, opened.err).toBe(0);
    expect(opened.out).toMatch(/Created the field workspace/);

    const status = cli(
      { CTED_PASSPHRASE: PASSPHRASE },
      ...['call', 'field.status', '--db', fieldDb, '--key-file', keyFile, '--user', 'R. Kaur'],
    );
    expect(status.code, status.err).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({
      field: true,
      iso3: hq.iso3,
      visitId: hq.visitId,
    });
    // Signing in there takes the passphrase given at opening.
    const wrongUser = cli(
      { CTED_PASSPHRASE: 'not her passphrase' },
      ...['call', 'field.status', '--db', fieldDb, '--key-file', keyFile, '--user', 'R. Kaur'],
    );
    expect(wrongUser.code).toBe(1);

    // Through a shared folder: HQ writes the field installation's own bundle (and none for any
    // installation, as every peer it has is a field one); the field applies it and answers.
    const folder = tempDir('cted-usb-');
    const bundles = { CTED_BUNDLE_PASSPHRASE: BUNDLE_PASSPHRASE };
    const syncAt = (db: string, user: string, passphrase: string, ...key: string[]) =>
      cli(
        { ...bundles, CTED_PASSPHRASE: passphrase },
        ...['sync', '--folder', folder, '--db', db, '--user', user, ...key],
      );
    const atHq = syncAt(hq.t.path, 'N. Haddad', DEMO_PASSPHRASE);
    expect(atHq.code, atHq.err).toBe(0);
    expect(atHq.out).toMatch(/Wrote \S+\.ctedsync for Field: visit to/);
    expect(readdirSync(folder)).toHaveLength(1);
    const atField = syncAt(fieldDb, 'R. Kaur', PASSPHRASE, '--key-file', keyFile);
    expect(atField.code, atField.err).toBe(0);
    expect(atField.out).toMatch(/Applied \S+ from CTED headquarters/);
    const back = syncAt(hq.t.path, 'N. Haddad', DEMO_PASSPHRASE);
    expect(back.code, back.err).toBe(0);
    expect(back.out).toMatch(/Applied \S+ from Field: visit to/);
    expect(
      hq.t.ws.db
        .prepare("SELECT COUNT(*) FROM events WHERE kind = 'field.pack_opened' AND subject_id = ?")
        .pluck()
        .get(hq.visitId),
    ).toBe(1);
  }, 240_000);
  it('takes one key for the pack and the field workspace, as in `field export … --key-file F`', () => {
    const hq = makeHq();
    hq.t.ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const dir = tempDir();
    const packFile = join(dir, 'visit.cted');
    const keyFile = join(dir, 'field.key');
    writeFileSync(keyFile, `${FIELD_KEY}\n`);
    const fieldDb = join(dir, 'field.sqlite');
    const exported = cli(
      { CTED_PASSPHRASE: DEMO_PASSPHRASE },
      ...['field', 'export', '--visit', hq.visitId, '--to', packFile, '--key-file', keyFile],
      ...['--db', hq.t.path, '--user', 'N. Haddad'],
    );
    expect(exported.code, exported.err).toBe(0);
    const opened = cli(
      { CTED_PASSPHRASE: PASSPHRASE },
      ...['field', 'open', packFile, '--db', fieldDb, '--key-file', keyFile, '--user', 'R. Kaur'],
    );
    expect(opened.code, opened.err).toBe(0);
    expect(opened.out).toMatch(/Created the field workspace/);
    // The field workspace opens with that key, and only with it.
    const status = cli(
      { CTED_PASSPHRASE: PASSPHRASE, CTED_WORKSPACE_KEY: 'another key' },
      ...['call', 'field.status', '--db', fieldDb, '--user', 'R. Kaur'],
    );
    expect(status.code).toBe(1);
    expect(status.err).toMatch(/key does not open this workspace/);
  }, 120_000);
});
