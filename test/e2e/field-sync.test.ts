// Field work offline and sync (issue 9), end to end with two workspaces and two hosts, each in its
// own Chromium. HQ (a demo workspace) exports a visit's field pack from the visit page; the pack is
// opened (core openPack) as an encrypted field workspace for the field user R. Kaur, who signs in
// to it and, on the Field page, logs a meeting, proposes a status for one of the State's
// recommendations and records the agencies met. Meanwhile HQ's planner records another status for
// that recommendation and other agencies met. The field's bundle reaches HQ (Settings → Sync on
// both sides): HQ sees the meeting and the proposal beside its own newer status (a status history
// only grows, so two statuses merge without conflict: the planner declines the proposal) and one
// conflict, the visit's agencies met (a field user cannot change a recommendation's own fields),
// which he settles on Review → Conflicts. HQ's bundle then reaches the field, which shows both
// decisions, holds the conflict as resolved, and holds nothing of any other State.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassphrase } from '../../main/core/auth/passphrase';
import { openWorkspace, type Workspace } from '../../main/core/db/workspace';
import { userTables } from '../../main/core/db/write';
import { createDispatcher } from '../../main/core/dispatcher';
import { openPack } from '../../main/core/field/pack';
import type { MethodName, MethodOutput } from '../../shared/api/contract';
import type { Recommendation, Visit } from '../../shared/api/types';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../shared/domain/reports';
import { noonOf } from '../integration/helpers';
import { cli, signIn, startApp, TODAY, type RunningApp } from './harness';
import { openFromNav, rowsOf } from './ui';

const PLANNER = 'N. Haddad';
const FIELD_USER = 'R. Kaur';
const PACK_PASSPHRASE = 'pack passphrase for the team';
const BUNDLE_PASSPHRASE = 'blue tractor at dawn';
/** R. Kaur's passphrase in the field workspace, given when the pack is opened. */
const FIELD_PASSPHRASE = 'kaur signs in on the laptop';
const FIELD_KEY = 'field laptop workspace key';
const INSTITUTION = 'National Commission on Border Management';
const FIELD_AGENCIES = ['Ministry of Interior', 'Financial Intelligence Unit'];
const HQ_AGENCIES = ['Ministry of Justice', 'National Police'];
const FIELD_EVIDENCE = 'The amendment bill was tabled in parliament.';
const HQ_EVIDENCE = 'The State’s reply of November reports the bill withdrawn.';
const DECLINED_BECAUSE = 'HQ recorded the State’s own reply on the same day.';
/** Words about another State, written at HQ before and after the pack: never in the field. */
const ELSEWHERE_BEFORE = 'Evidence about another State, recorded before the pack.';
const ELSEWHERE_AFTER = 'Evidence about another State, recorded after the pack.';
const STATUS_WORDS: Record<RecommendationStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  partially_implemented: 'Partially implemented',
  implemented: 'Implemented',
  no_information: 'No information',
  no_longer_relevant: 'No longer relevant',
};

const dir = mkdtempSync(join(tmpdir(), 'cted-field-sync-'));
const fieldPath = join(dir, 'field.sqlite');
const keyFile = join(dir, 'field.key');
writeFileSync(keyFile, `${FIELD_KEY}\n`);

let hq: RunningApp;
let field: RunningApp | null = null;
const prepared = {
  visit: null as Visit | null,
  recommendation: null as Recommendation | null,
  elsewhere: null as Recommendation | null,
};
const visit = () => prepared.visit!;
const recommendation = () => prepared.recommendation!;
const code = () => recommendation().code!;
/** Statuses other than the recommendation's: the field proposes the first, HQ records the second. */
const newStatuses = () =>
  RECOMMENDATION_STATUSES.filter((s) => s !== recommendation().status && s !== 'not_started');
const fieldStatus = () => newStatuses()[0]!;
const hqStatus = () => newStatuses()[1]!;
const fieldSiteName = () =>
  `Field: visit to ${visit().stateName}, ${visit().startDate!.slice(0, 4)}`;
/** The field installation's key fingerprint, as HQ's export dialog shows it. */
let fieldFingerprint = '';
/** HQ's key fingerprint, as its Sync page shows it. */
let hqFingerprint = '';

/**
 * HQ: the demo, with R. Kaur on the team of a visit conducted this year to a State with
 * recommendations, and a status of another State's recommendation, with evidence in words of its
 * own.
 */
