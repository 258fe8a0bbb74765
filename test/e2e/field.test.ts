// The field team's journey in real Chromium, on a fresh synthetic demo workspace (as of
// 2026-11-29). The preparation puts the field user R. Kaur on the team of a visit conducted this
// year to a State with recommendations. She signs in, finds that visit on the Field page, logs a
// meeting (after the form refuses a date outside the visit), records an observation made at it,
// proposes a new status for one of the State's recommendations, drafts a finding and records the
// visit's practical details. A planner then accepts the proposal, and the recommendation's status
// changes. The steps share one workspace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Recommendation, Visit } from '../../shared/api/types';
import { addDays } from '../../shared/domain/dates';
import { RECOMMENDATION_STATUSES } from '../../shared/domain/reports';
import { cli, signIn, startApp, switchUser, TODAY, type RunningApp } from './harness';
import { fieldProblems, openFromNav, rowsOf } from './ui';

const PLANNER = 'N. Haddad';
const FIELD_USER = 'R. Kaur';
/** Not one of the demo's agencies, so that the journey finds its own meeting among the demo's. */
const INSTITUTION = 'National Commission on Border Management';
const STATUS_WORDS: Record<string, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  partially_implemented: 'Partially implemented',
  implemented: 'Implemented',
  no_information: 'No information',
  no_longer_relevant: 'No longer relevant',
};

let app: RunningApp;
let page: Page;
const prepared = { visit: null as Visit | null, recommendation: null as Recommendation | null };
const visit = () => prepared.visit!;
const recommendation = () => prepared.recommendation!;
/** A status other than the recommendation's current one. */
const proposedStatus = () =>
  RECOMMENDATION_STATUSES.find((s) => s !== recommendation().status && s !== 'not_started')!;

/** Finds a visit conducted this year to a State with recommendations and puts R. Kaur on its team. */
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
    return;
  }
  throw new Error('The demo has no visit conducted in 2026 to a State with recommendations.');
}

/** The open dialog with this title. */
const dialog = (title: string | RegExp): Locator => page.getByRole('dialog', { name: title });

const openTab = (name: string) => page.getByRole('tab', { name, exact: true }).click();

beforeAll(async () => {
  app = await startApp({ prepare });
  page = app.page;
}, 180_000);

afterAll(async () => {
  await app?.stop();
});

