// The assessment cycle's second part as one journey in real Chromium, with time passing between
// its steps (the host starts again on the same workspace with a later "today"): a conducted visit
// to a State never visited before (prepared from the command line) → its report drafted with a
// recommendation → sent to the State → no factual observations in 30 days → submitted → adopted by
// a CTC member → transmitted → the recommendation updated with evidence → the OP 16 report started,
// assessed and submitted, advising a follow-up visit → the State's score rises in the next list →
// its officials invited to a Committee meeting → their attendance recorded → every step in the
// State's dossier.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ConsentRequest, StateSummary, Visit } from '../../shared/api/types';
import { cli, signIn, startApp, type RunningApp } from './harness';
import { openFromNav, rowsOf } from './ui';

const PLANNER = 'N. Haddad';
const CTC_MEMBER = 'C. Lindqvist';
/** The journey's days, after the demo's today (29 November 2026). */
const DAYS = {
  visitFrom: '2026-09-14',
  visitTo: '2026-09-18',
  drafted: '2026-11-02',
  sent: '2026-11-20',
  noObservations: '2026-12-28',
  adopted: '2027-02-10',
  transmitted: '2027-02-17',
  progress: '2027-06-01',
  op16: '2027-12-01',
  meeting: '2027-12-15',
  briefed: '2027-12-20',
};
const NEXT_LIST = '2028';

let app: RunningApp;
let page: Page;
const prepared = { iso3: '', state: '', visitId: '', reportHash: '' };

/** A State never visited, with no consent request: asked, granted and visited in September. */
async function prepare(db: string): Promise<void> {
  const states = await cli<StateSummary[]>(db, 'states.list', {}, PLANNER);
  for (const s of states.filter((x) => x.neverVisited)) {
    const asked = await cli<ConsentRequest[]>(db, 'consent.list', { iso3: s.iso3 }, PLANNER);
    if (asked.length) continue;
    const request = await cli<ConsentRequest>(
      db,
      'consent.create',
      { iso3: s.iso3, year: 2026, sentOn: '2026-05-04', noteVerbaleRef: 'CTED/NV/E2E/101' },
      PLANNER,
    );
    await cli(
      db,
      'consent.reply',
      { id: request.id, reply: 'granted', receivedOn: '2026-06-01' },
      PLANNER,
    );
    const visit = await cli<Visit>(
      db,
      'visits.create',
      {
        iso3: s.iso3,
        kind: 'comprehensive',
        mode: 'in_person',
        status: 'conducted',
        startDate: DAYS.visitFrom,
        endDate: DAYS.visitTo,
        consentRequestId: request.id,
      },
      PLANNER,
    );
    Object.assign(prepared, { iso3: s.iso3, state: s.name, visitId: visit.id });
    return;
  }
  throw new Error('The demo has no State never visited and never asked.');
}

beforeAll(async () => {
  app = await startApp({ prepare });
  page = app.page;
});

afterAll(async () => {
  await app?.stop();
});

/** Lets time pass, then signs in as `who` on the Dashboard of the app started again. */
async function livingOn(day: string, who: string): Promise<void> {
  await app.livingOn(day, who);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
}

/** The status message that says `words`, once shown. */
const announced = (words: string) =>
  page.getByRole('status').filter({ hasText: words }).first().waitFor();

/** Waits until the report's fact `label` reads `value` (the page reloads after each step). */
const fact = (label: string, value: string) =>
  page.getByText(label, { exact: true }).locator('..').filter({ hasText: value }).first().waitFor();

/** Opens the report from "Needs your action" on the Dashboard, by the action's words. */
async function actOn(action: RegExp): Promise<void> {
  const panel = page.getByRole('region', { name: 'Needs your action' });
  await panel
    .getByRole('list')
    .or(panel.getByText('Nothing is waiting for you.'))
    .first()
    .waitFor();
  const showAll = panel.getByRole('button', { name: /^Show (all|the) \d+$/ });
  if (await showAll.count()) await showAll.click();
  const item = panel
    .getByRole('listitem')
    .filter({ hasText: prepared.state })
    .filter({ hasText: action });
  await item.getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: new RegExp(prepared.state) }).waitFor();
}

async function recordStep(button: string, dateLabel: string, on: string) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(dateLabel, { exact: true }).fill(on);
  return dialog;
}