async function prepare(db: string): Promise<void> {
  const visits = await cli<Visit[]>(db, 'visits.list', { year: 2026 }, PLANNER);
  for (const v of visits.filter((x) => x.status === 'conducted' && x.endDate! < TODAY)) {
    const recommendations = await cli<Recommendation[]>(
      db,
      'recommendations.list',
      { iso3: v.iso3 },
      PLANNER,
    );
    if (recommendations.length === 0) continue;
    prepared.visit = await cli<Visit>(
      db,
      'visits.update',
      { id: v.id, team: [...v.team, FIELD_USER] },
      PLANNER,
    );
    prepared.recommendation = [...recommendations].sort((a, b) =>
      (a.code ?? '').localeCompare(b.code ?? ''),
    )[0]!;
    break;
  }
  if (!prepared.visit)
    throw new Error('The demo has no conducted 2026 visit with recommendations.');
  const all = await cli<Recommendation[]>(db, 'recommendations.list', {}, PLANNER);
  prepared.elsewhere = all.find((r) => r.iso3 !== visit().iso3 && r.code)!;
  hqFingerprint = (await cli<{ fingerprint: string }>(db, 'sync.identity', {}, PLANNER))
    .fingerprint;
  prepared.elsewhere = await cli<Recommendation>(
    db,
    'recommendations.addUpdate',
    {
      id: prepared.elsewhere.id,
      asOf: TODAY,
      status: 'in_progress',
      evidence: ELSEWHERE_BEFORE,
      source: 'Reply of the State',
    },
    PLANNER,
  );
}

/** A call of the field workspace's API as R. Kaur (opening it with the workspace key). */
function fieldApi<M extends MethodName>(method: M, input: unknown): MethodOutput<M> {
  const ws: Workspace = openWorkspace(fieldPath, { key: FIELD_KEY });
  try {
    const user = ws.db.prepare('SELECT id FROM users WHERE name = ?').pluck().get(FIELD_USER);
    const result = createDispatcher(ws).call(method, input, { user: user as string });
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value as MethodOutput<M>;
  } finally {
    ws.close();
  }
}

beforeAll(async () => {
  hq = await startApp({ prepare });
  await hq.page.goto(hq.url);
  await signIn(hq.page, PLANNER);
}, 240_000);