describe('a field team’s day, then HQ’s decision', () => {
  it('opens on the visit of the signed-in field user’s team', async () => {
    await page.goto(app.url);
    await signIn(page, FIELD_USER);
    await openFromNav(page, 'Field');
    const picker = page.getByLabel('Visit', { exact: true });
    expect(await picker.inputValue()).toBe(visit().id);
    expect(await picker.locator('option').count()).toBe(1);
    // The sections are tabs: arrow keys and Home move between them.
    const meetingLog = page.getByRole('tab', { name: 'Meeting log' });
    expect(await meetingLog.getAttribute('aria-selected')).toBe('true');
    await meetingLog.focus();
    await page.keyboard.press('ArrowRight');
    const observations = page.getByRole('tab', { name: 'Observations' });
    expect(await observations.getAttribute('aria-selected')).toBe('true');
    expect(await observations.evaluate((tab) => tab === document.activeElement)).toBe(true);
    await page.getByRole('heading', { name: 'Observations', level: 3 }).waitFor();
    await page.keyboard.press('Home');
    expect(await meetingLog.getAttribute('aria-selected')).toBe('true');
  });

  it('logs a meeting, after refusing a date outside the visit', async () => {
    await page.getByRole('button', { name: 'Log a meeting' }).click();
    const form = dialog('Log a meeting');
    const before = addDays(visit().startDate!, -1);
    await form.getByLabel('Date of the meeting').fill(before);
    await form.getByLabel('Institution', { exact: true }).fill(INSTITUTION);
    await form.getByLabel('Participants').fill('Director of counter-terrorism\nLegal adviser');
    await form.getByLabel('Legislation and criminalisation').check();
    await form.getByRole('button', { name: 'Save' }).click();
    expect(await fieldProblems(page, 'Date of the meeting')).toMatch(
      /The meeting must be on a day of the visit, from .+ to .+\./,
    );
    expect(await form.getByRole('alert').innerText()).toMatch(/correct the problem marked below/);
    await app.screenshot('field-meeting-invalid');
    await form.getByLabel('Date of the meeting').fill(visit().startDate!);
    expect(await fieldProblems(page, 'Date of the meeting')).toBe('');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const row = rowsOf(page, 'Meetings of the visit').filter({ hasText: INSTITUTION });
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      /Director of counter-terrorism, Legal adviser[\s\S]*Legislation and criminalisation/,
    );
  });

  it('records an observation made at that meeting', async () => {
    await openTab('Observations');
    await page.getByRole('button', { name: 'Record an observation' }).click();
    const form = dialog('Record an observation');
    await form.getByLabel('Thematic area').selectOption('legislation');
    const madeAt = form.getByLabel('Made at');
    const ours = madeAt.locator('option', { hasText: INSTITUTION });
    await madeAt.selectOption((await ours.getAttribute('value'))!);
    await form
      .getByLabel('Observation', { exact: true })
      .fill('The amendment bill is before parliament.');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const row = rowsOf(page, 'Observations of the visit').filter({
      hasText: 'The amendment bill is before parliament.',
    });
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      new RegExp(
        `^Legislation and criminalisation[\\s\\S]*meeting with ${INSTITUTION}[\\s\\S]*R\\. Kaur`,
      ),
    );
  });

  it('proposes a new status for one of the State’s recommendations', async () => {
    await openTab('Status proposals');
    const code = recommendation().code!;
    const row = rowsOf(page, `Recommendations to ${visit().stateName}`).filter({
      has: page.getByRole('cell', { name: code, exact: true }),
    });
    await row.getByRole('button', { name: `Propose a status ${code}` }).click();
    const form = dialog(`Propose a status for ${code}`);
    await form.getByLabel('Proposed status').selectOption(proposedStatus());
    await form.getByLabel('Evidence').fill('The amendment bill was tabled in parliament.');
    await form.getByLabel('Source').fill('Meeting with the Ministry of Interior');
    await form.getByRole('button', { name: 'Propose', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Proposed: ${code} “${STATUS_WORDS[proposedStatus()]}”` })
      .waitFor();
    const proposal = rowsOf(page, 'Proposals of this visit').first();
    expect(await proposal.innerText()).toMatch(/Awaiting decision/);
    await row.getByText('Proposal awaiting HQ').waitFor();
    await app.screenshot('field-proposed');
  });

  it('drafts a finding and marks it ready', async () => {
    await openTab('Findings');
    await page.getByRole('button', { name: 'Draft a finding' }).click();
    const form = dialog('Draft a finding');
    await form.getByLabel('Thematic area').selectOption('cft');
    await form.getByLabel('Status', { exact: true }).selectOption('ready');
    await form
      .getByLabel('Finding', { exact: true })
      .fill('Supervision of money-value transfer services is thin.');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const row = rowsOf(page, 'Findings of the visit').filter({ hasText: 'money-value transfer' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(
      /Countering the financing of terrorism[\s\S]*thin\.[\s\S]*Ready/,
    );
  });

  it('records the agencies met and a part of the visit', async () => {
    await openTab('Practical details');
    await page.getByLabel('Agencies met').fill('Ministry of Interior\nFinancial Intelligence Unit');
    // The demo may have recorded parts already: ours comes after them.
    const partName = `Part ${(await page.getByRole('group', { name: /^Part \d+$/ }).count()) + 1}`;
    await page.getByRole('button', { name: 'Add a part' }).click();
    const part = page.getByRole('group', { name: partName });
    await part.getByLabel('What').fill('Meetings in the capital');
    await part.getByLabel('Where').fill('The capital');
    await part.getByLabel('From').fill(visit().startDate!);
    await part.getByLabel('To').fill(visit().endDate!);
    await page.getByRole('button', { name: 'Save the practical details' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The practical details are saved.' })
      .waitFor();
    await page.reload();
    await openTab('Practical details');
    expect(await page.getByLabel('Agencies met').inputValue()).toBe(
      'Ministry of Interior\nFinancial Intelligence Unit',
    );
    expect(await page.getByRole('group', { name: partName }).getByLabel('What').inputValue()).toBe(
      'Meetings in the capital',
    );
  });

  it('lets a planner accept the proposal, which becomes the recommendation’s status', async () => {
    await switchUser(page, PLANNER);
    await openFromNav(page, 'Field');
    const code = recommendation().code!;
    const awaiting = rowsOf(page, 'Proposals awaiting a decision').filter({ hasText: code });
    await awaiting.first().waitFor();
    await awaiting
      .first()
      .getByRole('button', { name: `Decide ${code}` })
      .click();
    const form = dialog(`Decide the proposal for ${code}`);
    expect(await form.innerText()).toMatch(/The amendment bill was tabled in parliament\./);
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await form.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Accepted: ${code} is now “${STATUS_WORDS[proposedStatus()]}”.` })
      .waitFor();
    await page.getByText('No status proposal awaits a decision.').waitFor();
    await page.getByLabel('Visit', { exact: true }).selectOption(visit().id);
    await openTab('Status proposals');
    const row = rowsOf(page, `Recommendations to ${visit().stateName}`).filter({
      has: page.getByRole('cell', { name: code, exact: true }),
    });
    expect(await row.innerText()).toContain(STATUS_WORDS[proposedStatus()]);
    expect(await rowsOf(page, 'Proposals of this visit').first().innerText()).toMatch(/Accepted/);
    await app.screenshot('field-accepted');
    expect(app.errors).toEqual([]);
  });
});