/** The State's score for the next list, as the Planning page explains it. */
async function scoreInNextList(): Promise<number> {
  await openFromNav(page, 'Planning');
  await page.getByLabel('List year').selectOption(NEXT_LIST);
  const row = rowsOf(page, `Ranking of the Member States for ${NEXT_LIST}`).filter({
    hasText: prepared.state,
  });
  await row.first().focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: `Why ${prepared.state} ranks where it does` });
  const text = await panel.innerText();
  const score = /with a score of ([\d.]+) out of 100/.exec(text);
  expect(score, text).not.toBeNull();
  await panel.getByRole('button', { name: 'Close' }).click();
  return Number(score![1]);
}

describe('From a conducted visit to the OP 16 report and the Committee', () => {
  it('drafts the report of the conducted visit with a recommendation, and sends it to the State', async () => {
    await page.goto(`${app.url}#/visits/${prepared.visitId}`);
    await signIn(page, PLANNER);
    await page.getByRole('button', { name: 'Draft the assessment report…' }).click();
    const draft = page.getByRole('dialog');
    await draft.getByLabel('Drafted on').fill(DAYS.drafted);
    await draft.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForURL(/#\/reports\//);
    await page.getByRole('button', { name: 'Add a recommendation…' }).waitFor();
    prepared.reportHash = new URL(page.url()).hash;
    expect(prepared.reportHash).toMatch(/^#\/reports\//);

    await page.getByRole('button', { name: 'Add a recommendation…' }).click();
    const add = page.getByRole('dialog');
    await add
      .getByLabel('Recommendation', { exact: true })
      .fill('Criminalise the financing of the travel of foreign terrorist fighters.');
    await add
      .getByLabel('Thematic area')
      .selectOption({ label: 'Countering the financing of terrorism' });
    await add.getByLabel('Priority').selectOption('high');
    await add.getByRole('button', { name: 'Add the recommendation' }).click();
    await announced('added');

    const sent = await recordStep('Record the draft sent to the State…', 'Sent on', DAYS.sent);
    await sent.getByRole('button', { name: 'Record as sent' }).click();
    await announced('Recorded');
    await fact('Factual observations due', '20 Dec 2026');
    expect(app.errors).toEqual([]);
  });

  it('closes the observations as none received once the 30 days have passed, from the Dashboard', async () => {
    await livingOn(DAYS.noObservations, PLANNER);
    await actOn(/factual observations/i);
    const none = await recordStep(
      'Record the State’s factual observations…',
      'Received on',
      DAYS.noObservations,
    );
    await none.getByLabel('None received (the 30 days have passed)').check();
    await none.getByRole('button', { name: 'Record the observations' }).click();
    await announced('no factual observations were received');
    const submitted = await recordStep(
      'Record the submission to the Committee…',
      'Submitted on',
      DAYS.noObservations,
    );
    await submitted.getByRole('button', { name: 'Record the submission' }).click();
    await announced('Recorded');
    // A planner does not adopt: the report awaits the Committee.
    expect(
      await page.getByRole('button', { name: 'Record the Committee’s adoption…' }).count(),
    ).toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('lets a CTC member adopt the report from what awaits the Committee, and a planner transmit it', async () => {
    await livingOn(DAYS.adopted, CTC_MEMBER);
    await actOn(/Adopt the assessment report/);
    const adopt = await recordStep('Record the Committee’s adoption…', 'Adopted on', DAYS.adopted);
    await adopt.getByRole('button', { name: 'Record the adoption' }).click();
    await announced('Recorded');

    await livingOn(DAYS.transmitted, PLANNER);
    await page.goto(`${app.url}${prepared.reportHash}`);
    const transmit = await recordStep(
      'Record the transmission to the State…',
      'Transmitted on',
      DAYS.transmitted,
    );
    await transmit.getByRole('button', { name: 'Record the transmission' }).click();
    await announced('Recorded');
    await fact('Implementation reply due', '17 Aug 2027');
    expect(app.errors).toEqual([]);
  });

  it('records the recommendation’s progress with its evidence', async () => {
    await livingOn(DAYS.progress, PLANNER);
    await page.goto(`${app.url}${prepared.reportHash}`);
    await page.getByRole('button', { name: 'Update status…' }).first().click();
    const update = page.getByRole('dialog');
    await update.getByLabel('Status as of').fill(DAYS.progress);
    await update.getByLabel('New status').selectOption('in_progress');
    await update.getByLabel('Evidence', { exact: true }).fill('A bill is before parliament.');
    await update.getByLabel('Source', { exact: true }).fill('Note verbale of the State');
    await update.getByRole('button', { name: 'Record the status' }).click();
    await announced('is now');
    expect(app.errors).toEqual([]);
  });

  it('starts, assesses and submits the OP 16 report advising a follow-up visit, which raises the State’s score in the next list', async () => {
    await livingOn(DAYS.op16, PLANNER);
    const before = await scoreInNextList();
    await page.goto(`${app.url}${prepared.reportHash}`);
    await page.getByRole('button', { name: 'Start the OP 16 follow-up report' }).click();
    await page
      .getByRole('heading', { level: 1, name: `OP 16 follow-up report: ${prepared.state}` })
      .waitFor();
    await page
      .getByLabel('Steps the State has taken')
      .fill(
        'The State has drafted a bill criminalising the financing of travel; it is not yet adopted.',
      );
    await page
      .getByLabel(/^CTED’s assessment of/)
      .first()
      .selectOption('in_progress');
    await page
      .getByLabel(/^Comment on/)
      .first()
      .fill('The bill is still before parliament.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await announced('Saved');
    await page.getByRole('button', { name: 'Submit to the Committee…' }).click();
    const submit = page.getByRole('dialog');
    await submit.getByLabel('Submitted on').fill(DAYS.op16);
    await submit.getByLabel('CTED’s advice on further follow-up').selectOption('follow_up_visit');
    await submit.getByRole('button', { name: 'Submit to the Committee' }).click();
    await announced('was submitted to the Committee');
    const after = await scoreInNextList();
    expect(after).toBeGreaterThan(before);
    expect(app.errors).toEqual([]);
  });

  it('invites the State’s officials to a Committee meeting and records their attendance', async () => {
    await openFromNav(page, 'Committee');
    await page.getByRole('button', { name: 'Record a meeting…' }).click();
    const meeting = page.getByRole('dialog');
    await meeting.getByLabel('Held on').fill(DAYS.meeting);
    await meeting.getByLabel('Title').fill('Formal meeting of the CTC (December 2027)');
    await meeting.getByRole('button', { name: 'Record the meeting' }).click();
    await announced('recorded');
    await page.getByRole('button', { name: 'Invite officials…' }).first().click();
    const invite = page.getByRole('dialog');
    await invite.getByLabel('Member State').selectOption({ label: prepared.state });
    await invite.getByLabel('Official invited').fill('Minister of Justice');
    await invite.getByLabel('Invited on').fill(DAYS.op16);
    await invite.getByRole('button', { name: 'Invite', exact: true }).click();
    await announced(`Officials of ${prepared.state} invited`);

    await livingOn(DAYS.briefed, PLANNER);
    await openFromNav(page, 'Committee');
    await page.getByRole('button', { name: 'Record attendance…' }).first().click();
    const attendance = page.getByRole('dialog');
    await attendance.getByLabel('Attended', { exact: true }).check();
    await attendance.getByLabel('Note (optional)').fill('The Minister briefed the Committee.');
    await attendance.getByRole('button', { name: 'Record attendance' }).click();
    await announced('attended');
    expect(app.errors).toEqual([]);
  });

  it('tells every step in the State’s dossier', async () => {
    await page.goto(`${app.url}#/states/${prepared.iso3}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.waitFor();
    const text = await timeline.innerText();
    for (const step of [
      'Assessment report drafted',
      'Draft assessment report sent to the State',
      'No factual observations received from the State within 30 days',
      'Assessment report submitted to the CTC',
      'Assessment report adopted by the CTC',
      'Final report transmitted to the State',
      'Recommendation R-01 in progress: A bill is before parliament.',
      'OP 16 follow-up report started',
      'OP 16 follow-up report submitted to the CTC, advising a follow-up visit',
      'Minister of Justice invited to brief the CTC',
      'Officials briefed the CTC: The Minister briefed the Committee.',
      'Due: The State’s report on implementation (6 months after transmission) — overdue',
    ])
      expect(text).toContain(step);
    await app.screenshot('assessment-dossier');
    expect(app.errors).toEqual([]);
  });
});