afterAll(async () => {
  await field?.stop();
  await hq?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const dialog = (page: Page, title: string | RegExp): Locator =>
  page.getByRole('dialog', { name: title });

const openTab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

/** The Field page on the journey's visit. */
async function openFieldPage(page: Page): Promise<void> {
  await openFromNav(page, 'Field');
  const picker = page.getByLabel('Visit', { exact: true });
  if ((await picker.inputValue()) !== visit().id) await picker.selectOption(visit().id);
}

/** The row of the journey's recommendation on the Status proposals tab. */
const recommendationRow = (page: Page) =>
  rowsOf(page, `Recommendations to ${visit().stateName}`).filter({
    has: page.getByRole('cell', { name: code(), exact: true }),
  });

/** Records the agencies met on the Practical details tab of the Field page. */
async function saveAgenciesMet(page: Page, agencies: string[]): Promise<void> {
  await openTab(page, 'Practical details');
  await page.getByLabel('Agencies met').fill(agencies.join('\n'));
  await page.getByRole('button', { name: 'Save the practical details' }).click();
  await page.getByRole('status').filter({ hasText: 'The practical details are saved.' }).waitFor();
}

async function openSync(page: Page): Promise<void> {
  await openFromNav(page, 'Settings');
  await page.getByRole('link', { name: /^Sync with other installations/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Sync' }).waitFor();
}

/** Settings → Sync → Make a bundle for the trusted installation named `to`: the file saved. */
async function makeBundle(page: Page, to: string, fingerprint: string): Promise<string> {
  await openSync(page);
  const make = page.getByRole('region', { name: 'Make a bundle' });
  await make.getByLabel('For', { exact: true }).selectOption({ label: `${to} (${fingerprint})` });
  await make.getByText(/^A bundle made now carries \d+ changes?\.$/).waitFor();
  await make.getByLabel('Bundle passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
  await make.getByLabel('The same passphrase again', { exact: true }).fill(BUNDLE_PASSPHRASE);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    make.getByRole('button', { name: 'Make the bundle' }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Settings → Sync → Import a bundle: the summary shown, one "label | value" line. */
async function importBundle(page: Page, path: string, from: string): Promise<string> {
  await openSync(page);
  const importing = page.getByRole('region', { name: 'Import a bundle' });
  await importing.getByLabel('Bundle file').setInputFiles(path);
  await importing.getByLabel('Bundle passphrase', { exact: true }).fill(BUNDLE_PASSPHRASE);
  await importing.getByRole('button', { name: 'Import the bundle' }).click();
  const summary = importing.locator('.panel-success');
  await summary.getByRole('heading', { name: `Imported a bundle from ${from}` }).waitFor();
  return (await summary.innerText()).replace(/\n+/g, ' | ');
}

/** At HQ, on the report's page: "Update status…" of a recommendation, with evidence. */
async function updateStatusAtHq(
  r: Recommendation,
  status: RecommendationStatus,
  evidence: string,
): Promise<void> {
  const page = hq.page;
  await page.evaluate((id) => (window.location.hash = `#/reports/${id}`), r.reportId);
  await page.getByRole('button', { name: `Update status… ${r.code}:` }).click();
  const form = dialog(page, `Update the status of ${r.code}`);
  await form.getByLabel('Status as of').fill(TODAY);
  await form.getByLabel('New status').selectOption(status);
  await form.getByLabel(/^Evidence/).fill(evidence);
  await form.getByLabel(/^Source/).fill('Reply of the State');
  await form.getByRole('button', { name: 'Record the status' }).click();
  await form.waitFor({ state: 'detached' });
  await page
    .getByRole('status')
    .filter({ hasText: `Recommendation ${r.code} is now “${STATUS_WORDS[status]}”.` })
    .waitFor();
}

describe('field work offline and sync', () => {
  let packFile = '';

  it('1. HQ’s planner exports the visit’s field pack from the visit page', async () => {
    const page = hq.page;
    await page.evaluate((id) => (window.location.hash = `#/visits/${id}`), visit().id);
    await page.getByRole('button', { name: 'Export field pack…' }).click();
    const form = dialog(page, `Export the field pack of ${visit().stateName}`);
    await form.getByLabel('Pack passphrase', { exact: true }).fill(PACK_PASSPHRASE);
    await form.getByLabel('The same passphrase again', { exact: true }).fill(PACK_PASSPHRASE);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      form.getByRole('button', { name: 'Export the pack' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^visit-${visit().iso3.toLowerCase()}-2026-[0-9a-f]+\\.cted$`),
    );
    packFile = join(dir, file.suggestedFilename());
    await file.saveAs(packFile);
    fieldFingerprint = await form.locator('dd strong').innerText();
    expect(fieldFingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    await form.getByRole('button', { name: 'Done' }).click();
    await form.waitFor({ state: 'detached' });
    expect(hq.errors).toEqual([]);
  });

  it('2. the pack opens as an encrypted field workspace, where R. Kaur logs a meeting, proposes a status and records the agencies met', async () => {
    const opened = openPack({
      path: fieldPath,
      pack: new Uint8Array(readFileSync(packFile)),
      passphrase: PACK_PASSPHRASE,
      key: FIELD_KEY,
      member: { name: FIELD_USER, passphraseHash: hashPassphrase(FIELD_PASSPHRASE) },
      // The laptop's clock is four minutes ahead of HQ's, whose clock starts at noon (bundles are
      // taken from up to five minutes ahead): its changes are the later ones, so where both sides
      // changed a field, the laptop's value is the current one and HQ's the other.
      nowMs: noonOf(TODAY) + 4 * 60_000,
    });
    expect(opened).toMatchObject({
      visitId: visit().id,
      iso3: visit().iso3,
      stateName: visit().stateName,
      hqName: 'CTED headquarters',
      member: FIELD_USER,
    });
    expect(() => openWorkspace(fieldPath)).toThrow(/encrypted/);

    field = await startApp({ workspace: { path: fieldPath, keyFile } });
    const page = field.page;
    await page.goto(field.url);
    await signIn(page, FIELD_USER, FIELD_PASSPHRASE);
    await openFromNav(page, 'Field');
    await page
      .getByRole('note')
      .filter({
        hasText: `This field workspace holds the visit to ${visit().stateName}`,
      })
      .waitFor();
    const picker = page.getByLabel('Visit', { exact: true });
    expect(await picker.inputValue()).toBe(visit().id);
    expect(await picker.locator('option').count()).toBe(1);

    // A meeting of the visit.
    await page.getByRole('button', { name: 'Log a meeting' }).click();
    const meeting = dialog(page, 'Log a meeting');
    await meeting.getByLabel('Date of the meeting').fill(visit().startDate!);
    await meeting.getByLabel('Institution', { exact: true }).fill(INSTITUTION);
    await meeting.getByLabel('Participants').fill('Director of counter-terrorism\nLegal adviser');
    await meeting.getByLabel('Legislation and criminalisation').check();
    await meeting.getByRole('button', { name: 'Save' }).click();
    await meeting.waitFor({ state: 'detached' });
    await rowsOf(page, 'Meetings of the visit').filter({ hasText: INSTITUTION }).waitFor();

    // A new status for the recommendation, with its evidence.
    await openTab(page, 'Status proposals');
    await recommendationRow(page)
      .getByRole('button', { name: `Propose a status ${code()}` })
      .click();
    const proposal = dialog(page, `Propose a status for ${code()}`);
    await proposal.getByLabel('Proposed status').selectOption(fieldStatus());
    await proposal.getByLabel('Evidence').fill(FIELD_EVIDENCE);
    await proposal.getByLabel('Source').fill(`Meeting with the ${INSTITUTION}`);
    await proposal.getByRole('button', { name: 'Propose', exact: true }).click();
    await proposal.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Proposed: ${code()} “${STATUS_WORDS[fieldStatus()]}”` })
      .waitFor();
    await recommendationRow(page).getByText('Proposal awaiting HQ').waitFor();

    await saveAgenciesMet(page, FIELD_AGENCIES);
    await field.screenshot('field-sync-field');
    expect(field.errors).toEqual([]);
  }, 180_000);

  it('3. meanwhile HQ records another status for the recommendation and other agencies met', async () => {
    await updateStatusAtHq(recommendation(), hqStatus(), HQ_EVIDENCE);
    // Another State's recommendation changes too: its bundles for the field must not carry it.
    await updateStatusAtHq(prepared.elsewhere!, 'partially_implemented', ELSEWHERE_AFTER);
    await openFieldPage(hq.page);
    await saveAgenciesMet(hq.page, HQ_AGENCIES);
    expect(hq.errors).toEqual([]);
  });

  it('4. the field’s bundle reaches HQ, which sees the meeting, the proposal and the conflict, and settles them', async () => {
    const fieldPage = field!.page;
    const bundle = await makeBundle(fieldPage, 'CTED headquarters', hqFingerprint);
    expect(bundle).toMatch(/\.ctedsync$/);

    const page = hq.page;
    const summary = await importBundle(page, bundle, fieldSiteName());
    // The field's meeting, proposal, agencies met and their events, cell by cell: one conflict.
    expect(summary).toBe(
      `Imported a bundle from ${fieldSiteName()} | Changes in the bundle | 40 | New here | 40 | Already had | 0 | Became the value | 40 | Conflicts | 1 | Review the conflict it found`,
    );

    // The merge: the field's meeting and proposal at HQ, next to HQ's own newer status.
    await openFieldPage(page);
    const meeting = rowsOf(page, 'Meetings of the visit').filter({ hasText: INSTITUTION });
    expect(await meeting.innerText()).toMatch(
      /Director of counter-terrorism, Legal adviser[\s\S]*Legislation and criminalisation/,
    );
    const awaiting = rowsOf(page, 'Proposals awaiting a decision').filter({ hasText: code() });
    expect(await awaiting.count()).toBe(1);
    await awaiting.getByRole('button', { name: `Decide ${code()}` }).click();
    const decide = dialog(page, `Decide the proposal for ${code()}`);
    const asked = await decide.innerText();
    expect(asked).toContain(FIELD_EVIDENCE);
    expect(asked).toContain(FIELD_USER);
    // HQ's newer status beside the proposed one (each after its icon).
    expect(asked).toMatch(
      new RegExp(
        `\nLatest status\n.\n${STATUS_WORDS[hqStatus()]}\nProposed status\n.\n${STATUS_WORDS[fieldStatus()]}\n`,
      ),
    );
    await decide.getByLabel('Decline').check();
    await decide.getByLabel('Why it is declined').fill(DECLINED_BECAUSE);
    await decide.getByRole('button', { name: 'Record the decision' }).click();
    await decide.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({
        hasText: `Declined: the proposal for ${code()} stays on record with your reason.`,
      })
      .waitFor();

    // The conflict: both sides rewrote the visit's agencies met without seeing the other's.
    await openFromNav(page, 'Review (CTC)');
    await page
      .getByRole('navigation', { name: 'Parts of Review' })
      .getByRole('link', { name: /^Conflicts/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Conflicts' }).waitFor();
    await page.getByRole('heading', { name: 'Open: 1 conflict' }).waitFor();
    const conflict = page.getByRole('article');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.getByRole('heading', { level: 3 }).innerText()).toMatch(
      new RegExp(`^Visit · ${visit().stateName} · `),
    );
    expect(await conflict.innerText()).toContain('Field: Agencies met');
    const sides = (await conflict.locator('.version-column').allInnerTexts()).map((side) =>
      side.replace(/\n+/g, ' | '),
    );
    expect(sides).toHaveLength(2);
    expect(sides[0]).toMatch(
      new RegExp(
        `^Current value \\| ${escape(FIELD_AGENCIES.join('; '))} \\| By ${FIELD_USER} at ${escape(fieldSiteName())}, `,
      ),
    );
    expect(sides[1]).toMatch(
      new RegExp(
        `^Other value \\| ${escape(HQ_AGENCIES.join('; '))} \\| By ${PLANNER} at this installation, `,
      ),
    );
    await hq.screenshot('field-sync-conflict');
    await conflict.getByRole('button', { name: 'Keep other' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: `Resolved: Agencies met is now “${HQ_AGENCIES.join('; ')}”.`,
      })
      .waitFor();
    await page.getByRole('heading', { name: 'Open: 0 conflicts' }).waitFor();
    const resolved = await rowsOf(page, 'Conflicts already resolved').allInnerTexts();
    expect(resolved).toHaveLength(1);
    expect(resolved[0]).toMatch(/\tAgencies met\tThe other value\t.*\tN\. Haddad/);
    expect(hq.errors).toEqual([]);
  }, 120_000);

  it('5. HQ’s bundle reaches the field, which shows both decisions and the conflict resolved', async () => {
    const bundle = await makeBundle(hq.page, fieldSiteName(), fieldFingerprint);
    const page = field!.page;
    const summary = await importBundle(page, bundle, 'CTED headquarters');
    // HQ's changes of the State (not the other State's), its decision and the settled conflict:
    // all new here, and all the current values but HQ's agencies met, which lost to the field's
    // before the planner kept them.
    expect(summary).toBe(
      'Imported a bundle from CTED headquarters | Changes in the bundle | 52 | New here | 52 | Already had | 0 | Became the value | 51 | Conflicts | 0',
    );

    await openFieldPage(page);
    await openTab(page, 'Status proposals');
    expect(await recommendationRow(page).innerText()).toContain(STATUS_WORDS[hqStatus()]);
    const proposals = await rowsOf(page, 'Proposals of this visit').allInnerTexts();
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatch(/Declined/);
    expect(proposals[0]).toContain(DECLINED_BECAUSE);
    await openTab(page, 'Practical details');
    expect(await page.getByLabel('Agencies met').inputValue()).toBe(HQ_AGENCIES.join('\n'));
    await field!.screenshot('field-sync-resolved');

    // Through the field workspace's API: the same, and the conflict marked resolved.
    const [latest] = fieldApi('recommendations.history', { id: recommendation().id });
    expect(latest).toMatchObject({ asOf: TODAY, status: hqStatus(), evidence: HQ_EVIDENCE });
    const [proposal] = fieldApi('statusProposals.list', { visitId: visit().id });
    expect(proposal).toMatchObject({
      recommendationId: recommendation().id,
      proposedStatus: fieldStatus(),
      decision: 'declined',
      decisionReason: DECLINED_BECAUSE,
      decidedOn: TODAY,
    });
    expect(fieldApi('practicalDetails.get', { visitId: visit().id }).agenciesMet).toEqual(
      HQ_AGENCIES,
    );
    expect(fieldApi('conflicts.list', {})).toEqual([]);
    const settled = fieldApi('conflicts.list', { open: false });
    // (The planner is not on the visit's team, so the field workspace holds no user row naming him.)
    expect(settled.map((c) => [c.table, c.rowId, c.column, c.resolution, c.current])).toEqual([
      ['visits', visit().id, 'agencies_met', 'other', JSON.stringify(HQ_AGENCIES)],
    ]);
    expect(settled[0]!.resolvedAt).not.toBeNull();
    expect(field!.errors).toEqual([]);
  }, 120_000);

  it('leaves nothing of any other State in the field workspace', () => {
    const ws = openWorkspace(fieldPath, { key: FIELD_KEY });
    try {
      const db = ws.db;
      expect(db.prepare('SELECT DISTINCT iso3 FROM visits').pluck().all()).toEqual([visit().iso3]);
      const rows = userTables(db)
        .map((table) => JSON.stringify(db.prepare(`SELECT * FROM ${table}`).raw().all()))
        .join('\n');
      expect(rows).toContain(HQ_EVIDENCE);
      expect(rows).not.toContain(ELSEWHERE_BEFORE);
      expect(rows).not.toContain(ELSEWHERE_AFTER);
      expect(rows).not.toContain(prepared.elsewhere!.id);
    } finally {
      ws.close();
    }
  });
});

/** A string as a regular expression matching itself. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
